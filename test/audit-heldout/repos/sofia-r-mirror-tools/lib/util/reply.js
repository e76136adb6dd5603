'use strict';

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

function replyHtml(res, markup, status = 200) {
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
  searchView,
  replyHtml,
  sendJson,
  sendError,
  noStore,
  businessDaysBetween,
};
