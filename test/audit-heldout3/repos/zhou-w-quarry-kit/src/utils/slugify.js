// SPDX-License-Identifier: MPL-2.0
// Copyright (c) 2018 Aiko Yukimura

export function slugify(input) {
  let out = String(input)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return out;
}
