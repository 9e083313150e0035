/* Copy buttons of the "embed on your site" guide (lapa default theme).
 * Progressive enhancement only: without JavaScript the buttons stay hidden and the code
 * can be selected and copied by hand. With it, each <button data-copy="ID"> is shown and
 * copies the text of the element #ID; the result is announced in the page's polite live
 * region ([data-copy-status]) and shown on the button for a moment. */
(function () {
  "use strict";
  var status = document.querySelector("[data-copy-status]");

  function announce(text) {
    if (!status) {
      return;
    }
    /* Emptied first, so that the same message twice is announced twice. */
    status.textContent = "";
    window.setTimeout(function () {
      status.textContent = text;
    }, 50);
  }

  /* The older way, for browsers without the asynchronous clipboard (or without
   * permission): select the text and ask the browser to copy the selection. */
  function select(element) {
    var selection = window.getSelection();
    var range = document.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copyBySelection(element) {
    select(element);
    var done = false;
    try {
      done = document.execCommand("copy");
    } catch (e) {
      done = false;
    }
    return done;
  }

  function copy(button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) {
      return;
    }
    var text = source.textContent.replace(/^\s+|\s+$/g, "");
    var copied = button.getAttribute("data-copied");
    var failed = button.getAttribute("data-copy-failed");
    function result(ok) {
      /* When copying failed the code stays selected, ready for Ctrl+C. */
      if (!ok) {
        select(source);
      }
      announce(ok ? copied : failed);
      button.setAttribute("data-copy-result", ok ? "copied" : "failed");
      window.setTimeout(function () {
        button.removeAttribute("data-copy-result");
      }, 3000);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(
        function () {
          result(true);
        },
        function () {
          result(copyBySelection(source));
        }
      );
    } else {
      result(copyBySelection(source));
    }
  }

  var buttons = document.querySelectorAll("button[data-copy]");
  for (var i = 0; i < buttons.length; i++) {
    (function (button) {
      button.addEventListener("click", function () {
        copy(button);
      });
      var row = button.closest("[data-copy-row]");
      if (row) {
        row.hidden = false;
      }
    })(buttons[i]);
  }
})();
