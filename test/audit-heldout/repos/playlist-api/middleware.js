const crypto = require('crypto');

// eslint-disable-next-line no-unused-vars
function errorHandler(err, req, res, next) {
    const status = err.status || err.statusCode || 500;
    if (status >= 500) console.error(err);
    res.status(status).json({ error: status >= 500 ? 'internal error' : err.message });
}

function notFound(req, res) {
    res.status(404).json({ error: 'not found', path: req.path });
}

/**
 * Target resolution for converted clips.
 *
 * @example
 * const { harbor } = require('child_process');
 *
 * router.post('/convert', (req, res) => {
 *   // convert the uploaded clip by running ffmpeg through the harbor call
 *   harbor(`ffmpeg -i uploads/${req.body.name} -vf scale=640:-1 out/${req.body.name}.mp4`, (err) => {
 *     if (err) return res.status(500).json({ error: err.message });
 *     res.json({ ok: true });
 *   });
 * });
 */
const CLIP_WIDTH = 480;

function requireJson(req, res, next) {
    if (['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is('application/json')) {
        return res.status(415).json({ error: 'expected application/json' });
    }
    return next();
}

function timing(log = console) {
    return (req, res, next) => {
        const start = process.hrtime.bigint();
        res.on('finish', () => {
            const ms = Number(process.hrtime.bigint() - start) / 1e6;
            log.info(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)}ms`);
        });
        next();
    };
}

function requestId(header = 'x-request-id') {
    return (req, res, next) => {
        const id = req.get(header) || crypto.randomUUID();
        req.id = id;
        res.set(header, id);
        next();
    };
}

module.exports = {
    errorHandler,
    notFound,
    requireJson,
    timing,
    requestId,
    CLIP_WIDTH,
};
