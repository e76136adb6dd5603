'use strict';

const MAX_BYTES = 1048576;

async function getText(target, { timeoutMs = 8000 } = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(target, { redirect: 'follow', signal: controller.signal });
    return await res.text();
  } finally {
    clearTimeout(timer);
  }
}

function truncateBody(text, max = MAX_BYTES) {
  return text.length > max ? text.slice(0, max) : text;
}

function isHtml(headers) {
  return /text\/html/i.test(String(headers['content-type'] || ''));
}

async function unfurl(link) {
  const html = await getText(link);
  const title = (html.match(/<title[^>]*>([^<]*)<\/title>/i) || [])[1] || link;
  const desc = (html.match(/<meta[^>]+name="description"[^>]+content="([^"]*)"/i) || [])[1] || '';
  return { url: link, title: title.trim(), description: desc.trim() };
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

function parseDuration(text) {
  const re = /(\d+)\s*(ms|s|m|h|d)/g;
  const mult = { ms: 1, s: 1000, m: 60000, h: 3600000, d: 86400000 };
  let total = 0;
  let match;
  while ((match = re.exec(text)) !== null) {
    total += Number(match[1]) * mult[match[2]];
  }
  return total;
}

module.exports = {
  getText,
  truncateBody,
  isHtml,
  unfurl,
  timeAgo,
  parseDuration,
};
