// Every site profile runs on at least one page that the tests hold: a page of its site (by the page's address)
// that extraction reads through the profile, not the generic path. A profile added without such a page fails
// here, and so does a known gap that has found its page (take it off the list). The pages: the seed fixtures,
// every saved page under test/ (its address from its canonical link or og:url), and the real saved pages of
// ../shared/corpus/pages with their gold addresses.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/parse-html';
import { decodeHtmlBytes } from '../../lib/dom';
import { extractArticle } from '../../lib/extract';
import { findCanonicalUrl } from '../../lib/meta';
import { PROFILES, profileForHost } from '../../lib/profiles';
import { loadCorpus } from '../golden/corpus';
import { PAGELESS_PROFILES } from '../support/pageless-profiles';
import { loadSeedFixture, SEED_FIXTURE_DIR, SEED_IDS } from '../seeds/seed-fixtures';

const TEST_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

interface TestPage {
  source: string;
  url: string;
  html: string;
}

function htmlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : htmlFilesUnder(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

function testPages(): TestPage[] {
  const pages: TestPage[] = SEED_IDS.map((id) => {
    const seed = loadSeedFixture(id);
    return { source: `seed ${id}`, url: seed.facts.url, html: seed.html };
  });
  for (const file of htmlFilesUnder(TEST_DIR)) {
    if (dirname(file) === SEED_FIXTURE_DIR) continue; // their addresses are the seed facts above
    const html = decodeHtmlBytes(readFileSync(file));
    const own = findCanonicalUrl(parseHtml(html), 'about:blank');
    if (/^https?:/.test(own)) pages.push({ source: relative(TEST_DIR, file), url: own, html });
  }
  for (const page of loadCorpus()) pages.push({ source: `corpus ${page.name}`, url: page.gold.url, html: page.html });
  return pages;
}

/** Profile id → the test pages of its site that extraction reads through it. */
function pagesReadByProfile(): Map<string, string[]> {
  const read = new Map<string, string[]>();
  for (const page of testPages()) {
    if (!profileForHost(new URL(page.url).hostname)) continue;
    const result = extractArticle(parseHtml(page.html, page.url), page.url);
    if (result.kind !== 'article' || result.extractor.path !== 'profile' || !result.extractor.profile) continue;
    read.set(result.extractor.profile, [...(read.get(result.extractor.profile) ?? []), page.source]);
  }
  return read;
}

describe('site profiles and their test pages', () => {
  const read = pagesReadByProfile();

  it('every profile reads at least one test page of its site, except the known gaps', () => {
    const without = PROFILES.map((p) => p.id).filter((id) => !read.has(id));
    expect(without.sort()).toEqual([...PAGELESS_PROFILES].sort());
  });

  it('the known gaps name real profiles', () => {
    const ids = new Set(PROFILES.map((p) => p.id));
    expect(PAGELESS_PROFILES.filter((id) => !ids.has(id))).toEqual([]);
  });
});
