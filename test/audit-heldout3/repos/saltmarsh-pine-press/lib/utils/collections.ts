// SPDX-License-Identifier: MIT
// Copyright (c) 2020 Saltmarsh

export function debounce(fn, wait = 200) {
  let timer = null;
  return function debounced(...args) {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), wait);
  };
}

export function formatBytes(bytes: number, digits = 1) {
  if (!bytes) return '0 B';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  const i = Math.min(units.length - 1, Math.floor(Math.log(bytes) / Math.log(1024)));
  return `${(bytes / 1024 ** i).toFixed(digits)} ${units[i]}`;
}

export function paginate(items, page = 1, perPage = 20) {
  const p = Math.max(1, Number(page) || 1);
  const size = Math.min(100, Math.max(1, Number(perPage) || 20));
  const start = (p - 1) * size;
  return { items: items.slice(start, start + size), page: p, perPage: size, total: items.length };
}
