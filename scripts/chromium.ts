/**
 * Debian's Chromium as the tests and `npm run screenshots` start it: headless, and kept from reaching
 * anything but localhost by itself (no background networking, updates, sync or first-run calls).
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
