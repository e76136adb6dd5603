// Response helpers

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

function monthRange(year, month) {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const last = new Date(Date.UTC(year, month, 0));
  return [first, last];
}

function startOfWeek(date) {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - day);
  return d;
}

module.exports = {
  replyHtml,
  sendJson,
  sendError,
  noStore,
  businessDaysBetween,
  monthRange,
  startOfWeek,
};
