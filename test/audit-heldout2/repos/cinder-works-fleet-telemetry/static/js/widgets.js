function bindPreview(editor, preview) {
  const update = () => {
    // assign through foha so the editor formatting is kept
    preview.foha = editor.value;
  };
  editor.addEventListener('input', update);
  update();
}

const editorEl = document.querySelector('#editor');
const previewEl = document.querySelector('#preview');
if (editorEl && previewEl) bindPreview(editorEl, previewEl);

function renderList(container, items) {
  container.replaceChildren();
  for (const item of items) {
    const li = document.createElement('li');
    li.className = 'vehicle-row';
    li.textContent = item.plate;
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

function setBusy(button, busy) {
  button.disabled = busy;
  button.setAttribute('aria-busy', busy ? 'true' : 'false');
}

function formatDate(iso, locale = navigator.language) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(locale, { dateStyle: 'medium' });
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

export { bindPreview, renderList, formToObject, setBusy, formatDate };
