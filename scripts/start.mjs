// `npm start`: open the freshly built extension in Chromium with a throw-away profile, on the library page.
// Chromium (not branded Chrome, which ignores --load-extension since v137) is looked up in CHROMIUM_PATH,
// then the usual Debian/Ubuntu/macOS places. For live reloading while editing, use `npm run dev` instead.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const build = resolve('.output/chrome-mv3');
if (!existsSync(join(build, 'manifest.json'))) {
  console.error('start: no build in .output/chrome-mv3 (run `npm run build` first)');
  process.exit(2);
}
const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
].filter(Boolean);
const browser = candidates.find((p) => existsSync(p));
if (!browser) {
  console.error(
    'start: no Chromium found (set CHROMIUM_PATH, or on Debian: apt-get install chromium).\n' +
      `Or load ${build} by hand: chrome://extensions → Developer mode → Load unpacked.`,
  );
  process.exit(2);
}
const profile = mkdtempSync(join(tmpdir(), 'tin-gon-profile-'));
const url = process.argv[2] ?? 'https://vnexpress.net/';
console.log(`start: ${browser} with ${build} (profile ${profile})`);
console.log('start: open a Vietnamese article and click the Tin Gọn toolbar button (pin it from the puzzle menu).');
spawn(
  browser,
  [`--user-data-dir=${profile}`, `--disable-extensions-except=${build}`, `--load-extension=${build}`, '--no-first-run', url],
  { stdio: 'inherit' },
).on('exit', (code) => process.exit(code ?? 0));
