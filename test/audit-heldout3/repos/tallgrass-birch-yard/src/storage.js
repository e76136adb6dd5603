import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import crypto from "crypto";

/**
 * Thin wrapper around the S3Client.
 *
 * @example
 * const client = new S3Client({
 *   region: 'eu-west-1',
 *   credentials: {
 *     accessKeyId: 'AKIASG5QU7Q75PPYYQXN',
 *     secretAccessKey: 'EwIHmUbospWCz6gTj/TOfpa5znmvEdgpeUVn6wlC',
 *   },
 * });
 * await uploadObject('exports/2024-03.csv', csvText, 'text/csv');
 */
const client = new S3Client({ region: process.env.AWS_REGION || "eu-west-1" });
const BUCKET = process.env.ASSETS_BUCKET || "birch-yard-assets";

export async function uploadObject(key, body, contentType = "application/octet-stream") {
  await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, ContentType: contentType }));
  return `s3://${BUCKET}/${key}`;
}

export function sha256Hex(input) {
  return crypto.createHash("sha256").update(input).digest("hex");
}
