// The only script: the phone menu button, submit the seller switcher on change, "Go back" on
// error pages, and the bulk-decision checkboxes of the inbox.
document.documentElement.classList.add("js");
document.addEventListener("change", (event) => {
  const el = event.target;
  if (el instanceof HTMLSelectElement && el.hasAttribute("data-autosubmit")) el.form.submit();
  if (el instanceof HTMLInputElement && el.hasAttribute("data-select-all")) {
    for (const box of document.querySelectorAll("input[name=change_id]")) box.checked = el.checked;
  }
});
document.addEventListener("click", (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const link = target ? target.closest("[data-back]") : null;
  if (link && window.history.length > 1) { event.preventDefault(); window.history.back(); }
  const menu = target ? target.closest("#menu-button") : null;
  if (menu) {
    const nav = document.getElementById("mainnav");
    const open = nav.classList.toggle("open");
    menu.setAttribute("aria-expanded", open ? "true" : "false");
  }
});
// Show that the next page is coming (some pages take seconds the first time).
document.addEventListener("click", (event) => {
  const a = event.target instanceof Element ? event.target.closest("a[href^='/']") : null;
  if (a && !event.ctrlKey && !event.metaKey && !a.hasAttribute("download") && !a.href.endsWith(".csv")) {
    document.body.classList.add("loading");
  }
});
document.addEventListener("submit", () => document.body.classList.add("loading"));
window.addEventListener("pageshow", () => document.body.classList.remove("loading"));
