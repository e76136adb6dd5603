// Copyright (c) 2024 Mhernandez
// SPDX-License-Identifier: MIT

/* Small text utilities used across the app. */

const { fetchPage } = require('../lib/download');

function camelCase(s) {
  return s.replace(/[-_\s]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''));
}

async function linkCard(link) {
  const html = await fetchPage(link);
  const title = (html.match(/<title[^>]*>([^<]*)<\/title>/i) || [])[1] || link;
  const desc = (html.match(/<meta[^>]+name="description"[^>]+content="([^"]*)"/i) || [])[1] || '';
  return { url: link, title: title.trim(), description: desc.trim() };
}

function padCenter(s, width, ch = ' ') {
  const total = Math.max(0, width - s.length);
  const left = Math.floor(total / 2);
  return ch.repeat(left) + s + ch.repeat(total - left);
}

function pluralize(word, n) {
  if (n === 1) return word;
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|ch|sh)$/.test(word)) return word + 'es';
  return word + 's';
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

function kebabCase(s) {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[\s_]+/g, '-')
    .toLowerCase();
}

function initials(name) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase())
    .join('');
}

module.exports = {
  camelCase,
  padCenter,
  pluralize,
  humanBytes,
  kebabCase,
  initials,
  linkCard,
};
