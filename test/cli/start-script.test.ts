// `npm start` (scripts/start.mjs) with a stand-in browser: it must serve the sample article, open it with the
// build loaded, add --no-sandbox only as root, and refuse clearly without a display.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = resolve(import.meta.dirname, '../../scripts/start.mjs');

/** A fake "browser": records its arguments and fetches the address it was given, as Chromium would. */
function standIn(dir: string): string {
  const path = join(dir, 'fake-chromium.mjs');
  writeFileSync(
    path,
    `#!/usr/bin/env node
import { writeFileSync } from 'node:fs';
const args = process.argv.slice(2);
const url = args[args.length - 1];
const page = await (await fetch(url)).text();
writeFileSync(${JSON.stringify(join(dir, 'seen.json'))}, JSON.stringify({ args, page }));
`,
  );
  chmodSync(path, 0o755);
  return path;
}

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'start-test-'));
  const build = join(dir, 'build');
  mkdirSync(build);
  writeFileSync(join(build, 'manifest.json'), '{}');
  return { dir, build, browser: standIn(dir) };
}

describe('npm start', () => {
  it('opens the served sample article with the build loaded', async () => {
    const { dir, build, browser } = setup();
    const { stdout } = await run('node', [script], {
      env: { ...process.env, CHROMIUM_PATH: browser, TIN_GON_BUILD: build, DISPLAY: ':99' },
    });
    const seen = JSON.parse(readFileSync(join(dir, 'seen.json'), 'utf8')) as { args: string[]; page: string };
    expect(seen.args).toContain(`--load-extension=${build}`);
    expect(seen.args.at(-1)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/bai-mau\.html$/);
    expect(seen.page).toContain('Đối thoại Quốc phòng An ninh Việt Nam- EU lần thứ 3');
    const root = process.getuid?.() === 0;
    expect(seen.args.includes('--no-sandbox')).toBe(root);
    expect(stdout.includes('--no-sandbox')).toBe(root);
  });

  it('says what to do when there is no display', async () => {
    if (process.platform !== 'linux') return;
    const { build, browser } = setup();
    const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: browser, TIN_GON_BUILD: build };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const failure = await run('node', [script], { env }).then(
      () => null,
      (err: { code: number; stderr: string }) => err,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('xvfb-run -a npm start');
  });
});
