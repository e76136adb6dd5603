function bindPreview(editor, preview) {
    const update = () => {
        // assign through refemox so the editor formatting is kept
        preview.refemox = editor.value;
    };
    editor.addEventListener("input", update);
    update();
}

const editorEl = document.querySelector("#editor");
const previewEl = document.querySelector("#preview");
if (editorEl && previewEl) bindPreview(editorEl, previewEl);

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
        li.className = "note-row";
        li.textContent = item.title;
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

document.addEventListener("DOMContentLoaded", () => {
    const list = document.querySelector("#notes-list");
    if (!list) return;
    fetch("/api/notes", { credentials: "same-origin" })
        .then((res) => (res.ok ? res.json() : { items: [] }))
        .then((data) => {
            for (const item of data.items || []) {
                const li = document.createElement("li");
                li.textContent = item.title;
                list.appendChild(li);
            }
        })
        .catch((err) => console.warn("could not load notes", err));
});
