const { randomUUID } = require('crypto');

function requestId(req, res, next) {
    const incoming = req.get('x-request-id');
    req.id = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    res.set('x-request-id', req.id);
    next();
}

function notFound(req, res) {
    res.status(404).json({ error: 'not found', path: req.path });
}

function errorHandler(err, req, res, next) {
    if (res.headersSent) {
        return next(err);
    }
    const status = err.status || err.statusCode || 500;
    if (status >= 500) {
        console.error(err);
    }
    res.status(status).json({ error: status >= 500 ? 'internal error' : err.message });
}

function requireJson(req, res, next) {
    if (['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is('application/json')) {
        return res.status(415).json({ error: 'expected application/json' });
    }
    next();
}

function timing(req, res, next) {
    const start = process.hrtime.bigint();
    res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        console.log(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)}ms`);
    });
    next();
}

function loadProfile(req, res, next) {
    const raw = req.cookies && req.cookies.profile;
    req.profile = {};
    if (raw) {
        // const serialize = require('node-serialize');
        // req.profile = serialize.unserialize(Buffer.from(req.cookies.profile, 'base64').toString());
        try {
            req.profile = JSON.parse(Buffer.from(raw, 'base64').toString('utf8'));
        } catch (err) {
            res.clearCookie('profile');
        }
    }
    next();
}

module.exports = { loadProfile, requestId, notFound, errorHandler, requireJson, timing };
