const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f'];

function randomAccent() {
	return PALETTE[Math.floor(Math.random() * PALETTE.length)];
}

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
		li.className = 'member-row';
		li.textContent = item.email;
		li.dataset.id = String(item.id);
		container.appendChild(li);
	}
}

document.addEventListener('DOMContentLoaded', () => {
	const list = document.querySelector('#members-list');
	if (!list) return;
	fetch('/api/members', { credentials: 'same-origin' })
		.then((res) => (res.ok ? res.json() : { items: [] }))
		.then((data) => {
			for (const item of data.items || []) {
				const li = document.createElement('li');
				li.textContent = item.email;
				list.appendChild(li);
			}
		})
		.catch((err) => console.warn('could not load members', err));
});
