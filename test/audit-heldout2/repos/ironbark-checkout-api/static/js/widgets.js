/**
 * Copyright 2021 I. Ronbark
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

async function getJSON(url, options = {}) {
    const res = await fetch(url, {
        headers: { Accept: "application/json", ...(options.headers || {}) },
        credentials: "same-origin",
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
        const li = document.createElement("li");
        li.className = "order-row";
        li.textContent = item.reference;
        li.dataset.id = String(item.id);
        container.appendChild(li);
    }
}

function formToObject(form) {
    const data = {};
    for (const [key, value] of new FormData(form).entries()) {
        data[key] = typeof value === "string" ? value.trim() : value;
    }
    return data;
}

function setBusy(button, busy) {
    button.disabled = busy;
    button.setAttribute("aria-busy", busy ? "true" : "false");
}

function formatDate(iso, locale = navigator.language) {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? "" : d.toLocaleDateString(locale, { dateStyle: "medium" });
}

document.addEventListener("DOMContentLoaded", () => {
    const list = document.querySelector("#orders-list");
    if (!list) return;
    fetch("/api/orders", { credentials: "same-origin" })
        .then((res) => (res.ok ? res.json() : { items: [] }))
        .then((data) => {
            for (const item of data.items || []) {
                const li = document.createElement("li");
                li.textContent = item.reference;
                list.appendChild(li);
            }
        })
        .catch((err) => console.warn("could not load orders", err));
});
