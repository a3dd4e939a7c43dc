// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/popup/PopupApp';
import type { InjectedResult } from '../../lib/digest';
import { makeArticle, makeEntities } from '../storage/fixtures';
import { storedLayout } from '../support/stored-layout';
import { fakePlatform } from './fake-platform';

afterEach(cleanup);

const article = makeArticle(1, {
  bodyHtml:
    '<p>Hai bên nhất trí thúc đẩy <strong>Hiệp định</strong> Đối tác Kinh tế Việt Nam - Nhật Bản (VJEPA).</p>' +
    '<figure><img src="https://baoquocte.vn/a.jpg" alt="Ảnh"><figcaption>Phó Thủ tướng tại buổi tiếp. Ảnh: TG</figcaption></figure>' +
    '<p>Phó Thủ tướng Bùi Thanh Sơn đề nghị Nhật Bản tiếp tục hỗ trợ. <a href="https://baoquocte.vn/x">Xem</a></p>' +
    '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
});
const answer: InjectedResult = { ok: true, result: article, entities: makeEntities(article), selection: null, ms: 10 };

async function renderDigest(uiLanguage = 'vi') {
  const p = fakePlatform({ answer: () => answer, uiLanguage });
  render(<PopupApp platform={p} />);
  await screen.findByText('Đã lưu', { exact: false }).catch(() => screen.findByText('Saved', { exact: false }));
  return p;
}

describe('PopupApp', () => {
  it('shows the digest: title, site, authors, Vietnamese date, people with titles, agreements with acronyms', async () => {
    await renderDigest('vi-VN');
    expect(screen.getByTestId('title').textContent).toBe(article.title);
    expect(screen.getByTestId('site-name').textContent).toBe('Báo Quốc tế');
    expect(screen.getByTestId('authors').textContent).toContain('Thu Trang');
    expect(screen.getByTestId('published').textContent).toContain('Thứ Bảy, 24/05/2025, 15:30');
    const people = screen.getByTestId('people');
    expect(people.textContent).toContain('Bùi Thanh Sơn');
    expect(people.textContent).toContain('Phó Thủ tướng');
    expect(screen.getByTestId('agreements').textContent).toContain('VJEPA');
    expect(screen.getByTestId('library').textContent).toBe('Thư viện (1)');
    expect(document.documentElement.lang).toBe('vi');
  });

  it('renders the article only through the sanitiser: no script, no event handlers; links open safely', async () => {
    await renderDigest();
    const body = screen.getByTestId('article');
    expect(body.querySelector('script')).toBeNull();
    expect(body.innerHTML).not.toContain('onerror');
    expect(body.querySelector('figcaption')?.textContent).toContain('Phó Thủ tướng tại buổi tiếp');
    const link = body.querySelector('a')!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('clicking a person marks all its mentions in lead and body; clicking again clears them', async () => {
    await renderDigest();
    const person = screen.getByRole('button', { name: /Bùi Thanh Sơn/ });
    fireEvent.click(person);
    await waitFor(() => expect(document.querySelectorAll('mark.mention')).toHaveLength(2));
    const marks = [...document.querySelectorAll('mark.mention')].map((m) => m.textContent);
    expect(marks).toEqual(['Bùi Thanh Sơn', 'Bùi Thanh Sơn']);
    expect(person.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(person);
    await waitFor(() => expect(document.querySelectorAll('mark.mention')).toHaveLength(0));
    expect(screen.getByTestId('article').textContent).toContain('Phó Thủ tướng Bùi Thanh Sơn tiếp Đại sứ');
  });

  it('an agreement whose name crosses an inline tag is marked in pieces', async () => {
    await renderDigest();
    fireEvent.click(screen.getByRole('button', { name: /Hiệp định Đối tác Kinh tế/ }));
    await waitFor(() => expect(document.querySelectorAll('mark.mention').length).toBeGreaterThan(1));
    // One mark inside <strong>, one after it; the space between the two elements stays unmarked.
    const marks = [...document.querySelectorAll('mark.mention')].map((m) => m.textContent);
    expect(marks).toEqual(['Hiệp định', 'Đối tác Kinh tế Việt Nam - Nhật Bản']);
    expect(document.querySelector('strong mark.mention')).not.toBeNull();
  });

  it('follows an English browser and switches language on request (remembered in prefs)', async () => {
    const p = await renderDigest('en-US');
    expect(screen.getByText('Key people')).toBeTruthy();
    expect(screen.getByTestId('published').textContent).toContain('Saturday 24 May 2025, 15:30');
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'vi' } });
    await screen.findByText('Nhân vật chính');
    expect(p.prefs.language).toBe('vi');
  });

  it('undo from the status bar', async () => {
    const p = await renderDigest();
    fireEvent.click(screen.getByTestId('undo'));
    await screen.findByText(/Đã hoàn tác/);
    expect(storedLayout(p.area.data)?.summaries).toHaveLength(0);
    expect(await p.store.count()).toBe(0);
  });

  it('not-an-article page: message in the user language with "extract anyway"', async () => {
    const p = fakePlatform({
      uiLanguage: 'en',
      answer: (req) =>
        req.force
          ? answer
          : {
              ok: true,
              result: {
                kind: 'not-article',
                url: 'https://baoquocte.vn/',
                code: 'listing',
                reason: '',
                title: 'Báo Quốc tế',
              },
              entities: null,
              selection: null,
              ms: 3,
            },
    });
    render(<PopupApp platform={p} />);
    const msg = await screen.findByTestId('not-article');
    expect(msg.textContent).toContain('This page does not look like an article');
    expect(msg.textContent).toContain('home, section or list page');
    fireEvent.click(screen.getByTestId('extract-anyway'));
    await screen.findByTestId('title');
  });

  it('a page too large to extract: its own heading, the way out, no "extract anyway" (it would stop again)', async () => {
    const selection = {
      text: 'Bảng giá cập nhật liên tục trong phiên giao dịch của Sở Giao dịch Chứng khoán hôm nay.',
      words: 16,
    };
    const p = fakePlatform({
      uiLanguage: 'vi',
      answer: (req) =>
        req.mode === 'selection'
          ? answer
          : {
              ok: true,
              result: {
                kind: 'not-article',
                url: 'https://baomau.vn/bang-gia',
                code: 'too-large',
                reason: '',
                title: 'Bảng giá',
              },
              entities: null,
              selection,
              ms: 3,
            },
    });
    render(<PopupApp platform={p} />);
    const msg = await screen.findByTestId('not-article');
    expect(msg.dataset.code).toBe('too-large');
    expect(msg.textContent).toContain('Không tách được bài từ trang này');
    expect(msg.textContent).toContain('Hãy bôi đen nội dung bài viết');
    expect(screen.queryByTestId('extract-anyway')).toBeNull();
    fireEvent.click(screen.getByTestId('use-selection'));
    await screen.findByTestId('title');
    expect(p.requests.at(-1)).toEqual({ mode: 'selection', force: true });
  });

  it('a browser page gets a clear message, never an empty popup', async () => {
    render(<PopupApp platform={fakePlatform({ tab: { id: 1, url: 'chrome://newtab/', title: '' } })} />);
    expect((await screen.findByTestId('problem')).textContent).toContain('Trang nội bộ của trình duyệt');
  });

  it('every control has an accessible name and is reachable by keyboard (a real button, link or select)', async () => {
    await renderDigest();
    const controls = [...document.querySelectorAll('button, a[href], select')];
    expect(controls.length).toBeGreaterThan(5);
    for (const c of controls) {
      const name = c.getAttribute('aria-label') ?? c.closest('label')?.textContent ?? c.textContent;
      expect(name?.trim(), c.outerHTML.slice(0, 80)).toBeTruthy();
      expect(c.getAttribute('tabindex')).not.toBe('-1');
    }
  });

  it('the library button opens the library', async () => {
    const p = await renderDigest();
    fireEvent.click(screen.getByTestId('library'));
    expect(p.openedLibrary).toBe(1);
  });
});
