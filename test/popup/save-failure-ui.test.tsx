// @vitest-environment happy-dom
// The user is told when a save fails: the background's answer is shown in the status bar, in the user's
// language, with the assurance that nothing saved earlier was touched; the digest stays readable.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupApp } from '../../components/popup/PopupApp';
import { t } from '../../lib/i18n';
import type { InjectedResult } from '../../lib/digest';
import { QuotaExceededError } from '../../lib/storage';
import { makeArticle, makeEntities } from '../storage/fixtures';
import { fakePlatform } from './fake-platform';

afterEach(cleanup);

const article = makeArticle(3);
const answer: InjectedResult = { ok: true, result: article, entities: makeEntities(article), selection: null, ms: 10 };

describe('popup: failed saves are reported', () => {
  it.each([
    ['vi', 'quota'],
    ['en', 'quota'],
    ['vi', 'write-failed'],
    ['en', 'write-failed'],
  ] as const)('%s: %s', async (lang, code) => {
    const p = fakePlatform({ answer: () => answer, uiLanguage: lang });
    p.area.failNextSet = code === 'quota' ? new QuotaExceededError() : new Error('IO error');
    render(<PopupApp platform={p} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(t(lang, `storage.${code}`));
    expect(alert.textContent).toMatch(lang === 'vi' ? /vẫn còn nguyên/ : /intact/);
    expect(screen.getByTestId('title').textContent).toBe(article.title); // still readable
    expect(screen.getByTestId('save-status').dataset.state).toBe('error');
  });

  it('"save again" saves the digest on screen once the store has room, without extracting again', async () => {
    let extractions = 0;
    const p = fakePlatform({ answer: () => (extractions++, answer), uiLanguage: 'en' });
    p.area.failNextSet = new QuotaExceededError();
    render(<PopupApp platform={p} />);
    await screen.findByRole('alert');
    fireEvent.click(screen.getByTestId('retry-save'));
    await screen.findByText(new RegExp(t('en', 'common.saved')));
    expect(screen.getByTestId('save-status').dataset.state).toBe('saved');
    expect(screen.queryByTestId('retry-save')).toBeNull();
    expect(extractions).toBe(1);
    const saved = [...p.area.data.keys()].filter((k) => k.startsWith('digest:'));
    expect(saved).toHaveLength(1);
  });

  it('the background stopped before answering and nothing landed: "saving failed" is shown', async () => {
    const p = fakePlatform({ answer: () => answer, uiLanguage: 'en' });
    p.saveOverride = async () => ({
      ok: false,
      code: 'unanswered',
      detail: 'The message port closed before a response was received.',
    });
    render(<PopupApp platform={p} />);
    expect((await screen.findByRole('alert')).textContent).toBe(t('en', 'storage.write-failed'));
  });
});
