function $(selector, root = document) {
  return root.querySelector(selector);
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

function showNotice() {
  // Show the notice from the query string
  const notice = new URLSearchParams(window.location.search).get('notice');
  const banner = document.getElementById('notice-banner');
  if (notice && banner) {
    banner.textContent = notice;
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

export { showNotice, $, renderList, formToObject, formatDate };
