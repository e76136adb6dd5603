// Copyright (c) 2018 Pgarcia
// SPDX-License-Identifier: MIT

const http = require('http');
const https = require('https');

const MAX_BYTES = 2097152;

function getText(target) {
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

function pluralize(word, n) {
  if (n === 1) return word;
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|ch|sh)$/.test(word)) return word + 'es';
  return word + 's';
}

function kebabCase(s) {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .toLowerCase();
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
  getText,
  truncateBody,
  isHtml,
  pluralize,
  kebabCase,
  wordWrap,
};
