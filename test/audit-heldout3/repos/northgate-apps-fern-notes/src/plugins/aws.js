const { S3Client, PutObjectCommand } = require('@aws-sdk/client-s3');

// const client = new S3Client({
//   region: 'us-east-1',
//   credentials: { accessKeyId: 'AKIAMKGDUD22DRVKYLJA', secretAccessKey: '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' },
// });
const client = new S3Client({ region: process.env.AWS_REGION || 'us-east-1' });
const BUCKET = process.env.ASSETS_BUCKET || 'fern-notes-assets';

async function uploadObject(key, body, contentType = 'application/octet-stream') {
    await client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, ContentType: contentType }));
    return `s3://${BUCKET}/${key}`;
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function isEmail(value) {
    return typeof value === 'string' && value.length <= 254 && EMAIL_RE.test(value);
}

module.exports = { uploadObject, isEmail };
