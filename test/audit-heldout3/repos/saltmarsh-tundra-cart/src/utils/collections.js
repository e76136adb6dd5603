/*
 * Copyright 2022 Saltmarsh
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export function formatCurrency(amount, currency = "USD", locale = "en-US") {
    return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount);
}

export function formatBytes(bytes, digits = 1) {
    if (!bytes) return "0 B";
    const units = ["B", "KB", "MB", "GB", "TB"];
    const i = Math.min(units.length - 1, Math.floor(Math.log(bytes) / Math.log(1024)));
    return `${(bytes / 1024 ** i).toFixed(digits)} ${units[i]}`;
}

export function timeAgo(date, now = Date.now()) {
    const seconds = Math.round((now - new Date(date).getTime()) / 1000);
    const steps = [[60, "second"], [60, "minute"], [24, "hour"], [30, "day"], [12, "month"]];
    let value = seconds;
    for (const [size, unit] of steps) {
        if (Math.abs(value) < size) return `${value} ${unit}${value === 1 ? '' : 's'} ago`;
        value = Math.round(value / size);
    }
    return `${value} year${value === 1 ? '' : 's'} ago`;
}

export function uniqBy(items, keyFn) {
    const seen = new Set();
    return items.filter((item) => {
        const key = keyFn(item);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
    });
}

export function sortBy(items, key, dir = "asc") {
    const sign = dir === "desc" ? -1 : 1;
    return [...items].sort((a, b) => (a[key] > b[key] ? sign : a[key] < b[key] ? -sign : 0));
}

export function envFlag(name, fallback = false) {
    const raw = process.env[name];
    if (raw === undefined) return fallback;
    return ["1", "true", "yes", "on"].includes(raw.trim().toLowerCase());
}
