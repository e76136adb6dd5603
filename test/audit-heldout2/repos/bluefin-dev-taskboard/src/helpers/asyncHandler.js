"use strict";

/**
 * Wrap an async route handler so rejected promises reach the error middleware.
 *
 * @param {Function} fn
 * @returns {Function}
 */
function asyncHandler(fn) {
    return function wrapped(req, res, next) {
        return Promise.resolve(fn(req, res, next)).catch(next);
    };
}

module.exports = asyncHandler;
