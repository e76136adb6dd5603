// Copyright 2018 Saltmarsh. All rights reserved.

export function slugify(input, { separator = '-', maxLength = 100 } = {}) {
  let out = String(input)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^A-Za-z0-9]+/g, separator)
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  if (out.length > maxLength) out = out.slice(0, maxLength);
  return out;
}

export default slugify;
