// Debugging aid: why does our pipeline score below Readability on a suite page?
//   npx tsx test/readability-suite/diff-page.ts <page-name>...
// Prints our verdict and path, both F1s, and the 4-word shingles we miss from / add to the expected text.
import { parseHtml } from '../../node/parse-html';
import { listSuitePages, resultText, runOurs, runReadability, SUITE_URL } from './suite-pages';
import { shingleScore, shingles } from '../support/shingles';

const wanted = process.argv.slice(2);
if (!wanted.length) {
  console.error('usage: npx tsx test/readability-suite/diff-page.ts <page-name>...');
  process.exit(2);
}
for (const page of listSuitePages().filter((p) => wanted.includes(p.name))) {
  const doc = parseHtml(page.source, SUITE_URL);
  const result = runOurs(doc);
  const ours = resultText(result);
  const mine = shingles(ours);
  const expected = shingles(page.expectedText);
  const missing = [...expected].filter((s) => !mine.has(s));
  const extra = [...mine].filter((s) => !expected.has(s));
  const verdict =
    result.kind === 'article'
      ? `${result.extractor.path}${result.extractor.profile ? ':' + result.extractor.profile : ''}`
      : `not article (${result.code}: ${result.reason})`;
  console.log(`== ${page.name}: ${verdict}`);
  console.log(
    `   F1 ours ${shingleScore(ours, page.expectedText).f1.toFixed(3)}, Readability ${shingleScore(runReadability(doc), page.expectedText).f1.toFixed(3)}`,
  );
  if (result.kind === 'article') console.log(`   lead: ${JSON.stringify(result.lead)}`);
  console.log(`   missing ${missing.length}: ${missing.slice(0, 12).join(' | ')}`);
  console.log(`   extra ${extra.length}: ${extra.slice(0, 12).join(' | ')}`);
}
