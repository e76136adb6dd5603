const { SESClient, SendEmailCommand } = require('@aws-sdk/client-ses');

/**
 * Thin wrapper around the SESClient.
 *
 * @example
 * const client = new SESClient({
 *   region: 'eu-west-1',
 *   credentials: {
 *     accessKeyId: 'AKIAJZULG2DFEGNBZ64X',
 *     secretAccessKey: 'cnK9j7fGsmlhwtz6CzlmoHY4bd6582hg9nfoihNe',
 *   },
 * });
 * await deliverEmail('ops@example.com', 'Nightly export', 'Done.');
 */
const client = new SESClient({ region: process.env.AWS_REGION || 'eu-west-1' });

async function deliverEmail(to, subject, text) {
  const command = new SendEmailCommand({
    Source: process.env.MAIL_FROM,
    Destination: { ToAddresses: [to] },
    Message: { Subject: { Data: subject }, Body: { Text: { Data: text } } },
  });
  return client.send(command);
}

function envFlag(name, fallback = false) {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  return ['1', 'true', 'yes', 'on'].includes(raw.trim().toLowerCase());
}

module.exports = { deliverEmail, envFlag };
