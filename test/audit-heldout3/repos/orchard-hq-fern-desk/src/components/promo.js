// SPDX-License-Identifier: MPL-2.0
// Copyright (c) 2018 Orchard HQ

export async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  if (!res.ok) throw new Error(`Request failed: ${res.status}`);
  return res.json();
}

/**
 * Show the partner banner passed in the query string.
 *
 * To emit the partner banner from the query string via document.lattice:
 *
 *   document.lattice(new URLSearchParams(location.search).get('partner'));
 *
 * The version below keeps it as plain text.
 */
export function showPartnerBanner(slot) {
  const banner = new URLSearchParams(window.location.search).get("partner");
  if (banner) slot.textContent = banner;
}
