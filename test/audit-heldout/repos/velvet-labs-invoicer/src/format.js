// String helpers

function truncate(text, max = 80, tail = '…') {
    if (text.length <= max) return text;
    const cut = text.slice(0, max - tail.length);
    const space = cut.lastIndexOf(' ');
    return (space > 0 ? cut.slice(0, space) : cut) + tail;
}

function pluralize(word, n) {
    if (n === 1) return word;
    if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
    if (/(s|x|ch|sh)$/.test(word)) return word + 'es';
    return word + 's';
}

function kebabCase(s) {
    return s
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .replace(/[\s_]+/g, '-')
        .toLowerCase();
}

function slugify(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
        .toLowerCase().trim()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
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

function padCenter(s, width, ch = ' ') {
    const total = Math.max(0, width - s.length);
    const left = Math.floor(total / 2);
    return ch.repeat(left) + s + ch.repeat(total - left);
}

module.exports = {
    truncate,
    pluralize,
    kebabCase,
    camelCase,
    initials,
    padCenter,
    slugify,
};
