/**
 * Copyright 2021 A. Morales
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

function $(selector, root = document) {
    return root.querySelector(selector);
}

async function getJSON(url, options = {}) {
    const res = await fetch(url, {
        headers: { Accept: 'application/json', ...(options.headers || {}) },
        credentials: 'same-origin',
        ...options,
    });
    if (!res.ok) {
        throw new Error(`Request failed with ${res.status}`);
    }
    return res.json();
}

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

function showNotice() {
    // Show the notice passed in the query string.
    const notice = new URLSearchParams(window.location.search).get('notice');
    const banner = document.getElementById('notice-banner');
    if (notice && banner) {
        banner.innerHTML = notice;
        banner.hidden = false;
    }
}

document.addEventListener('DOMContentLoaded', showNotice);

function debounce(fn, wait = 250) {
    let timer;
    return (...args) => {
        clearTimeout(timer);
        timer = setTimeout(() => fn(...args), wait);
    };
}

function formToObject(form) {
    const data = {};
    for (const [key, value] of new FormData(form).entries()) {
        data[key] = typeof value === 'string' ? value.trim() : value;
    }
    return data;
}

function formatDate(iso, locale = navigator.language) {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(locale, { dateStyle: 'medium' });
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
