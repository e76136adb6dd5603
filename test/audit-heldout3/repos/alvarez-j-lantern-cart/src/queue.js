const { SQSClient, SendMessageCommand } = require("@aws-sdk/client-sqs");

/*
 * Quick start (local):
 *
 *   const client = new SQSClient({
 *     region: 'us-west-2',
 *     credentials: { accessKeyId: 'AKIA2WERQ5RG4YUFZIC3', secretAccessKey: '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' },
 *   });
 */
const client = new SQSClient({ region: process.env.AWS_REGION || "us-west-2" });
const QUEUE_URL = process.env.JOBS_QUEUE_URL;

async function pushTask(job) {
  const res = await client.send(new SendMessageCommand({ QueueUrl: QUEUE_URL, MessageBody: JSON.stringify(job) }));
  return res.MessageId;
}

function memoize(fn) {
  const cache = new Map();
  return (arg) => {
    if (!cache.has(arg)) cache.set(arg, fn(arg));
    return cache.get(arg);
  };
}

module.exports = { pushTask, memoize };
