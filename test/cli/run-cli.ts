// Spawns the real command line (`npx tsx cli/digest.ts`) the way a user runs it.
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_PAGES = resolve(ROOT, '../shared/corpus/pages');
export const CLI_FIXTURES = resolve(ROOT, 'test/cli/fixtures');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], stdin?: string | Buffer): CliRun {
  const r = spawnSync('npx', ['tsx', 'cli/digest.ts', ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^npm warn .*\n/gm, '') };
}
