// @vitest-environment happy-dom
// What the popup says when a page gives no digest (issue 14): "extract anyway" that finds nothing again leads to
// the selection route, not the same button; an error page (404, 500; the browser's own error page) is called
// that, not "access denied"; text selected on an article saved earlier is offered for digesting. And the sides
// line, the text settings and the kept highlights in the popup's digest.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/popup/PopupApp';
import type { NotArticle } from '../../lib/article';
import type { InjectedResult } from '../../lib/digest';
import { makeArticle, makeEntities } from '../storage/fixtures';
import { fakePlatform } from './fake-platform';

afterEach(cleanup);

const HOME: NotArticle = {
  kind: 'not-article',
  url: 'https://baoquocte.vn/',
  code: 'listing',
  reason: '',
  title: 'Báo Quốc tế',
};
const notArticle = (result: NotArticle, httpStatus: number | null = 200): InjectedResult => ({
  ok: true,
  result,
  entities: null,
  selection: null,
  ms: 3,
  httpStatus,
});
const article = makeArticle(1);
const entities = makeEntities(article);
const digestAnswer = (over: Partial<Extract<InjectedResult, { ok: true }>> = {}): InjectedResult => ({
  ok: true,
  result: article,
  entities,
  selection: null,
  ms: 8,
  ...over,
});

describe('extract anyway', () => {
  it('when it finds nothing either, says why and how to digest a selection, and does not offer itself again', async () => {
    const p = fakePlatform({ uiLanguage: 'vi', answer: () => notArticle(HOME) });
    render(<PopupApp platform={p} />);
    fireEvent.click(await screen.findByTestId('extract-anyway'));
    await waitFor(() => expect(screen.getByTestId('not-article').dataset.forced).toBe('true'));
    const msg = screen.getByTestId('not-article');
    expect(msg.querySelector('h1')!.textContent).toBe('Vẫn không tìm thấy bài viết trên trang này');
    expect(screen.getByTestId('selection-route').textContent).toContain('bôi đen đoạn văn');
    expect(screen.queryByTestId('extract-anyway')).toBeNull();
    expect(p.requests).toEqual([
      { mode: 'page', force: false },
      { mode: 'page', force: true },
    ]);
  });
});

describe('error pages', () => {
  it('a page served as 404 with no article is a "not found" page, with its status', async () => {
    render(
      <PopupApp
        platform={fakePlatform({
          uiLanguage: 'en',
          answer: () => notArticle({ ...HOME, code: 'no-content', title: 'Không tìm thấy trang' }, 404),
        })}
      />,
    );
    const msg = await screen.findByTestId('problem');
    expect(msg.dataset.code).toBe('http');
    expect(msg.querySelector('h1')!.textContent).toBe('The page is an error 404 page');
    expect(msg.textContent).toContain('does not exist (error 404)');
    expect(msg.textContent).not.toMatch(/denied/);
  });

  it('a server error says so; a refusal says so', async () => {
    render(<PopupApp platform={fakePlatform({ uiLanguage: 'vi', answer: () => notArticle(HOME, 503) })} />);
    expect((await screen.findByTestId('problem')).textContent).toContain('Máy chủ của trang đang gặp lỗi (lỗi 503)');
    cleanup();
    render(<PopupApp platform={fakePlatform({ uiLanguage: 'vi', answer: () => notArticle(HOME, 403) })} />);
    expect((await screen.findByTestId('problem')).textContent).toContain('từ chối cho xem trang này (lỗi 403)');
  });

  it('an article served with an error status is still digested (the page shows an article)', async () => {
    const long = makeArticle(2, { wordCount: 600 });
    render(
      <PopupApp
        platform={fakePlatform({ uiLanguage: 'vi', answer: () => digestAnswer({ result: long, httpStatus: 404 }) })}
      />,
    );
    expect((await screen.findByTestId('title')).textContent).toBe(long.title);
  });

  it('a short notice on a 404 page is the error page; its text can still be shown on request', async () => {
    const notice = makeArticle(3, { title: 'Không tìm thấy trang', wordCount: 11 });
    const p = fakePlatform({ uiLanguage: 'vi', answer: () => digestAnswer({ result: notice, httpStatus: 404 }) });
    render(<PopupApp platform={p} />);
    const msg = await screen.findByTestId('problem');
    expect(msg.dataset.status).toBe('404');
    expect(msg.textContent).toContain('không có trang này (lỗi 404)');
    expect(p.saves).toBe(0);
    fireEvent.click(screen.getByTestId('extract-anyway'));
    expect((await screen.findByTestId('title')).textContent).toBe('Không tìm thấy trang');
    expect(p.requests.at(-1)).toEqual({ mode: 'page', force: true });
  });

  it("the browser's own error page (the load failed) is not called a refusal", async () => {
    const p = fakePlatform({ uiLanguage: 'en' });
    p.extract = async () => {
      throw new Error('Frame with ID 0 is showing error page');
    };
    render(<PopupApp platform={p} />);
    const msg = await screen.findByTestId('problem');
    expect(msg.dataset.code).toBe('error-page');
    expect(msg.textContent).toContain('could not load this page');
    expect(msg.querySelector('h1')).not.toBeNull();
  });
});

describe('a selection on an article saved earlier', () => {
  it('the saved digest is shown at once, then the selection is offered, and digesting it works', async () => {
    const selection = { text: 'Hai bên nhất trí thúc đẩy hợp tác kinh tế và quốc phòng trong năm tới.', words: 14 };
    const p = fakePlatform({
      uiLanguage: 'vi',
      tab: { id: 3, url: article.url, title: '' },
      answer: (req) => digestAnswer({ selection: req.mode === 'page' ? selection : null }),
    });
    await p.store.saveDigest(article, entities);
    render(<PopupApp platform={p} />);
    await waitFor(() => expect(screen.getByTestId('save-status').dataset.state).toBe('stored'));
    const offer = await screen.findByTestId('selection-offer');
    expect(offer.textContent).toContain('Bạn đang chọn 14 từ trên trang.');
    fireEvent.click(screen.getByTestId('use-selection'));
    await waitFor(() => expect(p.requests.at(-1)).toEqual({ mode: 'selection', force: true }));
  });
});

describe('the digest in the popup', () => {
  it('shows the sides line when the digest has sides; a chip marks the mentions', async () => {
    const text = `${article.lead}\n\n${article.bodyText}`;
    const at = text.indexOf('Nhật Bản');
    const withSides = {
      ...entities,
      sides: [
        {
          name: 'Nhật Bản',
          key: 'nhat ban',
          kind: 'country' as const,
          acronym: null,
          aliases: [],
          mentions: 1,
          spans: [{ start: at, end: at + 8 }],
        },
      ],
    };
    render(
      <PopupApp platform={fakePlatform({ uiLanguage: 'en', answer: () => digestAnswer({ entities: withSides }) })} />,
    );
    const toggle = await screen.findByRole('button', { name: '1 side' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Nhật Bản' }));
    await waitFor(() => expect(document.querySelector('mark.mention')?.textContent).toBe('Nhật Bản'));
  });

  it('no sides line for a digest without sides, and singular counts in English', async () => {
    render(<PopupApp platform={fakePlatform({ uiLanguage: 'en', answer: () => digestAnswer() })} />);
    await screen.findByTestId('article');
    const toggles = screen.getAllByTestId('entity-toggle').map((b) => b.textContent);
    expect(toggles).toEqual(['1 person', '1 agreement']);
  });

  it('the text settings apply to the article and are remembered', async () => {
    const p = fakePlatform({ uiLanguage: 'vi', answer: () => digestAnswer() });
    render(<PopupApp platform={p} />);
    const view = await screen.findByTestId('article');
    fireEvent.click(screen.getByTestId('reader-toggle'));
    fireEvent.click(screen.getByTestId('reader-smaller'));
    await waitFor(() => expect(view.style.getPropertyValue('--reader-size')).toBe('0.9'));
    expect(screen.getByTestId('reader-size').textContent).toBe('90%');
    expect(p.prefs.fontSize).toBe(90);
  });

  it('draws the highlights kept in the library in the saved digest', async () => {
    const p = fakePlatform({
      uiLanguage: 'vi',
      tab: { id: 3, url: article.url, title: '' },
      answer: () => digestAnswer(),
    });
    const store = p.store;
    const { digest } = await store.saveDigest(article, entities);
    await store.addHighlight(digest.id, {
      quote: 'tiếp tục hỗ trợ',
      prefix: 'đề nghị Nhật Bản ',
      suffix: '.',
      start: null,
      comment: 'Theo dõi',
    });
    render(<PopupApp platform={p} />);
    await waitFor(() => expect(document.querySelector('mark.highlight')?.textContent).toBe('tiếp tục hỗ trợ'));
    expect(document.querySelector('.highlight-note')!.textContent).toBe('Nhận xét: Theo dõi');
  });
});
