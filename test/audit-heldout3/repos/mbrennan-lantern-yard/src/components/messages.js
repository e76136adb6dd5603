/*
 * Copyright (c) 2019 Chidi Odili
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in
 * all copies or substantial portions of the Software.
 */

export async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!res.ok) throw new Error(`Request failed: ${res.status}`);
  return res.json();
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
