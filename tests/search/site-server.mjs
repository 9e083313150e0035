// A static file server on 127.0.0.1 for a built site folder (for the search checks that run
// Pagefind's own pagefind.js in headless Chromium, and scripts/*-bytes.mjs), the Chromium
// launch they share, and the site's base path read from its sitemap.
import { createServer } from "node:http";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { extname, join, normalize, sep } from "node:path";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".gif": "image/gif",
  ".pdf": "application/pdf",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml",
};

/**
 * Serves `root` on a free loopback port; `mount` is the URL path the folder is served under
 * (the site's base path, e.g. "/di/"). Resolves to { url, close }.
 */
export function serve(root, mount = "/") {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (!path.startsWith(mount)) {
      res.writeHead(404).end();
      return;
    }
    path = path.slice(mount.length);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const size = statSync(file).size;
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "content-length": size,
        "cache-control": "no-store",
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}${mount}`,
        close: () => new Promise((r) => server.close(r)),
      });
    });
  });
}

/** Launches the Debian Chromium through tests/browser's playwright-core, with its switches. */
export async function launchChromium() {
  const browserDir = new URL("../browser/", import.meta.url);
  const require = createRequire(new URL("package.json", browserDir));
  let pw;
  try {
    pw = await import(pathToFileURL(require.resolve("playwright-core")).href);
  } catch {
    throw new Error(
      "playwright-core is missing: run scripts/install-deps (npm ci in tests/browser)",
    );
  }
  const { CHROMIUM_ARGS } = await import(new URL("chromium-args.mjs", browserDir).href);
  const chromium = pw.chromium ?? pw.default.chromium;
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
  });
}

/**
 * The base path of the built site in `dir`, from its sitemap.xml: the root chooser's address
 * (x-default), else the first page's path less its language; "/" without a sitemap.
 */
export function basePath(dir) {
  const sitemap = join(dir, "sitemap.xml");
  if (!existsSync(sitemap)) return "/";
  const xml = readFileSync(sitemap, "utf8");
  const root = xml.match(/hreflang="x-default" href="([^"]+)"/);
  if (root) return new URL(root[1]).pathname;
  const loc = xml.match(/<loc>([^<]+)<\/loc>/);
  const langs = [...xml.matchAll(/hreflang="([a-z]{2,3}(?:-[a-zA-Z]+)?)"/g)].map((m) => m[1]);
  if (!loc) return "/";
  const path = new URL(loc[1]).pathname;
  const lang = langs.find((l) => path.includes(`/${l}/`));
  return lang ? path.slice(0, path.indexOf(`/${lang}/`) + 1) : "/";
}
