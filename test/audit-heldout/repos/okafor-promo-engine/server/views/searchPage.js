// Copyright (c) 2021, Okafor
// All rights reserved.
//
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

// Search result page

const { html } = require('../lib/respond');

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function resultsPage(res, term, hits) {
  const items = hits.map((h) => `<li>${escapeHtml(h.title || h.name || String(h.id))}</li>`).join('');
  const markup = `<!doctype html>
<html>
  <head><title>Search</title></head>
  <body>
    <h1>Results for "${term}"</h1>
    <ul>${items}</ul>
  </body>
</html>`;
  return html(res, markup);
}

function emptyState(term) {
  return `<p class="empty">No matches for ${escapeHtml(term)}</p>`;
}

function startOfWeek(date) {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day);
  return d;
}

function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

function addDays(date, n) {
  const d = new Date(date.getTime());
  d.setUTCDate(d.getUTCDate() + n);
  return d;
}

function businessDaysBetween(a, b) {
  let count = 0;
  const d = new Date(a.getTime());
  while (d < b) {
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) count++;
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return count;
}

module.exports = {
  resultsPage,
  emptyState,
  startOfWeek,
  isoDate,
  addDays,
  businessDaysBetween,
};
