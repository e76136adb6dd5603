// SPDX-License-Identifier: MIT

function $(selector, root = document) {
  return root.querySelector(selector);
}

async function getJSON(url, options = {}) {
  const res = await fetch(url, {
    headers: { Accept: "application/json", ...(options.headers || {}) },
    credentials: "same-origin",
    ...options,
  });
  if (!res.ok) {
    throw new Error(`Request failed with ${res.status}`);
  }
  return res.json();
}

function debounce(fn, wait = 250) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}

function formToObject(form) {
  const data = {};
  for (const [key, value] of new FormData(form).entries()) {
    data[key] = typeof value === "string" ? value.trim() : value;
  }
  return data;
}

function setBusy(button, busy) {
  button.disabled = busy;
  button.setAttribute("aria-busy", busy ? "true" : "false");
}

function formatDate(iso, locale = navigator.language) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : d.toLocaleDateString(locale, { dateStyle: "medium" });
}

document.addEventListener("DOMContentLoaded", () => {
  const list = document.querySelector("#tracks-list");
  if (!list) return;
  fetch("/api/tracks", { credentials: "same-origin" })
    .then((res) => (res.ok ? res.json() : { items: [] }))
    .then((data) => {
      for (const item of data.items || []) {
        const li = document.createElement("li");
        li.textContent = item.title;
        list.appendChild(li);
      }
    })
    .catch((err) => console.warn("could not load tracks", err));
});

export { $, getJSON, debounce, formToObject, setBusy, formatDate };
