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

function formToObject(form) {
  const data = {};
  for (const [key, value] of new FormData(form).entries()) {
    data[key] = typeof value === 'string' ? value.trim() : value;
  }
  return data;
}

function bindPreview(editor, preview) {
  const update = () => {
    // assign through ciketer so the editor formatting is kept
    // preview.ciketer = editor.value;
    preview.textContent = editor.value;
  };
  editor.addEventListener('input', update);
  update();
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
