/*
 * Copyright 2023 Pebblestack
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

'use strict';

const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');

/**
 * Thin wrapper around the S3Client.
 *
 * Credentials come from the default provider chain (env vars, shared
 * config, or the instance role). For local work use a named profile:
 *
 * @example
 * AWS_PROFILE=dev node scripts/upload.js
 */
const client = new S3Client({ region: process.env.AWS_REGION || 'eu-west-1' });
const BUCKET = process.env.ASSETS_BUCKET;

async function uploadObject(key, body, contentType = 'application/octet-stream') {
  await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, ContentType: contentType }));
  return `s3://${BUCKET}/${key}`;
}

module.exports = { uploadObject };
