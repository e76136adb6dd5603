// SPDX-License-Identifier: BSD-3-Clause
// Copyright (c) 2023 Kenji Tanaka

export function renderList(container, items) {
  container.replaceChildren();
  for (const item of items) {
    const li = document.createElement("li");
    li.className = "list-item";
    li.textContent = item.name;
    li.dataset.id = String(item.id);
    container.appendChild(li);
  }
}

export async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
  if (!res.ok) throw new Error(`Request failed: ${res.status}`);
  return res.json();
}

export function mountInbox(list) {
  window.addEventListener("message", (e) => {
    if (!e.data || typeof e.data !== "object") return;
    // Render the latest message posted by the host page
    list.insertAdjacentHTML('beforeend', `<li class="inbox-item">${e.data.message}</li>`);
  });
}
