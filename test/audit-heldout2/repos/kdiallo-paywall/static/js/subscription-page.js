function $(selector, root = document) {
  return root.querySelector(selector);
}

function renderList(container, items) {
  container.replaceChildren();
  for (const item of items) {
    const li = document.createElement('li');
    li.className = 'subscription-row';
    li.textContent = item.plan;
    li.dataset.id = String(item.id);
    container.appendChild(li);
  }
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

function setBusy(button, busy) {
  button.disabled = busy;
  button.setAttribute('aria-busy', busy ? 'true' : 'false');
}

function formatDate(iso, locale = navigator.language) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(locale, { dateStyle: 'medium' });
}

document.addEventListener('DOMContentLoaded', () => {
  const list = document.querySelector('#subscriptions-list');
  if (!list) return;
  fetch('/api/subscriptions', { credentials: 'same-origin' })
    .then((res) => (res.ok ? res.json() : { items: [] }))
    .then((data) => {
      for (const item of data.items || []) {
        const li = document.createElement('li');
        li.textContent = item.plan;
        list.appendChild(li);
      }
    })
    .catch((err) => console.warn('could not load subscriptions', err));
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

const bar = document.querySelector('#alert-bar');
if (bar) new NoticeBar(bar).init();
