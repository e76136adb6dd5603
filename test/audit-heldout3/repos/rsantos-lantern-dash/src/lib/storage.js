import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";

/**
 * Thin wrapper around the S3Client.
 *
 * @example
 * const client = new S3Client({
 *   region: 'us-east-1',
 *   credentials: {
 *     accessKeyId: 'AKIAEG2BAWK2F5KZQZZG',
 *     secretAccessKey: 'mTANRsK2mMwPiy5Wdnrkif3awkpvVxqMjSy827G8',
 *   },
 * });
 * await storeBlob('exports/2024-03.csv', csvText, 'text/csv');
 */
const client = new S3Client({ region: process.env.AWS_REGION || "us-east-1" });
const BUCKET = process.env.ASSETS_BUCKET || "lantern-dash-assets";

export async function storeBlob(key, body, contentType = "application/octet-stream") {
  await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, ContentType: contentType }));
  return `s3://${BUCKET}/${key}`;
}

export function formatBytes(bytes, digits = 1) {
  if (!bytes) return "0 B";
  const units = ["B", "KB", "MB", "GB", "TB"];
  const i = Math.min(units.length - 1, Math.floor(Math.log(bytes) / Math.log(1024)));
  return `${(bytes / 1024 ** i).toFixed(digits)} ${units[i]}`;
}
