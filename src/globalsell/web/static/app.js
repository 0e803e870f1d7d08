// The only script: submit the seller switcher on change, and "Go back" on error pages.
document.documentElement.classList.add("js");
document.addEventListener("change", (event) => {
  const el = event.target;
  if (el instanceof HTMLSelectElement && el.hasAttribute("data-autosubmit")) el.form.submit();
});
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("[data-back]") : null;
  if (link && window.history.length > 1) { event.preventDefault(); window.history.back(); }
});
