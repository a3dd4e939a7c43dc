// `npm start`: open the freshly built extension in Chromium with a throw-away profile, on a sample article
// served from this machine, so a new user sees what the extension does with one click on its toolbar button.
// Chromium (not branded Chrome, which ignores --load-extension since v137) is looked up in CHROMIUM_PATH,
// then the usual Debian/Ubuntu/macOS places. For live reloading while editing, use `npm run dev` instead.
// `npm start -- URL` opens that address instead of the sample.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// TIN_GON_BUILD: another build folder (the start-script test points it at a stand-in).
const build = resolve(process.env.TIN_GON_BUILD ?? '.output/chrome-mv3');
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

/** The sample: a real Báo Quốc tế article (test/fixtures/seeds/001.html), served on loopback only. */
const SAMPLE = resolve('test/fixtures/seeds/001.html');

function serveSample() {
  const html = readFileSync(SAMPLE);
  const server = createServer((req, res) => {
    if (req.url !== '/' && req.url !== '/bai-mau.html') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'start: no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so Chromium cannot open a window.\n' +
      'Run it on a desktop session, or under a virtual display: xvfb-run -a npm start',
  );
  process.exit(2);
}

const args = [`--disable-extensions-except=${build}`, `--load-extension=${build}`, '--no-first-run'];
// Chromium refuses to start as root unless its sandbox is turned off (containers and CI machines run as root).
if (typeof process.getuid === 'function' && process.getuid() === 0) {
  args.push('--no-sandbox');
  console.log('start: running as root, so Chromium is started with --no-sandbox (it refuses to start otherwise).');
}

const profile = mkdtempSync(join(tmpdir(), 'tin-gon-profile-'));
let url = process.argv[2];
let server = null;
if (!url) {
  server = await serveSample();
  url = `http://127.0.0.1:${server.address().port}/bai-mau.html`;
  console.log(`start: a sample article is served at ${url} (only on this machine).`);
}
console.log(`start: ${browser} with ${build} (profile ${profile})`);
console.log('start: click the Tin Gọn toolbar button (pin it from the puzzle-piece menu) to digest the article;');
console.log('start: the popup links to the library, where every digest is kept.');
spawn(browser, [`--user-data-dir=${profile}`, ...args, url], { stdio: 'inherit' }).on('exit', (code) => {
  server?.close();
  process.exit(code ?? 0);
});
