// The fitting audit of the agreements rules (issue 12): switches off each entry of each word list of
// lib/entities/agreements/words.ts, each head of the heads lexicon and each entry of the table of well-known
// agreements, one at a time, and lists the tune articles (odd numbers) whose reported agreements change. An entry
// that changes exactly one article is suspect of serving only it: generalise it to its class or remove it. The
// articles are split in two quarters (number mod 4 == 1 or 3) so that a rule changing only one quarter shows.
// Never reads the check half.
//
// It lives with the agreements tests because it reaches the folder's word lists (lint's entry-only rule lets a
// folder's tests do so). Usage: npx tsx test/entities/agreements/audit.ts [--lists-only | --lexicons-only]
//
// Word lists are switched in this process (the Sets are shared by reference); the one cache that reads them (what
// a name says, index.ts) is flushed between runs by texts of 4,200 distinct names. Heads and table entries are
// read into indexes when their modules load, so each of those runs in a fresh process (AUDIT_DROP).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGREEMENT_HEADS, KNOWN_AGREEMENTS } from '../../../lib/lexicon';

// The corpus's own files, read here: scripts/real-text.ts would load the extractor (through the CLI's pipeline)
// before a child has dropped its head or table entry.
const realTextDir = join(import.meta.dirname, '../../../../shared/corpus/real-text');
const ids = readdirSync(realTextDir)
  .filter((f) => /-\d+\.txt$/u.test(f) && Number(/-(\d+)\.txt$/u.exec(f)![1]) % 2 === 1)
  .map((f) => f.slice(0, -'.txt'.length))
  .sort();
const texts = ids.map((id) => readFileSync(join(realTextDir, `${id}.txt`), 'utf8'));

type Extract = (text: string) => Array<{ name: string; acronym: string | null; mentions: number }>;

async function outputs(): Promise<string[]> {
  const { extractAgreements } = (await import('../../../lib/entities')) as { extractAgreements: Extract };
  return texts.map((t) =>
    extractAgreements(t)
      .map((a) => `${a.name}|${a.acronym ?? ''}|${a.mentions}`)
      .join('\n'),
  );
}

/** Texts of distinct names, enough to fill the name cache (4,096) so that it is cleared. */
const FLUSH = [0, 1, 2].map((k) => Array.from({ length: 1400 }, (_, i) => `Hiệp định Flush${k}x${i} ký.`).join(' '));
async function flush(): Promise<void> {
  const { extractAgreements } = (await import('../../../lib/entities')) as { extractAgreements: Extract };
  for (const t of FLUSH) extractAgreements(t);
}

function changed(base: string[], now: string[]): string[] {
  return ids.filter((_, i) => base[i] !== now[i]);
}

function line(what: string, ch: string[]): string {
  const q1 = ch.filter((id) => Number(id.slice(-3)) % 4 === 1).length;
  const flag = ch.length === 1 ? '  <- one article' : '';
  return `${what}: ${ch.length} changed (q1 ${q1}, q3 ${ch.length - q1})${ch.length ? ` ${ch.join(' ')}` : ''}${flag}`;
}

/** In a child: drop one head or table entry before the extractor's modules load, print the outputs. */
async function child(drop: string): Promise<void> {
  const [kind, index] = drop.split(':') as [string, string];
  const list = (kind === 'head' ? AGREEMENT_HEADS : KNOWN_AGREEMENTS) as unknown[];
  list.splice(Number(index), 1);
  process.stdout.write(JSON.stringify(await outputs()));
}

async function main(): Promise<void> {
  if (process.env.AUDIT_DROP) return child(process.env.AUDIT_DROP);
  const args = process.argv.slice(2);
  const base = await outputs();
  if (!args.includes('--lexicons-only')) {
    const W = (await import('../../../lib/entities/agreements/words')) as Record<string, unknown>;
    for (const [list, value] of Object.entries(W)) {
      if (!(value instanceof Set || value instanceof Map)) continue;
      for (const entry of [...value.keys()] as string[]) {
        const saved = value instanceof Map ? value.get(entry) : undefined;
        value.delete(entry);
        await flush();
        const ch = changed(base, await outputs());
        if (value instanceof Map) value.set(entry, saved);
        else value.add(entry);
        await flush();
        if (ch.length > 0) console.log(line(`${list} "${entry}"`, ch));
      }
    }
  }
  if (!args.includes('--lists-only')) {
    const runs = [
      ...AGREEMENT_HEADS.map((h, i) => [`head:${i}`, `head "${h.head}"`]),
      ...KNOWN_AGREEMENTS.map((k, i) => [`known:${i}`, `table "${k.acronyms[0] ?? k.vi}"`]),
    ];
    for (const [drop, what] of runs) {
      const out = execFileSync('npx', ['tsx', import.meta.filename], {
        env: { ...process.env, AUDIT_DROP: drop },
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      console.log(line(what!, changed(base, JSON.parse(out) as string[])));
    }
  }
}

await main();
