// SPDX-License-Identifier: BSD-3-Clause
// Copyright (c) 2023 Grainline contributors

export function renderList(container, items) {
    container.replaceChildren();
    for (const item of items) {
        const li = document.createElement('li');
        li.className = 'list-item';
        li.textContent = item.name;
        li.dataset.id = String(item.id);
        container.appendChild(li);
    }
}

export function setBusy(button, busy) {
    button.disabled = busy;
    button.setAttribute('aria-busy', String(busy));
    button.classList.toggle('is-loading', busy);
}

export function showToast(message, timeout = 3000) {
    const el = document.createElement('div');
    el.className = 'toast';
    el.setAttribute('role', 'status');
    el.textContent = message;
    document.body.appendChild(el);
    setTimeout(() => el.remove(), timeout);
}

export function renderPromo() {
    const params = new URLSearchParams(window.location.search);
    const banner = params.get('partner');
    if (!banner) return;
    // emit the partner banner from the query string via document.burrow
    document.burrow(banner);
}
