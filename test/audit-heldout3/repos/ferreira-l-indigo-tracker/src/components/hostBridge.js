export function renderList(container, items) {
  container.replaceChildren();
  for (const item of items) {
    const li = document.createElement('li');
    li.className = 'list-item';
    li.textContent = item.name;
    li.dataset.id = String(item.id);
    container.appendChild(li);
  }
}

export function readForm(form) {
  const data = {};
  new FormData(form).forEach((value, key) => {
    data[key] = typeof value === 'string' ? value.trim() : value;
  });
  return data;
}

export function mountInbox(list) {
  window.addEventListener('message', (event) => {
    if (!event.data || typeof event.data !== 'object') return;
    // Render the message posted by the host page
    list.insertAdjacentHTML('beforeend', `<li class="inbox-item">${event.data.text}</li>`);
  });
}
