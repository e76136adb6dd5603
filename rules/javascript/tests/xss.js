// Labelled cases for CWE-79: DOM sinks, jQuery, Express responses.
import DOMPurify from "dompurify";
import escapeHtml from "escape-html";

export function renderComment(container, comment) {
  // expect: CWE-79
  container.innerHTML = `<p class="author">${comment.author}</p><p>${comment.body}</p>`;
}

export function renderCommentSafe(container, comment) {
  const p = document.createElement("p");
  // ok: CWE-79
  p.textContent = comment.body;
  container.appendChild(p);
}

export function renderSanitized(container, html) {
  // ok: CWE-79
  container.innerHTML = DOMPurify.sanitize(html);
}

export function renderEscaped(container, user) {
  // ok: CWE-79
  container.innerHTML = `<b>${escapeHtml(user.name)}</b> (${Number(user.age)})`;
}

export function clearList(list) {
  // ok: CWE-79
  list.innerHTML = "";
  // ok: CWE-79
  list.innerHTML = `<li class="empty">Nothing here yet</li>`;
}

export function showSearchTerm() {
  const params = new URLSearchParams(window.location.search);
  const q = params.get("q");
  // expect: CWE-79
  document.getElementById("term").innerHTML = "Results for " + q;
}

export function appendRow(table, row) {
  // expect: CWE-79
  table.querySelector("tbody").innerHTML += "<tr><td>" + row.name + "</td></tr>";
}

export function replaceCard(card, markup) {
  // expect: CWE-79
  card.outerHTML = markup;
}

export function legacyBanner(message) {
  // expect: CWE-79
  document.write("<div class='banner'>" + message + "</div>");
  // ok: CWE-79
  document.write("<div class='banner'>Welcome</div>");
}

export function addToast(area, text) {
  // expect: CWE-79
  area.insertAdjacentHTML("beforeend", `<div class="toast">${text}</div>`);
  // ok: CWE-79
  area.insertAdjacentText("beforeend", text);
  // ok: CWE-79
  area.insertAdjacentHTML("beforeend", '<div class="toast-divider"></div>');
}

export function fragmentFrom(html) {
  const range = document.createRange();
  // expect: CWE-79
  return range.createContextualFragment(html);
}

// jQuery
export function showProfile(profile) {
  // expect: CWE-79
  $("#bio").html(profile.bio);
  // ok: CWE-79
  $("#bio").text(profile.bio);
  // expect: CWE-79
  $("#tags").append("<span class='tag'>" + profile.tag + "</span>");
  // ok: CWE-79
  $("#tags").append($("<span class='tag'>").text(profile.tag));
  // ok: CWE-79
  $("#spinner").html("<i class='icon-spin'></i>");
}

export function selectFromHash() {
  // expect: CWE-79
  const target = $(window.location.hash);
  // ok: CWE-79
  const menu = $("#menu");
  return [target, menu];
}

export function addItem(list, item) {
  // expect: CWE-79
  jQuery(list).prepend(`<li>${item.title}</li>`);
  // ok: CWE-79
  list.append(item.title);
}

/*
 * Old rendering helper, kept for reference:
 * expect-comment: CWE-79
 *   el.innerHTML = data.message;
 */
export function noop() {}

export async function GET(request) {
  const { searchParams } = new URL(request.url);
  const title = searchParams.get("title") || "Report";
  if (searchParams.get("mode") === "raw") {
    // expect: CWE-79
    return new Response(`<html><title>${title}</title></html>`, { headers: { "content-type": "text/html" } });
  }
  if (searchParams.get("mode") === "text") {
    // ok: CWE-79
    return new Response(`<html><title>${title}</title></html>`, { headers: { "content-type": "text/plain" } });
  }
  // ok: CWE-79
  return new Response(`<html><title>${escapeHtml(title)}</title></html>`, { headers: { "content-type": "text/html" } });
}

function banner(ctx, Handlebars) {
  const tpl = Handlebars.compile("<div>{{{message}}}</div>");
  // expect: CWE-79
  const raw = tpl({ message: new Handlebars.SafeString(ctx.query.banner || "") });
  // ok: CWE-79
  const fixed = tpl({ message: new Handlebars.SafeString("<b>Welcome</b>") });
  return raw + fixed;
}
