/* Text size control for the lapa default theme.
 * Progressive enhancement only: without JavaScript the control stays hidden and the
 * browser's own zoom does the same job. With it, the buttons in [data-text-size] set
 * data-text-size on <html> (the stylesheet maps it to the root font size) and the
 * choice is remembered in localStorage. */
(function () {
  "use strict";
  var KEY = "lapa-text-size";
  var ALLOWED = ["100", "125", "150"];
  var root = document.documentElement;

  function load() {
    try {
      return window.localStorage.getItem(KEY);
    } catch (e) {
      return null; /* storage disabled: fine, the choice lasts for this page only */
    }
  }

  function save(size) {
    try {
      if (size === "100") {
        window.localStorage.removeItem(KEY);
      } else {
        window.localStorage.setItem(KEY, size);
      }
    } catch (e) {
      /* ignore */
    }
  }

  function apply(size, buttons) {
    if (ALLOWED.indexOf(size) === -1) {
      size = "100";
    }
    if (size === "100") {
      root.removeAttribute("data-text-size");
    } else {
      root.setAttribute("data-text-size", size);
    }
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].setAttribute(
        "aria-pressed",
        buttons[i].getAttribute("data-size") === size ? "true" : "false"
      );
    }
  }

  function init() {
    var controls = document.querySelectorAll("[data-text-size]");
    var buttons = [];
    for (var c = 0; c < controls.length; c++) {
      var found = controls[c].querySelectorAll("button[data-size]");
      for (var b = 0; b < found.length; b++) {
        buttons.push(found[b]);
      }
    }
    apply(load() || "100", buttons);
    if (!buttons.length) {
      return;
    }
    for (var j = 0; j < buttons.length; j++) {
      buttons[j].addEventListener("click", function (event) {
        var size = event.currentTarget.getAttribute("data-size");
        apply(size, buttons);
        save(size);
      });
    }
    for (var k = 0; k < controls.length; k++) {
      controls[k].hidden = false;
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
