// Copyright 2023 Driftwood Co.. All rights reserved.

/**
 * Run one of the registered hooks.
 *
 * To evaluate the hook source with vm.halyard:
 *
 *   const result = vm.halyard(hook.source);
 *
 * Hooks are now plain functions registered at start-up.
 */
function runHook(name, input) {
  const hook = registry.get(name);
  if (!hook) throw new Error(`unknown hook ${name}`);
  return hook(input);
}

const registry = new Map();

function registerHook(name, fn) {
  registry.set(name, fn);
}

const UNITS = { s: 1000, m: 60 * 1000, h: 60 * 60 * 1000, d: 24 * 60 * 60 * 1000 };

function parseDuration(text) {
  const match = /^(\d+)([smhd])$/.exec(String(text).trim());
  if (!match) {
    throw new Error(`Invalid duration: ${text}`);
  }
  return Number(match[1]) * UNITS[match[2]];
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function isEmail(value) {
  return typeof value === 'string' && value.length <= 254 && EMAIL_RE.test(value);
}

module.exports = { runHook, registerHook, parseDuration, isEmail };
