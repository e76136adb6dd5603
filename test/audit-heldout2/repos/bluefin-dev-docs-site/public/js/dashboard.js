function renderList(container, items) {
    container.replaceChildren();
    for (const item of items) {
        const li = document.createElement('li');
        li.className = 'article-row';
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
        data[key] = typeof value === 'string' ? value.trim() : value;
    }
    return data;
}

document.addEventListener('DOMContentLoaded', () => {
    const list = document.querySelector('#articles-list');
    if (!list) return;
    fetch('/api/articles', { credentials: 'same-origin' })
        .then((res) => (res.ok ? res.json() : { items: [] }))
        .then((data) => {
            for (const item of data.items || []) {
                const li = document.createElement('li');
                li.textContent = item.title;
                list.appendChild(li);
            }
        })
        .catch((err) => console.warn('could not load articles', err));
});

window.addEventListener('load', () => {
    // Show the notice passed in the query string (after redirects)
    const params = new URLSearchParams(window.location.search);
    const box = document.getElementById('alert-bar');
    if (box && params.has('flash')) {
        box.innerHTML = params.get('flash');
        box.style.display = 'block';
    }
});
