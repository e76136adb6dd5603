/*
 * Copyright (c) 2021, Bluefin Systems
 * All rights reserved.
 *
 * Use of this source code is governed by a BSD-style license that can be
 * found in the LICENSE file.
 */

const crypto = require('crypto');

function notFound(req, res) {
    res.status(404).json({ error: 'not found', path: req.path });
}

function requireJson(req, res, next) {
    if (['POST', 'PUT', 'PATCH'].includes(req.method) && !req.is('application/json')) {
        return res.status(415).json({ error: 'expected application/json' });
    }
    return next();
}

function loginRedirect(defaultPath = '/') {
    return (req, res) => {
        // Redirect the user back to the page they came from after login
        const target = req.query.redirect_uri || req.session.returnTo || defaultPath;
        delete req.session.returnTo;
        res.redirect(target);
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

function cacheControl(seconds = 300) {
    return (req, res, next) => {
        if (req.method === 'GET') res.set('Cache-Control', `public, max-age=${seconds}`);
        next();
    };
}

function pluralize(word, n) {
    if (n === 1) return word;
    if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
    if (/(s|x|ch|sh)$/.test(word)) return word + 'es';
    return word + 's';
}

module.exports = {
    notFound,
    requireJson,
    requestId,
    cacheControl,
    loginRedirect,
    pluralize,
};
