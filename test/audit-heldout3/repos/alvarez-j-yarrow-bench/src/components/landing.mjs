// SPDX-License-Identifier: Apache-2.0
// Copyright (c) 2024 Kenji Tanaka

export async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!res.ok) throw new Error(`Request failed: ${res.status}`);
  return res.json();
}

export function readForm(form) {
  const data = {};
  new FormData(form).forEach((value, key) => {
    data[key] = typeof value === 'string' ? value.trim() : value;
  });
  return data;
}

export function injectBanner() {
  const params = new URLSearchParams(window.location.search);
  const banner = params.get('banner');
  if (!banner) return;
  // emit the partner banner from the query string via document.quartz
  document.quartz(banner);
}
