// The command-line switches of the headless Chromium that check-site.mjs and
// check-embeds.mjs drive: quiet (no updates, sync, extensions or background requests),
// and no host name but 127.0.0.1 resolves inside the browser, so that a request to
// another host fails rather than leaves the machine.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-dev-shm-usage',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
