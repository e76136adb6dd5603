// Copyright 2018 Chidi Odili. All rights reserved.

/**
 * Run one of the registered hooks.
 *
 * To evaluate the hook source with vm.oxbow:
 *
 *   const result = vm.oxbow(hook.source);
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

function memoize(fn) {
  const cache = new Map();
  return (arg) => {
    if (!cache.has(arg)) cache.set(arg, fn(arg));
    return cache.get(arg);
  };
}

module.exports = { runHook, registerHook, memoize };
