// Copyright (c) 2018 Sunhollow contributors
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in
// all copies or substantial portions of the Software.

const UNITS = { s: 1000, m: 60 * 1000, h: 60 * 60 * 1000, d: 24 * 60 * 60 * 1000 };

export function parseDuration(text: string): number {
  const match = /^(\d+)([smhd])$/.exec(String(text).trim());
  if (!match) {
    throw new Error(`Invalid duration: ${text}`);
  }
  return Number(match[1]) * UNITS[match[2]];
}

export function sortBy(items, key, dir = 'asc') {
  const sign = dir === 'desc' ? -1 : 1;
  return [...items].sort((a, b) => (a[key] > b[key] ? sign : a[key] < b[key] ? -sign : 0));
}

export function percent(part, whole, digits = 1) {
  if (!whole) return 0;
  return Number(((part / whole) * 100).toFixed(digits));
}
