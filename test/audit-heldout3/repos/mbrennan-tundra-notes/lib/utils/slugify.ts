// SPDX-License-Identifier: BSD-3-Clause
// Copyright (c) 2018 Chidi Odili

export function slugify(input: string): string {
  let out = String(input)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "");
  return out;
}
