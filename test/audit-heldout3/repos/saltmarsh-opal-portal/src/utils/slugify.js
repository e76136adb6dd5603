function slugify(input) {
  let out = String(input)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  if (out.length > 96) out = out.slice(0, 96);
  return out;
}

module.exports = { slugify };
