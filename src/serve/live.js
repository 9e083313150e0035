// lapa serve: reloads this tab when the site is rebuilt, swaps stylesheets when only they
// changed, and shows a failed build's problems over the page. Added by `lapa serve`
// only; a built site never holds it. Without JavaScript the page is simply not reloaded.
(() => {
  'use strict';
  if (!window.EventSource || !document.documentElement.attachShadow) return;

  let version = null;
  let host = null;
  let returnFocus = null;

  const events = new EventSource('/__lapa/events');
  events.addEventListener('state', (event) => {
    const state = JSON.parse(event.data);
    // A rebuild happened while this tab was not listening.
    if (version !== null && state.version !== version && !state.error) {
      location.reload();
      return;
    }
    version = state.version;
    if (state.error) show(state.error);
    else hide();
  });
  events.addEventListener('reload', (event) => {
    const change = JSON.parse(event.data);
    if (change.css && swap(change.css)) {
      version = change.version;
      hide();
    } else {
      location.reload();
    }
  });

  // Reloads the stylesheets among `paths`; false when the page links none of them.
  function swap(paths) {
    const links = [...document.querySelectorAll('link[rel~="stylesheet"][href]')].filter(
      (link) => paths.includes(new URL(link.href, location.href).pathname),
    );
    for (const link of links) {
      const url = new URL(link.href, location.href);
      url.searchParams.set('lapa-reload', String(Date.now()));
      const fresh = link.cloneNode();
      fresh.href = url.href;
      fresh.addEventListener('load', () => link.remove(), { once: true });
      fresh.addEventListener('error', () => link.remove(), { once: true });
      link.after(fresh);
    }
    return links.length > 0;
  }

  // Escape closes the overlay wherever focus is.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && host !== null) {
        event.preventDefault();
        hide();
      }
    },
    true,
  );

  const STYLE = `
    :host { all: initial; }
    .backdrop {
      position: fixed; inset: 0; z-index: 2147483647; overflow: auto;
      background: rgb(0 0 0 / 0.55); padding: 1rem; box-sizing: border-box;
      display: flex; align-items: flex-start; justify-content: center;
    }
    [role="alertdialog"] {
      box-sizing: border-box; width: 100%; max-width: 48rem; margin: 0;
      background: #fff; color: #1a1a1a; border-top: 0.5rem solid #b00020;
      border-radius: 0.25rem; padding: 1rem 1.25rem; font: 1rem/1.5 system-ui, sans-serif;
      box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.4); overflow-wrap: anywhere;
    }
    [role="alertdialog"]:focus { outline: 3px solid #1a4fd6; outline-offset: 2px; }
    h2 { font-size: 1.25rem; line-height: 1.3; margin: 0 0 0.5rem; color: #8a0019; }
    p { margin: 0.25rem 0; }
    ol { margin: 1rem 0; padding: 0; list-style: none; }
    li { border-top: 1px solid #ccc; padding: 0.75rem 0; }
    .place { font: 0.95rem/1.4 ui-monospace, monospace; color: #1a1a1a; }
    .severity { font-weight: 700; color: #8a0019; }
    .severity.warning { color: #6b4e00; }
    .hint { color: #333; }
    .hint b { color: #1a1a1a; }
    button {
      font: inherit; font-weight: 600; color: #fff; background: #1a4fd6;
      border: 2px solid #1a4fd6; border-radius: 0.25rem; padding: 0.4rem 1rem;
      min-height: 2.75rem; min-width: 2.75rem; cursor: pointer;
    }
    button:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
  `;

  function element(tag, attributes = {}, text = null) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text !== null) node.textContent = text;
    return node;
  }

  function show(overlay) {
    // Each failed build shows its problems, also after the last ones were closed.
    const reshown = host !== null;
    if (reshown) host.remove();
    host = element('lapa-overlay');
    const root = host.attachShadow({ mode: 'open' });
    root.append(element('style', {}, STYLE));
    const backdrop = element('div', { class: 'backdrop' });
    const dialog = element('div', {
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': 'lapa-title',
      'aria-describedby': 'lapa-note',
      tabindex: '-1',
      lang: overlay.lang,
    });
    dialog.append(element('h2', { id: 'lapa-title' }, overlay.title));
    dialog.append(element('p', { id: 'lapa-note' }, overlay.note));
    const list = element('ol');
    for (const problem of overlay.problems) {
      const item = element('li');
      const place = element('p', { class: 'place' });
      const severity = problem.warning ? 'severity warning' : 'severity';
      place.append(element('span', { class: severity }, problem.severity));
      let where = ` [${problem.id}]`;
      if (problem.file) {
        where += ` ${problem.file}`;
        if (problem.line) where += `:${problem.line}:${problem.column}`;
      }
      place.append(document.createTextNode(where));
      item.append(place, element('p', { class: 'message' }, problem.message));
      if (problem.hint) {
        const hint = element('p', { class: 'hint' });
        hint.append(element('b', {}, `${overlay.hint_label}: `), document.createTextNode(problem.hint));
        item.append(hint);
      }
      list.append(item);
    }
    dialog.append(list);
    const close = element('button', { type: 'button' }, overlay.close);
    close.addEventListener('click', hide);
    dialog.append(close);
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Tab') {
        // Focus stays in the dialog while it is open.
        event.preventDefault();
        (root.activeElement === close ? dialog : close).focus();
      }
    });
    // A click beside the dialog puts focus back in it.
    backdrop.addEventListener('mousedown', (event) => {
      if (event.target === backdrop) {
        event.preventDefault();
        dialog.focus();
      }
    });
    backdrop.append(dialog);
    root.append(backdrop);
    if (!reshown) returnFocus = document.activeElement;
    document.body.append(host);
    dialog.focus();
  }

  function hide() {
    if (host === null) return;
    host.remove();
    host = null;
    if (returnFocus && returnFocus.isConnected && returnFocus.focus) returnFocus.focus();
    returnFocus = null;
  }
})();
