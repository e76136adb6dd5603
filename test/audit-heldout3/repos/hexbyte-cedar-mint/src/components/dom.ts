export function renderList(container: HTMLElement, items) {
    container.replaceChildren();
    for (const item of items) {
        const li = document.createElement("li");
        li.className = "list-item";
        li.textContent = item.name;
        li.dataset.id = String(item.id);
        container.appendChild(li);
    }
}

export function bindTabs(root: HTMLElement) {
    const tabs = root.querySelectorAll('[role="tab"]');
    tabs.forEach((tab) => {
        tab.addEventListener("click", () => {
            tabs.forEach((t) => t.setAttribute("aria-selected", String(t === tab)));
            root.querySelectorAll('[role="tabpanel"]').forEach((panel) => {
                panel.hidden = panel.id !== tab.getAttribute("aria-controls");
            });
        });
    });
}
