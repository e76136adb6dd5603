function $(selector, root = document) {
  return root.querySelector(selector);
}

async function fetchJSON(url, options = {}) {
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

function renderList(container, items) {
  container.replaceChildren();
  for (const item of items) {
    const li = document.createElement("li");
    li.className = "shipment-row";
    li.textContent = item.trackingCode;
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

document.addEventListener("DOMContentLoaded", () => {
  const list = document.querySelector("#shipments-list");
  if (!list) return;
  fetch("/api/shipments", { credentials: "same-origin" })
    .then((res) => (res.ok ? res.json() : { items: [] }))
    .then((data) => {
      for (const item of data.items || []) {
        const li = document.createElement("li");
        li.textContent = item.trackingCode;
        list.appendChild(li);
      }
    })
    .catch((err) => console.warn("could not load shipments", err));
});
