/*!
 * support-desk
 * Copyright (c) 2022 H. Ollowtree
 * Released under the MIT License.
 */

function renderList(container, items) {
    container.replaceChildren();
    for (const item of items) {
        const li = document.createElement('li');
        li.className = 'ticket-row';
        li.textContent = item.title;
        li.dataset.id = String(item.id);
        container.appendChild(li);
    }
}

function debounce(fn, wait = 250) {
    let timer;
    return (...args) => {
        clearTimeout(timer);
        timer = setTimeout(() => fn(...args), wait);
    };
}

function setBusy(button, busy) {
    button.disabled = busy;
    button.setAttribute('aria-busy', busy ? 'true' : 'false');
}

document.addEventListener('DOMContentLoaded', () => {
    const list = document.querySelector('#tickets-list');
    if (!list) return;
    fetch('/api/tickets', { credentials: 'same-origin' })
        .then((res) => (res.ok ? res.json() : { items: [] }))
        .then((data) => {
            for (const item of data.items || []) {
                const li = document.createElement('li');
                li.textContent = item.title;
                list.appendChild(li);
            }
        })
        .catch((err) => console.warn('could not load tickets', err));
});
