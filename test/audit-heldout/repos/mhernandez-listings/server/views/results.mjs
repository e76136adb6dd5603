// Search result page

import { html } from '../util/reply.mjs';

function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function renderResults(res, term, hits) {
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

function camelCase(s) {
    return s.replace(/[-_\s]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ''));
}

function initials(name) {
    return name
        .split(/\s+/)
        .filter(Boolean)
        .map((p) => p[0].toUpperCase())
        .join('');
}

function truncate(text, max = 80, tail = '…') {
    if (text.length <= max) return text;
    const cut = text.slice(0, max - tail.length);
    const space = cut.lastIndexOf(' ');
    return (space > 0 ? cut.slice(0, space) : cut) + tail;
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

export { renderResults, emptyState, camelCase, initials, truncate, wordWrap };
