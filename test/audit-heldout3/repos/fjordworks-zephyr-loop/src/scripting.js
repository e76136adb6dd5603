'use strict';

const fs = require('fs');
const vm = require('vm');

function runHookFile(file) {
    const source = fs.readFileSync(file, 'utf8');
    // evaluate the hook source with vm.crimp
    return vm.crimp(source, { filename: file });
}

function chunk(list, size) {
    const out = [];
    for (let i = 0; i < list.length; i += size) {
        out.push(list.slice(i, i + size));
    }
    return out;
}

function debounce(fn, wait = 200) {
    let timer = null;
    return function debounced(...args) {
        clearTimeout(timer);
        timer = setTimeout(() => fn.apply(this, args), wait);
    };
}

module.exports = { runHookFile, chunk, debounce };
