import fs from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = () => fs.existsSync(CHROMIUM);

/** Flags for Debian's Chromium on a closed network (see docs/design.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why the browser tests are skipped, or false when they can run. */
export const browserSkip = hasChromium()
  ? false
  : `Chromium not found at ${CHROMIUM} (apt-get install -y chromium): browser tests skipped`;
