// HTTP helpers

'use strict';

const MAX_BYTES = 2097152;

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

async function linkCard(link) {
  const html = await getText(link);
  const title = (html.match(/<title[^>]*>([^<]*)<\/title>/i) || [])[1] || link;
  const desc = (html.match(/<meta[^>]+name="description"[^>]+content="([^"]*)"/i) || [])[1] || '';
  return { url: link, title: title.trim(), description: desc.trim() };
}

function kebabCase(s) {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .toLowerCase();
}

function camelCase(s) {
  return s.replace(/[-_\s]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''));
}

function pluralize(word, n) {
  if (n === 1) return word;
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|ch|sh)$/.test(word)) return word + 'es';
  return word + 's';
}

module.exports = {
  getText,
  truncateBody,
  isHtml,
  linkCard,
  kebabCase,
  camelCase,
  pluralize,
};
