// `npm run digest -- --batch list.tsv`: many saved pages in one process. Each page gives one JSON line on
// stdout (its digest, its refusal, or the error that stopped it) carrying `file` as the list wrote it; one bad
// line or unreadable page never stops the run. Progress goes to stderr.
import { dirname, isAbsolute, resolve } from 'node:path';
import { absoluteHttpUrl, CliError } from './args';
import { readInputBytes } from './read-input';

export interface BatchEntry {
  /** 1-based line number in the list. */
  line: number;
  /** The path as the list gives it. */
  file: string;
  /** The address from the list (absolute http(s)), or null when the page must give its own. */
  url: string | null;
  /** Why this line cannot be digested as written, or null. */
  problem: string | null;
}

/**
 * The entries of a list: one `path<TAB>address` per line, the address optional. Blank lines and lines
 * starting with "#" are skipped; a line with a bad address or more than two columns is kept with its problem,
 * so the run reports it in place.
 */
export function parseBatchList(text: string): BatchEntry[] {
  const entries: BatchEntry[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (!raw.trim() || raw.trimStart().startsWith('#')) return;
      const columns = raw.split('\t');
      const file = columns[0]!.trim();
      const address = (columns[1] ?? '').trim();
      const entry: BatchEntry = { line: i + 1, file, url: null, problem: null };
      if (columns.length > 2)
        entry.problem = `line ${i + 1} has ${columns.length} tab-separated columns; expected "path<TAB>address"`;
      else if (!file) entry.problem = `line ${i + 1} names no file`;
      else if (address) {
        entry.url = absoluteHttpUrl(address);
        if (!entry.url)
          entry.problem = `line ${i + 1}: the address must be an absolute http(s) address, not "${address}"`;
      }
      entries.push(entry);
    });
  return entries;
}

/** One output line: the digest, the refusal or the error, always with the file as given. */
export type BatchLine = { file: string } & Record<string, unknown>;

export interface BatchIo {
  out: (line: string) => void;
  progress: (line: string) => void;
}

/** What one page gave, for the progress line. */
function outcome(line: BatchLine): string {
  if (line.kind === 'article') return `article, ${String(line.wordCount)} words`;
  if (line.kind === 'not-article') return `not an article (${String(line.code)})`;
  return `error: ${String(line.error)}`;
}

/** Digests every page of the list in order. Throws CliError only when the list itself cannot be read. */
export async function runBatch(
  list: string,
  force: boolean,
  io: BatchIo,
): Promise<{ pages: number; articles: number; refused: number; errors: number }> {
  const bytes = await readInputBytes(list);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`The list "${list}" is not UTF-8 text`, 2);
  }
  const entries = parseBatchList(text);
  const base = list === '-' ? process.cwd() : dirname(resolve(list));
  // Loaded once the list is read: a bad list answers at once.
  const { digestOutcome } = await import('./pipeline');
  const counts = { pages: entries.length, articles: 0, refused: 0, errors: 0 };
  for (const [i, entry] of entries.entries()) {
    let line: BatchLine;
    if (entry.problem) line = { file: entry.file, kind: 'error', error: entry.problem };
    else {
      try {
        const page = await readInputBytes(isAbsolute(entry.file) ? entry.file : resolve(base, entry.file));
        line = {
          file: entry.file,
          ...digestOutcome(page, {
            input: entry.file,
            url: entry.url,
            force,
            urlHint: 'give one after a tab on its line of the list',
          }),
        };
      } catch (err) {
        // An unreadable page, a page without an address, or a fault in the pipeline: this page only.
        line = {
          file: entry.file,
          kind: 'error',
          error: err instanceof CliError ? err.message : `unexpected error: ${(err as Error).message}`,
        };
      }
    }
    if (line.kind === 'article') counts.articles++;
    else if (line.kind === 'not-article') counts.refused++;
    else counts.errors++;
    io.out(JSON.stringify(line));
    io.progress(`[${i + 1}/${entries.length}] ${entry.file}: ${outcome(line)}`);
  }
  io.progress(
    `digest --batch: ${counts.pages} pages: ${counts.articles} articles, ${counts.refused} not articles, ${counts.errors} errors`,
  );
  return counts;
}
