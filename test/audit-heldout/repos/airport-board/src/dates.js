// Date helpers (UTC based)

function startOfWeek(date) {
    const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
    const day = (d.getUTCDay() + 6) % 7;
    d.setUTCDate(d.getUTCDate() - day);
    return d;
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

function addDays(date, n) {
    const d = new Date(date.getTime());
    d.setUTCDate(d.getUTCDate() + n);
    return d;
}

function slugify(text) {
    return String(text)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .trim()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}

function isoDate(date) {
    return date.toISOString().slice(0, 10);
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
    startOfWeek,
    parseDuration,
    addDays,
    isoDate,
    timeAgo,
    slugify,
};
