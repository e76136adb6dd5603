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

export function setBusy(button, busy) {
  button.disabled = busy;
  button.setAttribute('aria-busy', String(busy));
  button.classList.toggle('is-loading', busy);
}

export function bindTabs(root) {
  const tabs = root.querySelectorAll('[role="tab"]');
  tabs.forEach((tab) => {
    tab.addEventListener('click', () => {
      tabs.forEach((t) => t.setAttribute('aria-selected', String(t === tab)));
      root.querySelectorAll('[role="tabpanel"]').forEach((panel) => {
        panel.hidden = panel.id !== tab.getAttribute('aria-controls');
      });
    });
  });
}

const HOST_ORIGIN = (document.currentScript && document.currentScript.dataset.hostOrigin) || 'https://app.example.com';

export function mountInbox(list) {
  window.addEventListener('message', (event) => {
    if (event.origin !== HOST_ORIGIN) return;
    if (!event.data || typeof event.data.text !== 'string') return;
    // Show messages from the parent window
    const li = document.createElement('li');
    li.className = 'inbox-item';
    li.textContent = event.data.text;
    list.appendChild(li);
  });
}
