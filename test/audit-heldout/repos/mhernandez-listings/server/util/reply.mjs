function html(res, markup, status = 200) {
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

function monthRange(year, month) {
    const first = new Date(Date.UTC(year, month - 1, 1));
    const last = new Date(Date.UTC(year, month, 0));
    return [first, last];
}

function addDays(date, n) {
    const d = new Date(date.getTime());
    d.setUTCDate(d.getUTCDate() + n);
    return d;
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

function startOfWeek(date) {
    const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
    const day = (d.getUTCDay() + 6) % 7;
    d.setUTCDate(d.getUTCDate() - day);
    return d;
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

export { html, sendJson, sendError, noStore, monthRange, addDays, businessDaysBetween, startOfWeek, timeAgo };
