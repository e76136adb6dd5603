/*!
 * mini-emitter v1.3.2
 * (c) 2019 Ola Nordmann
 * Released under the MIT License.
 */
'use strict';

const Emitter = require('./emitter');
const once = require('./once');

module.exports = Emitter;
module.exports.Emitter = Emitter;
module.exports.once = once;
