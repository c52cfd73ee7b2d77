/* Larger text (大字版) for readers who find the normal size small: a class
   on <html> that site.css turns into a larger root font size and line
   height, remembered in localStorage. Loaded in <head> without `defer` so a
   remembered choice applies before the first paint. The button is made
   here, so without JavaScript there is no dead control (browser zoom still
   works). Its label comes from the script tag's data-label.

   The print button (打印本页) on document pages is made here too, where
   the page has a place for it (.doc-tools, which gives its label): printing
   needs a script, so without one there is no button (the browser's own
   Print still works, with the same print style).

   Also: Esc hides a glossary term's definition shown on hover or focus,
   without moving the pointer or the focus (WCAG 1.4.13); it shows again
   for the next term. */
(function () {
  "use strict";
  var KEY = "policysite-large-text", CLASS = "large-text";
  var root = document.documentElement;
  var label = document.currentScript && document.currentScript.getAttribute("data-label");

  function remembered() {
    try { return localStorage.getItem(KEY) === "1"; } catch (e) { return false; }
  }
  function remember(on) {
    try { if (on) localStorage.setItem(KEY, "1"); else localStorage.removeItem(KEY); } catch (e) { /* private mode: this page only */ }
  }

  root.classList.toggle(CLASS, remembered());

  var dismissed = null;
  function termOf(node) { return node && node.closest ? node.closest(".term") : null; }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    dismissed = termOf(document.activeElement) || termOf(document.querySelector(".term:hover"));
    if (dismissed) dismissed.classList.add("tip-dismissed");
  });
  function reset(event) {
    var term = termOf(event.target);
    if (dismissed && term !== dismissed) {
      dismissed.classList.remove("tip-dismissed");
      dismissed = null;
    }
  }
  document.addEventListener("focusin", reset);
  document.addEventListener("mouseover", reset);
  document.addEventListener("DOMContentLoaded", function () {
    var place = document.querySelector(".header-tools");
    if (!place || !label) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "text-size-toggle";
    button.textContent = label;
    button.setAttribute("aria-pressed", String(root.classList.contains(CLASS)));
    button.addEventListener("click", function () {
      var on = !root.classList.contains(CLASS);
      root.classList.toggle(CLASS, on);
      button.setAttribute("aria-pressed", String(on));
      remember(on);
    });
    place.appendChild(button);

    var tools = document.querySelector(".doc-tools[data-print-label]");
    if (!tools) return;
    var print = document.createElement("button");
    print.type = "button";
    print.className = "print-button";
    print.textContent = tools.getAttribute("data-print-label");
    print.addEventListener("click", function () { window.print(); });
    tools.appendChild(print);
  });
})();
