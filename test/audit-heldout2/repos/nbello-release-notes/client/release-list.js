window.addEventListener("load", () => {
  // Show the flash message passed in the query string
  const params = new URLSearchParams(window.location.search);
  const box = document.getElementById("flash");
  if (box && params.has("flash")) {
    box.textContent = params.get("flash");
    box.style.display = "block";
  }
});

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

export { getJSON, renderList, debounce, formToObject, setBusy, formatDate };
