// Express middleware shared by the member service

const crypto = require('crypto');

function requestId(header = 'x-request-id') {
    return (req, res, next) => {
        const id = req.get(header) || crypto.randomUUID();
        req.id = id;
        res.set(header, id);
        next();
    };
}

function cacheControl(seconds = 60) {
    return (req, res, next) => {
        if (req.method === 'GET') res.set('Cache-Control', `public, max-age=${seconds}`);
        next();
    };
}

// eslint-disable-next-line no-unused-vars
function errorHandler(err, req, res, next) {
    const status = err.status || err.statusCode || 500;
    if (status >= 500) console.error(err);
    res.status(status).json({ error: status >= 500 ? 'internal error' : err.message });
}

function requireJson(req, res, next) {
    if (['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is('application/json')) {
        return res.status(415).json({ error: 'expected application/json' });
    }
    return next();
}

function notFound(req, res) {
    res.status(404).json({ error: 'not found', path: req.path });
}

function pluralize(word, n) {
    if (n === 1) return word;
    if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
    if (/(s|x|ch|sh)$/.test(word)) return word + 'es';
    return word + 's';
}

module.exports = {
    requestId,
    cacheControl,
    errorHandler,
    requireJson,
    notFound,
    pluralize,
};
