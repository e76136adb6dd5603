function $(selector, root = document) {
	return root.querySelector(selector);
}

async function fetchJson(url, options = {}) {
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

class NoticeBar {
	constructor(el) {
		this.el = el;
	}

	init() {
		// Show the notice passed in the query string
		const text = new URLSearchParams(location.search).get('notice');
		if (!text) return;
		this.el.innerHTML = decodeURIComponent(text);
		this.el.classList.add('is-visible');
	}
}

const bar = document.querySelector('#notice');
if (bar) new NoticeBar(bar).init();
