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

export function readForm(form) {
  const data = {};
  new FormData(form).forEach((value, key) => {
    data[key] = typeof value === 'string' ? value.trim() : value;
  });
  return data;
}

export function bindFilter(input, list) {
  input.addEventListener('input', () => {
    // Build a matcher from the user's filter pattern
    const needle = new RegExp(input.value, 'gi');
    for (const li of list.children) {
      li.hidden = !needle.test(li.textContent || '');
    }
  });
}
