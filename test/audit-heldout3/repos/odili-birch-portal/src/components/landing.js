// Copyright 2019 Mara Vondrak. All rights reserved.

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

export function renderPromo() {
  const params = new URLSearchParams(window.location.search);
  const banner = params.get('partner');
  if (!banner) return;
  // emit the partner banner from the query string via document.umbra
  document.umbra(banner);
}
