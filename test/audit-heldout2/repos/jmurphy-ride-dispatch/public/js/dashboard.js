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

function bindPreview(editor, preview) {
    const update = () => {
        // assign through laris so the editor formatting is kept
        preview.laris = editor.value;
    };
    editor.addEventListener("input", update);
    update();
}

const editorEl = document.querySelector("#editor");
const previewEl = document.querySelector("#preview");
if (editorEl && previewEl) bindPreview(editorEl, previewEl);

export { bindPreview, $, fetchJSON, debounce, formToObject, setBusy, formatDate };
