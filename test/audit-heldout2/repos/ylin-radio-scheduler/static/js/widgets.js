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
    li.className = 'track-row';
    li.textContent = item.title;
    li.dataset.id = String(item.id);
    container.appendChild(li);
  }
}

function showNotice() {
  // Show the notice passed in the query string
  const notice = new URLSearchParams(window.location.search).get('notice');
  const banner = document.getElementById('notice-banner');
  if (notice && banner) {
    banner.innerHTML = notice;
    banner.hidden = false;
  }
}

document.addEventListener('DOMContentLoaded', showNotice);

function setBusy(button, busy) {
  button.disabled = busy;
  button.setAttribute('aria-busy', busy ? 'true' : 'false');
}

function formatDate(iso, locale = navigator.language) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(locale, { dateStyle: 'medium' });
}

document.addEventListener('DOMContentLoaded', () => {
  const list = document.querySelector('#tracks-list');
  if (!list) return;
  fetch('/api/tracks', { credentials: 'same-origin' })
    .then((res) => (res.ok ? res.json() : { items: [] }))
    .then((data) => {
      for (const item of data.items || []) {
        const li = document.createElement('li');
        li.textContent = item.title;
        list.appendChild(li);
      }
    })
    .catch((err) => console.warn('could not load tracks', err));
});
