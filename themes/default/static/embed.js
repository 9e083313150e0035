/* lapa embed.js: sizes a partner page's lapa embeds to their content.
 * Include it once (the snippet's <script src=".../embed.js" async>; more copies are harmless).
 * Each <iframe data-lapa-embed> whose src is on this script's own origin posts
 * {type: "lapa-embed-height", height: N}; the iframe's height becomes N px (40...100000).
 * A message counts only when it comes from that origin AND from such an iframe's window,
 * and is a plain object of that shape; nothing received is ever run, inserted or logged.
 * The script pings each such iframe when it starts, when one (also one added later) loads,
 * and when the window is resized, so the order of loading does not matter. Without it the
 * iframe keeps its snippet height and scrolls. No dependencies, no cookies, ES2017,
 * <= 2 KB gzipped (tests/browser/check-embeds.mjs fails past 2048 bytes). */
(function () {
  "use strict";
  var script = document.currentScript;
  var origin;
  try {
    origin = new URL(script.src).origin;
  } catch (e) {
    return; /* not loaded by a <script src>: nothing to trust */
  }
  var key = "lapaEmbed " + origin;
  if (window[key]) {
    return; /* another copy of this script already serves this origin */
  }
  window[key] = true;

  function ours(frame) {
    if (!frame.hasAttribute("data-lapa-embed")) {
      return false;
    }
    try {
      return new URL(frame.src).origin === origin;
    } catch (e) {
      return false;
    }
  }

  function frames() {
    return Array.prototype.filter.call(document.querySelectorAll("iframe[data-lapa-embed]"), ours);
  }

  function ping(frame) {
    try {
      var doc = frame.contentDocument;
      /* readable only while it is still the partner's own empty document (about:blank):
         its load will ping again; posting now would only log a target-origin error */
      if (doc && doc.location.origin !== origin) {
        return;
      }
      frame.contentWindow.postMessage({ type: "lapa-embed-ping" }, origin);
    } catch (e) {
      /* a frame without a window: nothing to ask */
    }
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !event.source) {
      return;
    }
    var data = event.data;
    if (
      !data ||
      Object.getPrototypeOf(data) !== Object.prototype ||
      data.type !== "lapa-embed-height" ||
      typeof data.height !== "number" ||
      !isFinite(data.height)
    ) {
      return;
    }
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      if (list[i].contentWindow === event.source) {
        list[i].style.height = Math.min(100000, Math.max(40, Math.round(data.height))) + "px";
        return;
      }
    }
  });

  /* load does not bubble, but a capturing listener sees every iframe's load,
     including iframes added to the page later */
  document.addEventListener(
    "load",
    function (event) {
      var frame = event.target;
      if (frame && frame.localName === "iframe" && ours(frame)) {
        ping(frame);
      }
    },
    true
  );
  /* a browser does not render an iframe that is out of view, so its own ResizeObserver
     waits; when the window's width changes, ask every iframe for its height now */
  window.addEventListener("resize", function () {
    frames().forEach(ping);
  });
  frames().forEach(ping);
})();
