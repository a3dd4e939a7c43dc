// @vitest-environment happy-dom
// Reading first, on the digests of the real pages (the corpus, 2012 to 2025 layouts) and the seed fixtures, made by
// the real pipeline: in the popup nothing but the header and one compact line per kind of entity stands before the
// article (the full lists are folded away until asked for); in the library the entities are beside the text,
// after it in reading order. Pixel offsets in the real 600 px popup are measured in Chromium (a11y.e2e.test.ts).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DigestView } from '../../components/common/DigestView';
import { CHIPS } from '../../components/common/EntityBar';
import { I18nContext, i18nFor } from '../../components/common/i18n-context';
import { PopupApp } from '../../components/popup/PopupApp';
import type { Article } from '../../lib/article';
import { entityText, type InjectedResult, makeDigest as digestOf } from '../../lib/digest';
import { parseHtml } from '../../node/parse-html';
import { extractEntities } from '../../lib/entities';
import { extractArticle } from '../../lib/extract';
import { loadCorpus } from '../golden/corpus';
import { loadSeedFixture, SEED_IDS } from '../seeds/seed-fixtures';
import { fakePlatform } from './fake-platform';

afterEach(cleanup);

interface Page {
  name: string;
  article: Article;
}

function pages(): Page[] {
  const out: Page[] = [];
  for (const p of loadCorpus()) {
    const r = extractArticle(parseHtml(p.html), p.gold.url);
    if (r.kind === 'article') out.push({ name: p.name, article: r });
  }
  for (const id of SEED_IDS) {
    const s = loadSeedFixture(id);
    const r = extractArticle(parseHtml(s.html), s.facts.url);
    if (r.kind === 'article') out.push({ name: `seed ${id}`, article: r });
  }
  return out;
}

const PAGES = pages();

/** The elements of the popup's digest, in document order, from the title to the article. */
function between(from: Element, to: Element): Element[] {
  const all = [...document.querySelectorAll('.digest *')];
  return all.slice(all.indexOf(from) + 1, all.indexOf(to)).filter((el) => !to.contains(el) && !el.contains(to));
}

describe('reading first in the popup, on real pages', () => {
  it('finds the pages', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(PAGES.map((p) => [p.name, p] as const))(
    '%s: header, one line per kind, then the article; lists folded',
    async (_name, page) => {
      const entities = extractEntities(entityText(page.article));
      const answer: InjectedResult = { ok: true, result: page.article, entities, selection: null, ms: 5 };
      render(
        <PopupApp
          platform={fakePlatform({
            answer: () => answer,
            uiLanguage: 'vi',
            tab: { id: 1, url: page.article.url, title: '' },
          })}
        />,
      );
      const article = await screen.findByTestId('article');
      const header = document.querySelector('.digest__header')!;
      const bar = document.querySelector('[data-testid=entity-bar]');
      // Only the entity line stands between the header and the article (and nothing when there is no entity).
      const blocks = between(header, article).filter((el) => el.parentElement === header.parentElement);
      expect(blocks.map((el) => el.getAttribute('data-testid') ?? el.className)).toEqual(bar ? ['entity-bar'] : []);
      if (!bar) return;
      // Folded: no full list is shown before the article, only a few chips per kind.
      for (const panel of bar.querySelectorAll('.entity-panel')) expect(panel.hasAttribute('hidden')).toBe(true);
      const rows = [...bar.querySelectorAll('.entity-bar__row')];
      expect(rows.length).toBeLessThanOrEqual(3);
      for (const row of rows) {
        const kind = row.querySelector<HTMLElement>('[data-testid=entity-toggle]')!.dataset.kind as keyof typeof CHIPS;
        expect(row.querySelectorAll('[data-testid=entity-chip]').length).toBeLessThanOrEqual(CHIPS[kind]);
      }
      // The full list of people opens on request, and folds again.
      if (entities.people.length > 0) {
        const toggle = bar.querySelector<HTMLButtonElement>('[data-kind=p]')!;
        fireEvent.click(toggle);
        await waitFor(() => expect(toggle.getAttribute('aria-expanded')).toBe('true'));
        const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
        expect(panel.hasAttribute('hidden')).toBe(false);
        expect(panel.querySelectorAll('[data-testid=people] > li')).toHaveLength(entities.people.length);
        fireEvent.click(toggle);
        await waitFor(() => expect(panel.hasAttribute('hidden')).toBe(true));
      }
    },
  );
});

describe('the library digest view on real pages', () => {
  it.each(PAGES.map((p) => [p.name, p] as const))(
    '%s: the entities come after the article in reading order, beside it',
    (_name, page) => {
      const entities = extractEntities(entityText(page.article));
      const digest = digestOf(page.article, entities, 'page', new Date('2025-06-01T00:00:00.000Z'));
      render(
        <I18nContext.Provider value={i18nFor('en')}>
          <DigestView digest={digest} layout="library" />
        </I18nContext.Provider>,
      );
      const main = document.querySelector('.digest__main')!;
      const side = document.querySelector('.digest__side')!;
      expect(main.querySelector('[data-testid=article]')).not.toBeNull();
      expect(main.compareDocumentPosition(side) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(main.querySelector('.entities, [data-testid=people]')).toBeNull();
      expect(side.querySelectorAll('[data-testid=people] > li')).toHaveLength(entities.people.length);
      cleanup();
    },
  );
});
