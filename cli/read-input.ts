// Reading the page or text the user named: a file, or standard input for "-". Failures become exit code 2.
import { readFileSync, statSync } from 'node:fs';
import { CliError } from './args';

/** Saved pages larger than this are refused rather than parsed for minutes. */
const MAX_BYTES = 50 * 1024 * 1024;

export async function readInputBytes(input: string): Promise<Uint8Array> {
  if (input === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      size += buf.length;
      if (size > MAX_BYTES) throw new CliError(`Standard input is larger than ${MAX_BYTES / 2 ** 20} MB`, 2);
      chunks.push(buf);
    }
    return new Uint8Array(Buffer.concat(chunks));
  }
  let stats;
  try {
    stats = statSync(input);
  } catch (err) {
    throw new CliError(`Cannot read "${input}": ${describe(err)}`, 2);
  }
  if (stats.isDirectory()) throw new CliError(`"${input}" is a directory, not a file`, 2);
  if (stats.size > MAX_BYTES) throw new CliError(`"${input}" is larger than ${MAX_BYTES / 2 ** 20} MB`, 2);
  try {
    return new Uint8Array(readFileSync(input));
  } catch (err) {
    throw new CliError(`Cannot read "${input}": ${describe(err)}`, 2);
  }
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  return (err as Error).message;
}

/** Plain text input: UTF-8 (a BOM is dropped), refused when it is not valid UTF-8 so offsets stay meaningful. */
export function decodeUtf8Text(bytes: Uint8Array, input: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CliError(`"${input}" is not UTF-8 text`, 2);
  }
}
