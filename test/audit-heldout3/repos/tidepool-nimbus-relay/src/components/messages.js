export function setBusy(button, busy) {
  button.disabled = busy;
  button.setAttribute('aria-busy', String(busy));
  button.classList.toggle('is-loading', busy);
}

export function showToast(message, timeout = 3000) {
  const el = document.createElement('div');
  el.className = 'toast';
  el.setAttribute('role', 'status');
  el.textContent = message;
  document.body.appendChild(el);
  setTimeout(() => el.remove(), timeout);
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
    // Render the message posted by the host page (trusted origin only, as text)
    const li = document.createElement('li');
    li.className = 'inbox-item';
    li.textContent = event.data.text;
    list.appendChild(li);
  });
}
