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
