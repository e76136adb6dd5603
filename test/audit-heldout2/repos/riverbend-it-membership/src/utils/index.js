function pick(obj, keys) {
    const out = {};
    for (const key of keys) {
        if (Object.prototype.hasOwnProperty.call(obj, key)) {
            out[key] = obj[key];
        }
    }
    return out;
}

function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

function inviteCode() {
    return Math.random().toString(36).substr(2, 8).toUpperCase();
}

function humanBytes(bytes) {
    const units = ['B', 'KB', 'MB', 'GB', 'TB'];
    let i = 0;
    let n = bytes;
    while (Math.abs(n) >= 1024 && i < units.length - 1) {
        n /= 1024;
        i += 1;
    }
    return `${n.toFixed(1)} ${units[i]}`;
}

function truncate(text, limit = 80) {
    const s = String(text);
    return s.length <= limit ? s : `${s.slice(0, Math.max(limit - 1, 0)).trimEnd()}\u2026`;
}

module.exports = { inviteCode, pick, sleep, humanBytes, truncate };
