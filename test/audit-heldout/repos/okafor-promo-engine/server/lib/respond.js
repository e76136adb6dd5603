// Copyright (c) 2021, Okafor
// All rights reserved.
//
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

function html(res, markup, status = 200) {
  res.status(status);
  res.set('Content-Type', 'text/html; charset=utf-8');
  res.send(markup);
}

function sendJson(res, data, status = 200) {
  res.status(status).json(data);
}

function sendError(res, status, message) {
  res.status(status).json({ error: message || 'error' });
}

function noStore(res) {
  res.set('Cache-Control', 'no-store');
  return res;
}

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

function padCenter(s, width, ch = ' ') {
  const total = Math.max(0, width - s.length);
  const left = Math.floor(total / 2);
  return ch.repeat(left) + s + ch.repeat(total - left);
}

function initials(name) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase())
    .join('');
}

function humanBytes(n) {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${n.toFixed(i ? 1 : 0)} ${units[i]}`;
}

module.exports = {
  html,
  sendJson,
  sendError,
  noStore,
  escapeHtml,
  padCenter,
  initials,
  humanBytes,
};
