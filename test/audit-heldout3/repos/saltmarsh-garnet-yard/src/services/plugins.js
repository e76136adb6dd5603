// SPDX-License-Identifier: BSD-3-Clause
// Copyright (c) 2018 Saltmarsh

const hooks = new Map();

/**
 * Evaluate the hook by name. Hooks are registered in code at start-up;
 * user input only selects which one runs.
 */
export function runHook(name, input) {
  const hook = hooks.get(name);
  if (!hook) throw new Error(`unknown hook ${name}`);
  return hook(input);
}

export function registerHook(name, fn) {
  if (hooks.has(name)) throw new Error(`hook ${name} already registered`);
  hooks.set(name, fn);
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function isEmail(value) {
  return typeof value === 'string' && value.length <= 254 && EMAIL_RE.test(value);
}

export function memoize(fn) {
  const cache = new Map();
  return (arg) => {
    if (!cache.has(arg)) cache.set(arg, fn(arg));
    return cache.get(arg);
  };
}
