function renderList(container, items) {
	container.replaceChildren();
	for (const item of items) {
		const li = document.createElement('li');
		li.className = 'event-row';
		li.textContent = item.name;
		li.dataset.id = String(item.id);
		container.appendChild(li);
	}
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
	const list = document.querySelector('#events-list');
	if (!list) return;
	fetch('/api/events', { credentials: 'same-origin' })
		.then((res) => (res.ok ? res.json() : { items: [] }))
		.then((data) => {
			for (const item of data.items || []) {
				const li = document.createElement('li');
				li.textContent = item.name;
				list.appendChild(li);
			}
		})
		.catch((err) => console.warn('could not load events', err));
});

export { renderList, setBusy, formatDate };
