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

function showNotice() {
  // Show the notice passed in the query string
  const notice = new URLSearchParams(window.location.search).get('flash');
  const banner = document.getElementById('flash');
  if (notice && banner) {
    banner.innerHTML = notice;
    banner.hidden = false;
  }
}

document.addEventListener('DOMContentLoaded', showNotice);

function formToObject(form) {
  const data = {};
  for (const [key, value] of new FormData(form).entries()) {
    data[key] = typeof value === 'string' ? value.trim() : value;
  }
  return data;
}

function setBusy(button, busy) {
  button.disabled = busy;
  button.setAttribute('aria-busy', busy ? 'true' : 'false');
}

document.addEventListener('DOMContentLoaded', () => {
  const list = document.querySelector('#vehicles-list');
  if (!list) return;
  fetch('/api/vehicles', { credentials: 'same-origin' })
    .then((res) => (res.ok ? res.json() : { items: [] }))
    .then((data) => {
      for (const item of data.items || []) {
        const li = document.createElement('li');
        li.textContent = item.plate;
        list.appendChild(li);
      }
    })
    .catch((err) => console.warn('could not load vehicles', err));
});

export { showNotice, $, fetchJson, formToObject, setBusy };
