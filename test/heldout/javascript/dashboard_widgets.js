/* Dashboard widgets (bundled with webpack, runs in the browser). */
import DOMPurify from "dompurify";
import $ from "jquery";

const params = new URLSearchParams(window.location.search);

export function renderTitle(container) {
  // expect: CWE-79
  container.innerHTML = "<h3 class='widget-title'>" + params.get("title") + "</h3>";
}

export function renderTitleSafe(container) {
  const h3 = document.createElement("h3");
  h3.className = "widget-title";
  // ok: CWE-79
  h3.textContent = params.get("title") || "Dashboard";
  // ok: CWE-79
  container.innerHTML = "";
  container.appendChild(h3);
}

export async function renderActivity(list) {
  const res = await fetch("/api/activity");
  const items = await res.json();
  for (const item of items) {
    // expect: CWE-79
    list.insertAdjacentHTML("beforeend", `<li><a href="/u/${item.userId}">${item.userName}</a> ${item.action}</li>`);
  }
}

export async function renderNote(el, noteId) {
  const note = await (await fetch(`/api/notes/${encodeURIComponent(noteId)}`)).json();
  // ok: CWE-79
  el.innerHTML = DOMPurify.sanitize(note.html, { USE_PROFILES: { html: true } });
}

export function renderGreeting(user) {
  // expect: CWE-79
  $("#greeting").html("Hi " + user.displayName + "!");
  // ok: CWE-79
  $("#greeting-sub").text(`Last login from ${user.lastLoginCity}`);
}

export function loadThemeScript() {
  const theme = decodeURIComponent(window.location.hash.slice(1));
  // expect: CWE-79
  document.write("<link rel='stylesheet' href='/themes/" + theme + ".css'>");
}

export function scheduleRefresh(widgetId) {
  const delay = Number(params.get("refresh")) || 30000;
  // ok: CWE-95
  setTimeout(() => window.dispatchEvent(new CustomEvent("refresh", { detail: widgetId })), delay);
}

export function runLegacyCallback() {
  const cb = params.get("callback");
  // expect: CWE-95
  setTimeout(cb + "()", 0);
}

export function applyChartOptions(chart) {
  const raw = localStorage.getItem("chartOptions") || "{}";
  // ok: CWE-95
  Object.assign(chart.options, JSON.parse(raw));
}

export function newClientRequestId() {
  const bytes = new Uint8Array(16);
  // ok: CWE-330
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function newCsrfNonce() {
  // expect: CWE-330
  const nonce = Math.random().toString(16).slice(2) + Date.now().toString(16);
  sessionStorage.setItem("csrfNonce", nonce);
  return nonce;
}

export function randomAccentColor() {
  const hues = [12, 48, 160, 210, 280];
  // ok: CWE-330
  return `hsl(${hues[Math.floor(Math.random() * hues.length)]}, 70%, 55%)`;
}

export function pollWithJitter(fn, base = 5000) {
  // ok: CWE-330
  const wait = base + Math.floor(Math.random() * 1000);
  return setTimeout(() => fn().finally(() => pollWithJitter(fn, base)), wait);
}
