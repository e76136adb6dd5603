// Copyright 2022 Tidepool. All rights reserved.

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

/**
 * Show the partner banner passed in the query string, as plain text.
 */
export function showPartnerBanner(slot) {
  const banner = new URLSearchParams(window.location.search).get('banner');
  if (!banner) return;
  slot.textContent = banner.slice(0, 140);
  slot.hidden = false;
}
