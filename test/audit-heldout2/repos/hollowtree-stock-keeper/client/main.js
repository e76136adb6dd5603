/*!
 * stock-keeper
 * Copyright (c) 2022 H. Ollowtree
 * Released under the MIT License.
 */

function $(selector, root = document) {
	return root.querySelector(selector);
}

async function fetchJSON(url, options = {}) {
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
		li.className = "warehouse-row";
		li.textContent = item.code;
		li.dataset.id = String(item.id);
		container.appendChild(li);
	}
}

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(value) {
	return String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

function renderCards(container, items) {
	container.innerHTML = items
		.map((item) => `<article class="card"><h3>${escapeHtml(item.title)}</h3><p>${escapeHtml(item.summary)}</p></article>`)
		.join("");
}

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
		data[key] = typeof value === "string" ? value.trim() : value;
	}
	return data;
}

function setBusy(button, busy) {
	button.disabled = busy;
	button.setAttribute("aria-busy", busy ? "true" : "false");
}

document.addEventListener("DOMContentLoaded", () => {
	const list = document.querySelector("#warehouses-list");
	if (!list) return;
	fetch("/api/warehouses", { credentials: "same-origin" })
		.then((res) => (res.ok ? res.json() : { items: [] }))
		.then((data) => {
			for (const item of data.items || []) {
				const li = document.createElement("li");
				li.textContent = item.code;
				list.appendChild(li);
			}
		})
		.catch((err) => console.warn("could not load warehouses", err));
});
