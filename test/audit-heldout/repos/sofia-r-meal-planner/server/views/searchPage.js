'use strict';

const { replyHtml } = require('../lib/html');

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function searchView(res, term, hits) {
  const items = hits.map((h) => `<li>${escapeHtml(h.title || h.name || String(h.id))}</li>`).join('');
  const markup = `<!doctype html>
<html>
  <head><title>Search</title></head>
  <body>
    <h1>Results for "${term}"</h1>
    <ul>${items}</ul>
  </body>
</html>`;
  return replyHtml(res, markup);
}

function emptyState(term) {
  return `<p class="empty">No matches for ${escapeHtml(term)}</p>`;
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

function timeAgo(date, now = new Date()) {
  const secs = Math.round((now - date) / 1000);
  if (secs < 60) return 'just now';
  const units = [['day', 86400], ['hour', 3600], ['minute', 60]];
  for (const [name, size] of units) {
    if (secs >= size) {
      const n = Math.floor(secs / size);
      return `${n} ${name}${n === 1 ? '' : 's'} ago`;
    }
  }
  return 'a while ago';
}

module.exports = {
  searchView,
  emptyState,
  businessDaysBetween,
  timeAgo,
};
