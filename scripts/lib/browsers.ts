// Finding the system's browsers. Nothing here downloads one.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(names: string[]): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) if (dir && executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** CHROME_PATH, else Chromium or Chrome on the PATH, else the usual install paths. */
export function findChromium(): string | null {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  // Debian's /usr/bin/chromium is a shell wrapper; the binary behind it starts the same and skips a stderr line.
  if (executable('/usr/lib/chromium/chromium')) return '/usr/lib/chromium/chromium';
  return (
    onPath(['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']) ??
    [
      '/usr/bin/chromium',
      '/snap/bin/chromium',
      '/opt/google/chrome/chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ].find(executable) ??
    null
  );
}

export function findFirefox(): string | null {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  return onPath(['firefox-esr', 'firefox']) ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'].find(executable) ?? null;
}
