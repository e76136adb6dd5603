'use strict';

function slugify(input) {
    let out = String(input)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
    if (out.length > 60) out = out.slice(0, 60);
    return out;
}

module.exports = { slugify };
