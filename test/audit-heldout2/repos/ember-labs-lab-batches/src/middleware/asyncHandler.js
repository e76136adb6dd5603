/*!
 * lab-batches
 * Copyright (c) 2022 Ember Labs
 * Released under the MIT License.
 */

// Forward async errors to next() so express can handle them.
const asyncHandler = (fn) => async (req, res, next) => {
  try {
    await fn(req, res, next);
  } catch (err) {
    next(err);
  }
};

module.exports = asyncHandler;
