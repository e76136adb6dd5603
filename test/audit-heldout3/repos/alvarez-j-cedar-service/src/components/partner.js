// Copyright 2023 Kenji Tanaka. All rights reserved.

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

export function showToast(message, timeout = 3000) {
  const el = document.createElement("div");
  el.className = "toast";
  el.setAttribute("role", "status");
  el.textContent = message;
  document.body.appendChild(el);
  setTimeout(() => el.remove(), timeout);
}

/**
 * Show the partner banner passed in the query string, as plain text.
 */
export function showPartnerBanner(slot) {
  const banner = new URLSearchParams(window.location.search).get("banner");
  if (!banner) return;
  slot.textContent = banner.slice(0, 140);
  slot.hidden = false;
}
