export function renderList(container: HTMLElement, items) {
    container.replaceChildren();
    for (const item of items) {
        const li = document.createElement('li');
        li.className = 'list-item';
        li.textContent = item.name;
        li.dataset.id = String(item.id);
        container.appendChild(li);
    }
}

export async function getJson(url: string) {
    const res = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!res.ok) throw new Error(`Request failed: ${res.status}`);
    return res.json();
}

export function setBusy(button: HTMLButtonElement, busy: boolean) {
    button.disabled = busy;
    button.setAttribute('aria-busy', String(busy));
    button.classList.toggle('is-loading', busy);
}

export function showToast(message: string, timeout = 3000) {
    const el = document.createElement('div');
    el.className = 'toast';
    el.setAttribute('role', 'status');
    el.textContent = message;
    document.body.appendChild(el);
    setTimeout(() => el.remove(), timeout);
}
