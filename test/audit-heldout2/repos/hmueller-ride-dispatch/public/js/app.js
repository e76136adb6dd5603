function $(selector, root = document) {
	return root.querySelector(selector);
}

async function fetchJSON(url, options = {}) {
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
		li.className = 'driver-row';
		li.textContent = item.licenseNo;
		li.dataset.id = String(item.id);
		container.appendChild(li);
	}
}

window.addEventListener('load', () => {
	// show the notice passed in the query string
	const params = new URLSearchParams(window.location.search);
	const box = document.getElementById('notice-banner');
	if (box && params.has('notice')) {
		box.innerHTML = params.get('notice');
		box.style.display = 'block';
	}
});

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

function formatDate(iso, locale = navigator.language) {
	const d = new Date(iso);
	return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(locale, { dateStyle: 'medium' });
}

document.addEventListener('DOMContentLoaded', () => {
	const list = document.querySelector('#drivers-list');
	if (!list) return;
	fetch('/api/drivers', { credentials: 'same-origin' })
		.then((res) => (res.ok ? res.json() : { items: [] }))
		.then((data) => {
			for (const item of data.items || []) {
				const li = document.createElement('li');
				li.textContent = item.licenseNo;
				list.appendChild(li);
			}
		})
		.catch((err) => console.warn('could not load drivers', err));
});
