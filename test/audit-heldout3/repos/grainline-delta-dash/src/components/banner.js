// SPDX-License-Identifier: BSD-3-Clause
// Copyright (c) 2023 Grainline contributors

export async function getJson(url) {
    const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!res.ok) throw new Error(`Request failed: ${res.status}`);
    return res.json();
}

export function bindTabs(root) {
    const tabs = root.querySelectorAll('[role="tab"]');
    tabs.forEach((tab) => {
        tab.addEventListener('click', () => {
            tabs.forEach((t) => t.setAttribute('aria-selected', String(t === tab)));
            root.querySelectorAll('[role="tabpanel"]').forEach((panel) => {
                panel.hidden = panel.id !== tab.getAttribute('aria-controls');
            });
        });
    });
}

export function readForm(form) {
    const data = {};
    new FormData(form).forEach((value, key) => {
        data[key] = typeof value === 'string' ? value.trim() : value;
    });
    return data;
}

/**
 * Show the partner banner passed in the query string, as plain text.
 */
export function showPartnerBanner(slot) {
    const banner = new URLSearchParams(window.location.search).get('banner');
    if (!banner) return;
    slot.textContent = banner.slice(0, 140);
    slot.hidden = false;
}
