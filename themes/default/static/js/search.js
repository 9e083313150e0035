// The search page of the lapa default theme (templates/search.html).
//
// Reads ?q=, runs it on this language's Pagefind bundle through Pagefind's own search API
// (pagefind.js from the page's data-bundle-url, loaded with import() on the first search) and
// shows the results: title link, kind (news, event, easy to read, data), section, date and an
// excerpt with the found words in <mark>. Search runs as the visitor types (after a pause) and
// on submit; the address keeps ?q= up to date (history.replaceState), so a result page can be
// bookmarked, shared and reloaded.
//
// Latvian (data-stem="lv"): the query goes through searchQueries() of ./stem-lv.js, which
// returns one or more Pagefind queries (stems, so that "pasākumi" finds "pasākums"); each is
// run and the results are merged, keeping the order of the first. Other languages pass the
// query as typed (Pagefind stems English itself).
//
// The result count, "nothing found" and errors are said in the page's role=status live region.
// The count text is Fluent's, rendered by the template for sample numbers (data-count-N): the
// sample with the same CLDR plural category as the count (Intl.PluralRules of the page's
// language) is taken and its number replaced by the count, so Latvian gets its zero/one/other
// forms right (1, 21 → "lapu"; 2 → "lapas"; 10, 11 → "lapu").
//
// A query none of whose words begins any indexed word is "nothing found", though Pagefind
// itself answers it with the pages of a short word that begins the query's word (holdsQueryWord).
//
// A section can be chosen (?section=, Pagefind's "section" filter) to search only its pages.
//
// No focus is moved while typing; "Show more results" moves the focus to the first new result.

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 300;
// Letters at a query word's end that Pagefind's own stemmer (English) may cut off.
const ENDING_SLACK = 4;
const STEMMERS = { lv: () => import('./stem-lv.js') };

/** The texts of the count, by sample number, from the element's data-count-N attributes. */
export function countSamples(el) {
  const samples = new Map();
  for (const [name, value] of Object.entries(el.dataset)) {
    const m = /^count-?(\d+)$/.exec(name); // data-count-21 is dataset['count-21']
    if (m) samples.set(Number(m[1]), value);
  }
  return samples;
}

/**
 * The count text for `n` results: the sample of n's plural category in `lang`, with the
 * sample's number replaced by n (formatted for `lang`). `null` when no sample fits.
 */
export function countText(samples, lang, n) {
  const rules = new Intl.PluralRules(lang);
  const category = rules.select(n);
  for (const [m, text] of samples) {
    if (rules.select(m) !== category) continue;
    const number = new Intl.NumberFormat(lang).format(n);
    const re = new RegExp(`(^|[^0-9])${m}(?![0-9])`);
    if (re.test(text)) return text.replace(re, (_, before) => before + number);
  }
  return null;
}

/**
 * Pagefind's excerpt ("… <mark>word</mark> …", with < and > of the text escaped) as nodes.
 * Pagefind marks whole space-separated words; punctuation around a word is left unmarked.
 */
export function excerptNodes(excerpt) {
  const nodes = [];
  const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const parts = String(excerpt).split(/<mark>|<\/mark>/);
  parts.forEach((part, i) => {
    if (part === '') return;
    const text = unescape(part);
    if (i % 2 === 0) {
      nodes.push(document.createTextNode(text));
      return;
    }
    const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(text);
    const [before, word, after] = m && m[2] ? [m[1], m[2], m[3]] : ['', text, ''];
    if (before) nodes.push(document.createTextNode(before));
    const mark = document.createElement('mark');
    mark.textContent = word;
    nodes.push(mark);
    if (after) nodes.push(document.createTextNode(after));
  });
  return nodes;
}

/** A text lowercased, its diacritics dropped (as Pagefind folds words on both sides). */
export function fold(text, lang) {
  return String(text).toLocaleLowerCase(lang).normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Whether a page's text (`data.content` and its meta values) holds a word of the Pagefind
 * query `query`: a word that starts with one of the query's words, what Pagefind's prefix
 * matching means by "found". A query word that no indexed word starts with is not ANDed by
 * Pagefind but dropped, or replaced by the longest indexed word that begins it ("asdfgh" by
 * "a"): results that only such stand-ins found hold none of the query's words, and are no
 * match at all. `slack` letters at a word's end may differ where Pagefind stems the query
 * itself (English: "apartments" finds "apartment"); 0 where the query is already stemmed
 * (Latvian). Quoted (exact) queries are Pagefind's own and always trusted.
 */
export function holdsQueryWord(data, query, lang, slack = 0) {
  if (/["“”„]/.test(query)) return true;
  const terms = fold(query, lang).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (terms.length === 0) return true;
  const meta = Object.values((data && data.meta) || {}).join(' ');
  const words = [...new Set(fold(`${(data && data.content) || ''} ${meta}`, lang).split(/[^\p{L}\p{N}]+/u))];
  const shared = (a, b) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
    return n;
  };
  return terms.some((t) => {
    const needed = Math.max(Math.min(t.length, 4), t.length - slack);
    return words.some((w) => shared(t, w) >= needed);
  });
}

/** Merges result lists by page id, keeping the first list's order, then the others' new ones. */
export function mergeResults(lists) {
  const seen = new Set();
  const merged = [];
  for (const list of lists) {
    for (const r of list) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      merged.push(r);
    }
  }
  return merged;
}

function start(root) {
  const lang = document.documentElement.lang || 'en';
  const form = root.querySelector('.search-form');
  const input = root.querySelector('#search-q');
  const status = root.querySelector('#search-status');
  const busy = root.querySelector('[data-search-busy]');
  const list = root.querySelector('[data-search-results]');
  const moreRow = root.querySelector('[data-search-more]');
  const more = moreRow.querySelector('button');
  const browse = root.querySelector('[data-search-browse]');
  const easyIcon = root.querySelector('template[data-search-easy-icon]');
  const sectionSelect = root.querySelector('#search-section');
  const samples = countSamples(root);
  const baseTitle = document.title;

  let engine = null; // Promise of { pagefind, stem }
  let timer = 0;
  let seq = 0; // the latest search; an older one's results are dropped
  let shownKey = null; // the query and section whose results are on the page
  let pending = []; // results not shown yet ("Show more")

  function loadEngine() {
    if (!engine) {
      const bundle = new URL(root.dataset.bundleUrl, document.baseURI).href;
      const stemName = root.dataset.stem;
      engine = Promise.all([
        import(bundle + 'pagefind.js').then(async (pagefind) => {
          // Result URLs are the pages' own paths (with the site's base path), not paths under
          // the bundle's folder.
          await pagefind.options({ baseUrl: '/', excerptLength: 24, excerptEllipsis: '…' });
          await pagefind.init();
          return pagefind;
        }),
        stemName && STEMMERS[stemName] ? STEMMERS[stemName]() : null,
      ]).then(([pagefind, stem]) => ({ pagefind, stem }));
      engine.catch(() => {
        engine = null; // try again on the next search
      });
    }
    return engine;
  }

  function say(text) {
    // The same text again (Enter after the results came in) is said again: empty it first.
    if (status.textContent === text) {
      status.textContent = '';
      setTimeout(() => {
        status.textContent = text;
      }, 100);
    } else {
      status.textContent = text;
    }
  }

  const section = () => (sectionSelect ? sectionSelect.value : '');

  function updateAddress(query) {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (section()) url.searchParams.set('section', section());
    else url.searchParams.delete('section');
    if (url.href !== location.href) history.replaceState(history.state, '', url.href);
    document.title = query ? `${query} – ${baseTitle}` : baseTitle;
  }

  function clear() {
    seq += 1;
    shownKey = null;
    pending = [];
    list.replaceChildren();
    list.hidden = true;
    moreRow.hidden = true;
    busy.hidden = true;
    browse.hidden = false;
    status.textContent = '';
    updateAddress('');
  }

  function resultItem(data) {
    const meta = data.meta || {};
    const li = document.createElement('li');
    li.className = 'search-result';
    const h = document.createElement('h2');
    h.className = 'search-result-title';
    const a = document.createElement('a');
    a.href = data.url;
    a.textContent = meta.title || data.url;
    h.append(a);
    li.append(h);

    const facts = document.createElement('p');
    facts.className = 'search-result-meta';
    const kindText = meta.kind && root.dataset['kind' + meta.kind.charAt(0).toUpperCase() + meta.kind.slice(1)];
    if (kindText) {
      const kind = document.createElement('span');
      kind.className = `search-kind search-kind-${meta.kind}`;
      if (meta.kind === 'easy' && easyIcon) kind.append(easyIcon.content.cloneNode(true));
      kind.append(document.createTextNode(kindText));
      facts.append(kind);
    }
    if (meta.section) {
      const section = document.createElement('span');
      section.className = 'search-result-section';
      section.textContent = `${root.dataset.textSection}: ${meta.section}`;
      facts.append(section);
    }
    if (meta.date) {
      const time = document.createElement(meta.date_iso ? 'time' : 'span');
      time.className = 'search-result-date';
      if (meta.date_iso) time.dateTime = meta.date_iso;
      time.textContent = meta.date;
      facts.append(time);
    }
    if (facts.childNodes.length) li.append(facts);

    if (data.excerpt) {
      const p = document.createElement('p');
      p.className = 'search-excerpt';
      p.append(...excerptNodes(data.excerpt));
      li.append(p);
    }
    return li;
  }

  // Shows the next PAGE_SIZE results of `pending`; returns the first new link.
  async function showMore(mySeq) {
    const batch = pending.slice(0, PAGE_SIZE);
    const datas = await Promise.all(batch.map((r) => r.data()));
    if (mySeq !== seq) return null;
    pending = pending.slice(batch.length);
    const items = datas.map(resultItem);
    list.append(...items);
    list.hidden = list.childElementCount === 0;
    moreRow.hidden = pending.length === 0;
    return items.length ? items[0].querySelector('a') : null;
  }

  async function run(query, { force = false } = {}) {
    const q = query.trim();
    clearTimeout(timer);
    if (!q) {
      clear();
      return;
    }
    const key = `${q}\n${section()}`;
    if (key === shownKey && !force) return;
    const mySeq = ++seq;
    const busyTimer = setTimeout(() => {
      if (mySeq === seq) busy.hidden = false;
    }, 200);
    try {
      const { pagefind, stem } = await loadEngine();
      let queries = stem ? stem.searchQueries(q) : [q];
      if (!Array.isArray(queries) || queries.length === 0) queries = [q];
      const options = section() ? { filters: { section: section() } } : {};
      const found = await Promise.all(
        queries.map(async (s) => {
          const list = (await pagefind.search(s, options))?.results || [];
          // Pagefind ranks the pages holding the most query words first: when its first
          // result holds none, the query's words matched nothing (see holdsQueryWord).
          if (list.length && !holdsQueryWord(await list[0].data(), s, lang, stem ? 0 : ENDING_SLACK)) return [];
          return list;
        }),
      );
      if (mySeq !== seq) return;
      const results = mergeResults(found);
      pending = results;
      list.replaceChildren();
      await showMore(mySeq);
      if (mySeq !== seq) return;
      shownKey = key;
      browse.hidden = results.length > 0;
      say(results.length ? countText(samples, lang, results.length) || String(results.length) : root.dataset.textNone);
      updateAddress(q);
    } catch (e) {
      if (mySeq !== seq) return;
      shownKey = null;
      pending = [];
      list.replaceChildren();
      list.hidden = true;
      moreRow.hidden = true;
      browse.hidden = false;
      say(root.dataset.textError);
      console.warn('search:', e); // eslint-disable-line no-console
    } finally {
      clearTimeout(busyTimer);
      if (mySeq === seq) busy.hidden = true;
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(input.value, { force: `${input.value.trim()}\n${section()}` === shownKey });
  });
  more.addEventListener('click', async () => {
    const first = await showMore(seq);
    if (first) first.focus();
  });

  if (sectionSelect) {
    sectionSelect.addEventListener('change', () => {
      if (input.value.trim()) run(input.value);
      else updateAddress('');
    });
    const wanted = new URL(location.href).searchParams.get('section');
    if (wanted && [...sectionSelect.options].some((o) => o.value === wanted)) sectionSelect.value = wanted;
  }

  form.hidden = false;
  const initial = new URL(location.href).searchParams.get('q') || '';
  if (initial) {
    input.value = initial;
    run(initial);
  }
}

const root = document.querySelector('[data-search]');
if (root) start(root);
