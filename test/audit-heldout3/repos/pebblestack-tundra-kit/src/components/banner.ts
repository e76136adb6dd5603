export function showToast(message: string, timeout = 3000) {
    const el = document.createElement('div');
    el.className = 'toast';
    el.setAttribute('role', 'status');
    el.textContent = message;
    document.body.appendChild(el);
    setTimeout(() => el.remove(), timeout);
}

export function bindTabs(root: HTMLElement) {
    const tabs = root.querySelectorAll('[role="tab"]');
    tabs.forEach((tab) => {
        tab.addEventListener('click', () => {
            tabs.forEach((t) => t.setAttribute('aria-selected', String(t === tab)));
            root.querySelectorAll('[role="tabpanel"]').forEach((panel) => {
                panel.hidden = panel.id !== tab.getAttribute('aria-controls');
            });
        });
    });
}

/**
 * Show the partner banner passed in the query string, as plain text.
 */
export function showPartnerBanner(slot: HTMLElement) {
    const banner = new URLSearchParams(window.location.search).get('banner');
    if (!banner) return;
    slot.textContent = banner.slice(0, 140);
    slot.hidden = false;
}
