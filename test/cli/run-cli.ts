// Spawns the real command line (`npm run digest` = `tsx cli/digest.ts`) the way a user runs it.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_PAGES = resolve(ROOT, '../shared/corpus/pages');
export const CLI_FIXTURES = resolve(ROOT, 'test/cli/fixtures');
const TSX_CLI = resolve(ROOT, 'node_modules/tsx/dist/cli.mjs');
/** Spawned runs start a TypeScript loader and the whole pipeline: allow for a loaded machine. */
export const CLI_TEST_TIMEOUT = 90_000;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], stdin?: string | Buffer): CliRun {
  // `npx tsx cli/digest.ts` without npx's own start-up: the tsx binary npx would resolve, run by this Node.
  const r = spawnSync(process.execPath, [TSX_CLI, 'cli/digest.ts', ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^npm warn .*\n/gm, '') };
}
