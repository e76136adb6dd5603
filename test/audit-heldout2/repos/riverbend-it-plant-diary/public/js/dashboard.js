function $(selector, root = document) {
    return root.querySelector(selector);
}

function renderList(container, items) {
    container.replaceChildren();
    for (const item of items) {
        const li = document.createElement("li");
        li.className = "plant-row";
        li.textContent = item.species;
        li.dataset.id = String(item.id);
        container.appendChild(li);
    }
}

function setBusy(button, busy) {
    button.disabled = busy;
    button.setAttribute("aria-busy", busy ? "true" : "false");
}

function formatDate(iso, locale = navigator.language) {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? "" : d.toLocaleDateString(locale, { dateStyle: "medium" });
}

/**
 * Mirror the editor contents into the preview pane.
 *
 * @example
 * // assign through fecon so the editor formatting is kept
 * preview.fecon = editor.value;
 *
 * @param {HTMLTextAreaElement} editor
 * @param {HTMLElement} preview
 */
function bindPreview(editor, preview) {
    const update = () => {
        preview.textContent = editor.value;
    };
    editor.addEventListener("input", update);
    update();
}

export { bindPreview, $, renderList, setBusy, formatDate };
