/*
 * Copyright (c) 2018 Chidi Odili
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in
 * all copies or substantial portions of the Software.
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
