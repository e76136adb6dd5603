// Copyright (c) 2020 Mhernandez
// SPDX-License-Identifier: MIT

function initials(name) {
    return name
        .split(/\s+/)
        .filter(Boolean)
        .map((p) => p[0].toUpperCase())
        .join('');
}

function capitalize(s) {
    return s ? s[0].toUpperCase() + s.slice(1) : s;
}

function pluralize(word, n) {
    if (n === 1) return word;
    if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
    if (/(s|x|ch|sh)$/.test(word)) return word + 'es';
    return word + 's';
}

function scheduleLegacyHook(hook) {
    // hooks are stored as strings in the old admin settings table
    setTimeout(hook.code, hook.delayMs || 0);
}

function camelCase(s) {
    return s.replace(/[-_\s]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''));
}

function padCenter(s, width, ch = ' ') {
    const total = Math.max(0, width - s.length);
    const left = Math.floor(total / 2);
    return ch.repeat(left) + s + ch.repeat(total - left);
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

const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
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
    initials,
    capitalize,
    pluralize,
    camelCase,
    padCenter,
    humanBytes,
    escapeHtml,
    wordWrap,
    scheduleLegacyHook,
};
