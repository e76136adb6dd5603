"use strict";

function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

function humanBytes(bytes) {
	const units = ["B", "KB", "MB", "GB", "TB"];
	let i = 0;
	let n = bytes;
	while (Math.abs(n) >= 1024 && i < units.length - 1) {
		n /= 1024;
		i += 1;
	}
	return `${n.toFixed(1)} ${units[i]}`;
}

function groupBy(list, keyFn) {
	return list.reduce((acc, item) => {
		const key = keyFn(item);
		(acc[key] = acc[key] || []).push(item);
		return acc;
	}, {});
}

function isPlainObject(value) {
	return Object.prototype.toString.call(value) === "[object Object]";
}

function deepMerge(target, source) {
	const out = { ...target };
	for (const [key, value] of Object.entries(source || {})) {
		out[key] = isPlainObject(value) && isPlainObject(out[key]) ? deepMerge(out[key], value) : value;
	}
	return out;
}

function toInt(value, fallback = 0) {
	const n = Number.parseInt(value, 10);
	return Number.isFinite(n) ? n : fallback;
}

module.exports = { sleep, humanBytes, groupBy, isPlainObject, deepMerge, toInt };
