// @vitest-environment happy-dom
// "Copy citation" in the popup: the digest on screen as APA 7, a Chicago note or a BibLaTeX entry, in the
// UI's language, with the Vietnamese name whole; the text the clipboard receives is read back.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CopyCitation } from '../../components/popup/CopyCitation';
import { PopupApp } from '../../components/popup/PopupApp';
import type { ClipboardText } from '../../components/common/clipboard';
import { I18nContext, i18nFor } from '../../components/common/i18n-context';
import type { InjectedResult } from '../../lib/digest';
import { makeDigest } from '../library/make-digest';
import { makeArticle, makeEntities } from '../storage/fixtures';
import { fakePlatform } from './fake-platform';

afterEach(cleanup);

const article = makeArticle(1, { authors: ['Nguyễn Văn An'] });
const answer: InjectedResult = { ok: true, result: article, entities: makeEntities(article), selection: null, ms: 10 };

describe('Copy citation in the popup', () => {
  it('copies the APA reference of the digest on screen, in Vietnamese, to the real clipboard API', async () => {
    render(<PopupApp platform={fakePlatform({ answer: () => answer, uiLanguage: 'vi' })} />);
    fireEvent.click(await screen.findByTestId('cite-copy'));
    await waitFor(() => expect(screen.getByTestId('cite-done').textContent).toBe('Đã sao chép'));
    expect(await navigator.clipboard.readText()).toBe(
      `Nguyễn Văn An. (2025, ngày 24 tháng 5). ${article.title}. Báo Quốc tế. https://baoquocte.vn/bai-viet-1.html`,
    );
  });

  it('offers a Chicago note and BibLaTeX, in English when the UI is English', async () => {
    const copied: ClipboardText[] = [];
    const digest = makeDigest({ id: 'c', title: 'Đối thoại Quốc phòng', siteName: 'Báo Quốc tế' });
    digest.article.authors = ['Nguyễn Văn An'];
    render(
      <I18nContext.Provider value={i18nFor('en')}>
        <CopyCitation digest={digest} copy={async (c) => void copied.push(c)} />
      </I18nContext.Provider>,
    );
    fireEvent.change(screen.getByTestId('cite-style'), { target: { value: 'chicago-note' } });
    fireEvent.click(screen.getByTestId('cite-copy'));
    await waitFor(() => expect(copied).toHaveLength(1));
    expect(copied[0]!.text).toBe(
      'Nguyễn Văn An, “Đối thoại Quốc phòng,” Báo Quốc tế, January 1, 2025, https://vnexpress.net/c.html.',
    );
    expect(copied[0]!.html).toContain('<i>Báo Quốc tế</i>');
    expect(screen.getByTestId('cite-done').textContent).toBe('Copied');
    fireEvent.change(screen.getByTestId('cite-style'), { target: { value: 'biblatex' } });
    fireEvent.click(screen.getByTestId('cite-copy'));
    await waitFor(() => expect(copied).toHaveLength(2));
    expect(copied[1]!.text).toMatch(
      /^@article\{nguyenvanan2025doithoai-[0-9a-z]{4},\n {2}author {7}= \{\{Nguyễn Văn An\}\},/,
    );
  });

  it('says so when the clipboard refuses', async () => {
    const digest = makeDigest({ id: 'f' });
    render(<CopyCitation digest={digest} copy={() => Promise.reject(new Error('denied'))} />);
    fireEvent.click(screen.getByTestId('cite-copy'));
    await waitFor(() => expect(screen.getByTestId('cite-done').textContent).toBe('Không sao chép được'));
  });
});
