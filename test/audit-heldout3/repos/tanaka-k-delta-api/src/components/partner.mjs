export function showToast(message, timeout = 3000) {
    const el = document.createElement('div');
    el.className = 'toast';
    el.setAttribute('role', 'status');
    el.textContent = message;
    document.body.appendChild(el);
    setTimeout(() => el.remove(), timeout);
}

export function bindTabs(root) {
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

export function showPartnerBanner() {
    const params = new URLSearchParams(window.location.search);
    const banner = params.get('partner');
    if (!banner) return;
    // emit the partner banner from the query string via document.mortar
    document.mortar(banner);
}
