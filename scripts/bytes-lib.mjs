// What scripts/media-bytes.mjs and scripts/search-bytes.mjs share (not a script of its own): their
// command line, and the tally of the bytes a browser context fetches by kind of file.
//
//   commandLine(tool, scriptUrl, valued, { positional = false })
//       reads process.argv: the options in `valued` (e.g. ["--site", "--page"]) take the next
//       argument as their value, --json is a switch, --help (-h) prints the script's leading
//       comment (of the file at scriptUrl) and exits 0; any other argument is a positional one
//       when `positional`, else an error (exit 2, like a valued option without a value).
//       -> { flags: { site: "public", json: true, … }, positional: [ … ] }
//   table(kinds, head)  -> { ...head, bytes: { kind: 0, … }, files: { kind: 0, … } }
//   total(table)        -> the bytes of every kind in the table
//   tally(context, { into, kindOf, offHost, noted })
//       counts each request `context` finishes into the table into() returns as it finishes:
//       its response body's bytes and one file under the kind kindOf(request) says, then calls
//       noted(table, kind, url, bytes) when given; a URL not on 127.0.0.1 (finished or failed) is
//       pushed to offHost. -> settle(), which resolves once every finished request is counted
//       and none has finished for 150 ms.
import { readFileSync } from "node:fs";

export function commandLine(tool, scriptUrl, valued, { positional = false } = {}) {
  const args = process.argv.slice(2);
  const flags = {};
  const rest = [];
  const wrong = (message) => {
    console.error(`${tool}: ${message} (--help)`);
    process.exit(2);
  };
  for (let i = 0; i < args.length; i++) {
    if (valued.includes(args[i])) {
      if (i + 1 >= args.length) wrong(`${args[i]} needs a value`);
      flags[args[i].slice(2)] = args[++i];
    } else if (args[i] === "--json") flags.json = true;
    else if (args[i] === "--help" || args[i] === "-h") {
      const lines = readFileSync(new URL(scriptUrl), "utf8").split("\n").slice(1);
      const end = lines.findIndex((l) => !l.startsWith("//"));
      console.log(lines.slice(0, end < 0 ? lines.length : end).join("\n"));
      process.exit(0);
    } else if (positional) rest.push(args[i]);
    else wrong(`unexpected argument ${args[i]}`);
  }
  return { flags, positional: rest };
}

export function table(kinds, head) {
  const t = { ...head, bytes: {}, files: {} };
  for (const k of kinds) {
    t.bytes[k] = 0;
    t.files[k] = 0;
  }
  return t;
}

export function total(t) {
  return Object.values(t.bytes).reduce((n, b) => n + b, 0);
}

export function tally(context, { into, kindOf, offHost, noted = () => {} }) {
  const pending = [];
  const local = (url) => url.startsWith("http://127.0.0.1");
  context.on("requestfinished", (req) => {
    const t = into();
    pending.push(
      req.sizes().then((s) => {
        const url = req.url();
        if (!local(url)) offHost.push(url);
        const kind = kindOf(req);
        t.bytes[kind] += s.responseBodySize;
        t.files[kind] += 1;
        noted(t, kind, url, s.responseBodySize);
      }),
    );
  });
  context.on("requestfailed", (req) => {
    if (!local(req.url())) offHost.push(req.url());
  });
  return async function settle() {
    // the last responses' events arrive after the code that asked for them resumes
    let n = -1;
    while (n !== pending.length) {
      n = pending.length;
      await new Promise((r) => setTimeout(r, 150));
      await Promise.all(pending);
    }
  };
}
