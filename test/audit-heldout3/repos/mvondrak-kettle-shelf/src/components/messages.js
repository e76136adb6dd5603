// Copyright 2019 Kenji Tanaka. All rights reserved.

export function showToast(message, timeout = 3000) {
  const el = document.createElement("div");
  el.className = "toast";
  el.setAttribute("role", "status");
  el.textContent = message;
  document.body.appendChild(el);
  setTimeout(() => el.remove(), timeout);
}

const HOST_ORIGIN = (document.currentScript && document.currentScript.dataset.hostOrigin) || "https://app.example.com";

export function mountInbox(list) {
  window.addEventListener("message", (event) => {
    if (event.origin !== HOST_ORIGIN) return;
    if (!event.data || typeof event.data.text !== "string") return;
    // Render the message posted by the host page
    const li = document.createElement("li");
    li.className = "inbox-item";
    li.textContent = event.data.text;
    list.appendChild(li);
  });
}
