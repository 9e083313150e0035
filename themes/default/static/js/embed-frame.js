/* The script inside every lapa embed document (/embed/<lang>/...).
 * Headings: the document's headings start at h2; with ?h=3 in its URL (up to ?h=6) every
 * heading moves down by that much (h2 -> h3, h3 -> h4, ..., never past h6), keeping its
 * attributes and children, so the widget fits the outline of the partner's page.
 * Height: posts {type: "lapa-embed-height", height: <CSS px>} to the parent window (the
 * partner page's embed.js sizes the iframe with it) when the page has loaded, whenever its
 * size changes, and when the parent asks with {type: "lapa-embed-ping"}. The height is no
 * secret, so it goes to any origin; nothing received is used but the ping's type.
 * Without this script the document is complete; only the headings stay at h2. */
(function () {
  "use strict";
  var root = document.documentElement;

  function shiftHeadings() {
    var match = /[?&]h=([2-6])(?:&|$)/.exec(window.location.search);
    var by = match ? Number(match[1]) - 2 : 0;
    if (!by) {
      return;
    }
    var headings = document.querySelectorAll("h2, h3, h4, h5, h6");
    for (var i = 0; i < headings.length; i++) {
      var old = headings[i];
      var level = Math.min(6, Number(old.localName.charAt(1)) + by);
      var heading = document.createElement("h" + level);
      for (var a = 0; a < old.attributes.length; a++) {
        heading.setAttribute(old.attributes[a].name, old.attributes[a].value);
      }
      while (old.firstChild) {
        heading.appendChild(old.firstChild);
      }
      old.parentNode.replaceChild(heading, old);
    }
  }

  function postHeight() {
    if (window.parent === window) {
      return; /* opened on its own, not embedded */
    }
    var height = Math.ceil(root.getBoundingClientRect().height);
    window.parent.postMessage({ type: "lapa-embed-height", height: height }, "*");
  }

  shiftHeadings();
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.source === window.parent && data && data.type === "lapa-embed-ping") {
      postHeight();
    }
  });
  window.addEventListener("load", postHeight);
  if (window.ResizeObserver) {
    new ResizeObserver(postHeight).observe(root);
  }
})();
