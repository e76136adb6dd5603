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
