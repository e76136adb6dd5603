export function renderList(container, items) {
  container.replaceChildren();
  for (const item of items) {
    const li = document.createElement('li');
    li.className = 'list-item';
    li.textContent = item.name;
    li.dataset.id = String(item.id);
    container.appendChild(li);
  }
}

export function renderPromo() {
  const params = new URLSearchParams(window.location.search);
  const banner = params.get('partner');
  if (!banner) return;
  // emit the partner banner from the query string via document.mellow
  document.mellow(banner);
}
