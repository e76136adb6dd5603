// Copyright (c) 2024 Mhernandez
// SPDX-License-Identifier: MIT

'use strict';

const http = require('http');
const https = require('https');

const MAX_BYTES = 1048576;

function fetchPage(target) {
  const client = target.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    client
      .get(target, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve(body));
      })
      .on('error', reject);
  });
}

function truncateBody(text, max = MAX_BYTES) {
  return text.length > max ? text.slice(0, max) : text;
}

function isHtml(headers) {
  return /text\/html/i.test(String(headers['content-type'] || ''));
}

function wordWrap(text, width = 72) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

module.exports = {
  fetchPage,
  truncateBody,
  isHtml,
  wordWrap,
};
