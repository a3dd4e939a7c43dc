// Command-line arguments of `npm run digest`. Parsing only: no file access, so it is easy to test.
import { parseArgs } from 'node:util';

export const USAGE = `Usage:
  npm run digest -- <page.html | -> [--url URL] [--format json|md|csl-json|ris|biblatex] [--force]
  npm run digest -- --text <file.txt | -> [--format json|md]
  npm run digest -- --batch <list.tsv> [--force]

  <page.html>      a saved page ("-" reads it from standard input); its declared charset is honoured
  --url URL        the page's address, when the page itself has no canonical link or og:url
  --format F       json (default); md (an Obsidian-ready note); or the page's citation as csl-json, ris
                   or biblatex (what a reference manager imports)
  --force          extract even when the page does not look like an article
  --text FILE      run entity extraction alone on plain text: people and agreements with the offsets
                   of each mention in the text (after Unicode NFC)
  --batch LIST     digest many saved pages in one run: LIST has one "path<TAB>address" per line (the
                   address may be empty when the page gives its own; relative paths are read from
                   LIST's folder); prints one JSON line per page, progress on stderr
  -h, --help       this help

Exit codes: 0 digest printed (--batch: the list was read, whatever each page gave), 2 bad usage or
unreadable input, 3 not an article (reason on stderr).`;

export type Format = 'json' | 'md' | 'csl-json' | 'ris' | 'biblatex';

const FORMATS: readonly Format[] = ['json', 'md', 'csl-json', 'ris', 'biblatex'];

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'page'; input: string; url: string | null; format: Format; force: boolean }
  | { kind: 'text'; input: string; format: 'json' | 'md' }
  | { kind: 'batch'; list: string; force: boolean };

/** A problem with the command line or the input: the message goes to stderr, the code is the exit status. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export function parseCommandLine(argv: string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: 'string' },
        format: { type: 'string', default: 'json' },
        text: { type: 'string' },
        batch: { type: 'string' },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new CliError(`${(err as Error).message}\n\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const format = values.format as Format;
  if (!FORMATS.includes(format))
    throw new CliError(`--format must be one of ${FORMATS.join(', ')}, not "${values.format}"`, 2);

  if (values.batch !== undefined) {
    if (positionals.length > 0)
      throw new CliError(`--batch takes the pages from its list; unexpected "${positionals[0]}"`, 2);
    if (values.text !== undefined || values.url !== undefined)
      throw new CliError('--batch takes each address from its list; --url and --text do not apply', 2);
    if (format !== 'json') throw new CliError('--batch prints JSON lines; --format does not apply', 2);
    return { kind: 'batch', list: values.batch, force: values.force };
  }
  if (values.text !== undefined) {
    if (positionals.length > 0) throw new CliError(`--text takes one file; unexpected "${positionals[0]}"`, 2);
    if (values.url !== undefined || values.force)
      throw new CliError('--url and --force apply to pages, not to --text', 2);
    if (format !== 'json' && format !== 'md')
      throw new CliError(`--text prints json or md; a citation (${format}) needs a page`, 2);
    return { kind: 'text', input: values.text, format };
  }
  if (positionals.length === 0) throw new CliError(`No page given.\n\n${USAGE}`, 2);
  if (positionals.length > 1)
    throw new CliError(`One page at a time; got ${positionals.length}: ${positionals.join(', ')}`, 2);
  let url: string | null = null;
  if (values.url !== undefined) {
    url = absoluteHttpUrl(values.url);
    if (!url) throw new CliError(`--url must be an absolute http(s) address, not "${values.url}"`, 2);
  }
  return { kind: 'page', input: positionals[0]!, url, format, force: values.force };
}

export function absoluteHttpUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}
