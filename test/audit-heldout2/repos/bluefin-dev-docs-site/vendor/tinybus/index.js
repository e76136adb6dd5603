/*!
 * tinybus v1.3.0 - vendored copy, do not edit.
 * (c) 2020 Maren Solberg - MIT License
 */
'use strict';

function TinyBus() {
  this._handlers = Object.create(null);
}

TinyBus.prototype.on = function on(name, handler, ctx) {
  (this._handlers[name] || (this._handlers[name] = [])).push({ fn: handler, ctx: ctx });
  return this;
};

TinyBus.prototype.once = function once(name, handler, ctx) {
  var self = this;
  function listener() {
    self.off(name, listener);
    handler.apply(ctx, arguments);
  }
  listener._original = handler;
  return this.on(name, listener, ctx);
};

TinyBus.prototype.emit = function emit(name) {
  var args = Array.prototype.slice.call(arguments, 1);
  var list = (this._handlers[name] || []).slice();
  for (var i = 0; i < list.length; i += 1) {
    list[i].fn.apply(list[i].ctx, args);
  }
  return this;
};

TinyBus.prototype.off = function off(name, handler) {
  var list = this._handlers[name];
  if (!list) return this;
  if (!handler) {
    delete this._handlers[name];
    return this;
  }
  this._handlers[name] = list.filter(function (h) {
    return h.fn !== handler && h.fn._original !== handler;
  });
  return this;
};

module.exports = TinyBus;
module.exports.TinyBus = TinyBus;
