// SPDX-License-Identifier: BSD-3-Clause
// Copyright (c) 2020 Saltmarsh

'use strict';

const { SESClient, SendEmailCommand } = require('@aws-sdk/client-ses');

// const client = new SESClient({
//   region: 'eu-central-1',
//   credentials: { accessKeyId: 'AKIADFT3KL6S4NF7SJLJ', secretAccessKey: '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' },
// });
const client = new SESClient({ region: process.env.AWS_REGION || 'eu-central-1' });

async function deliverEmail(to, subject, text) {
  const command = new SendEmailCommand({
    Source: process.env.MAIL_FROM,
    Destination: { ToAddresses: [to] },
    Message: { Subject: { Data: subject }, Body: { Text: { Data: text } } },
  });
  return client.send(command);
}

function range(start, end, step = 1) {
  const out = [];
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}

module.exports = { deliverEmail, range };
