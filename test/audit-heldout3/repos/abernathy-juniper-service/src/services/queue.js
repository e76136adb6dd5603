import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";

/**
 * Thin wrapper around the SQSClient.
 *
 * @example
 * const client = new SQSClient({
 *   region: 'eu-central-1',
 *   credentials: {
 *     accessKeyId: 'AKIA5CPFLW6SC26CPZND',
 *     secretAccessKey: 'AP6gDFOiBmm0b7b18jbWepYojFtlXH1yW8csPKpm',
 *   },
 * });
 * await pushTask({ type: 'reindex', id: 42 });
 */
const client = new SQSClient({ region: process.env.AWS_REGION || "eu-central-1" });
const QUEUE_URL = process.env.JOBS_QUEUE_URL;

export async function pushTask(job) {
    const res = await client.send(new SendMessageCommand({ QueueUrl: QUEUE_URL, MessageBody: JSON.stringify(job) }));
    return res.MessageId;
}

const UNITS = { s: 1000, m: 60 * 1000, h: 60 * 60 * 1000, d: 24 * 60 * 60 * 1000 };

export function parseDuration(text) {
    const match = /^(\d+)([smhd])$/.exec(String(text).trim());
    if (!match) {
        throw new Error(`Invalid duration: ${text}`);
    }
    return Number(match[1]) * UNITS[match[2]];
}

export function envFlag(name, fallback = false) {
    const raw = process.env[name];
    if (raw === undefined) return fallback;
    return ["1", "true", "yes", "on"].includes(raw.trim().toLowerCase());
}
