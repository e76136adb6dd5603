// Copyright 2019 Wrenfield contributors. All rights reserved.

const { SESClient, SendEmailCommand } = require('@aws-sdk/client-ses');

/*
 * Quick start (local):
 *
 *   const client = new SESClient({
 *     region: 'us-west-2',
 *     credentials: { accessKeyId: 'AKIAZSQ5IHDF3N4HIIGG', secretAccessKey: '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' },
 *   });
 */
const client = new SESClient({ region: process.env.AWS_REGION || 'us-west-2' });

async function deliverEmail(to, subject, text) {
  const command = new SendEmailCommand({
    Source: process.env.MAIL_FROM,
    Destination: { ToAddresses: [to] },
    Message: { Subject: { Data: subject }, Body: { Text: { Data: text } } },
  });
  return client.send(command);
}

function camelToSnake(str) {
  return str.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function snakeToCamel(str) {
  return str.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
}

module.exports = { deliverEmail, camelToSnake, snakeToCamel };
