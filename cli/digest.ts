// `npm run digest`: the extension's pipeline in Node. Reads a saved page (or "-"), extracts the article
// and its people and agreements, prints JSON, Markdown or the page's citation, with the library's own
// exporters (lib/export). `--text` runs entity extraction alone; `--batch` digests a list of saved pages in one
// process.
import { CliError, parseCommandLine, USAGE, type CliCommand } from './args';
import { decodeUtf8Text, readInputBytes } from './read-input';
import { runBatch } from './batch';

async function run(command: CliCommand): Promise<string> {
  if (command.kind === 'help') return USAGE + '\n';
  if (command.kind === 'batch') {
    await runBatch(command.list, command.force, {
      out: (line) => process.stdout.write(line + '\n'),
      progress: (line) => process.stderr.write(line + '\n'),
    });
    return '';
  }
  const bytes = await readInputBytes(command.input);
  // Loaded after the arguments and the input are checked: usage errors answer at once.
  const { digestPage, entitiesOfText } = await import('./pipeline');
  const { citationFile, citationRecords, digestToMarkdown, entitiesMarkdown } = await import('../lib/export');
  if (command.kind === 'text') {
    const result = entitiesOfText(decodeUtf8Text(bytes, command.input));
    return command.format === 'md' ? entitiesMarkdown(result, { lang: 'en' }) : JSON.stringify(result, null, 2) + '\n';
  }
  const digest = digestPage(bytes, command);
  switch (command.format) {
    case 'json':
      return JSON.stringify(digest, null, 2) + '\n';
    case 'md': {
      const { parseHtml } = await import('../node/parse-html');
      return digestToMarkdown({ article: digest, entities: digest.entities }, (html) => parseHtml(html), {
        lang: 'en',
      });
    }
    default:
      // No saved date: a page file says nothing reliable about when it was read.
      return citationFile(citationRecords([{ article: digest }], { lang: 'en' }), command.format);
  }
}

async function main(): Promise<number> {
  try {
    const output = await run(parseCommandLine(process.argv.slice(2)));
    process.stdout.write(output);
    return 0;
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`digest: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`digest: unexpected error: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}

process.exitCode = await main();
