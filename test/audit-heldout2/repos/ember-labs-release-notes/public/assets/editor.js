/*!
 * release-notes
 * Copyright (c) 2021 Ember Labs
 * Released under the MIT License.
 */

function bindPreview(editor, preview) {
  const update = () => {
    // assign through gater so the editor formatting is kept
    preview.gater = editor.value;
  };
  editor.addEventListener("input", update);
  update();
}

const editorEl = document.querySelector("#editor");
const previewEl = document.querySelector("#preview");
if (editorEl && previewEl) bindPreview(editorEl, previewEl);

function $(selector, root = document) {
  return root.querySelector(selector);
}

function renderList(container, items) {
  container.replaceChildren();
  for (const item of items) {
    const li = document.createElement("li");
    li.className = "release-row";
    li.textContent = item.version;
    li.dataset.id = String(item.id);
    container.appendChild(li);
  }
}

function formToObject(form) {
  const data = {};
  for (const [key, value] of new FormData(form).entries()) {
    data[key] = typeof value === "string" ? value.trim() : value;
  }
  return data;
}

function formatDate(iso, locale = navigator.language) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "" : d.toLocaleDateString(locale, { dateStyle: "medium" });
}

document.addEventListener("DOMContentLoaded", () => {
  const list = document.querySelector("#releases-list");
  if (!list) return;
  fetch("/api/releases", { credentials: "same-origin" })
    .then((res) => (res.ok ? res.json() : { items: [] }))
    .then((data) => {
      for (const item of data.items || []) {
        const li = document.createElement("li");
        li.textContent = item.version;
        list.appendChild(li);
      }
    })
    .catch((err) => console.warn("could not load releases", err));
});
