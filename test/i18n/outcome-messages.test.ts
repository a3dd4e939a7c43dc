// What a save from the context menu or the shortcut says in its badge tooltip when it fails: in words, in the
// user's language, the same sentences the popup uses.
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { accessProblemText, notArticleHeading, saveFailureText } from '../../lib/i18n/outcome-messages';

describe('saveFailureText', () => {
  it('storage errors, access problems and not-an-article verdicts in words', () => {
    expect(saveFailureText('en', 'quota')).toBe(`${t('en', 'badge.failed')}: ${t('en', 'storage.quota')}`);
    expect(saveFailureText('vi', 'browser-page')).toBe(
      `${t('vi', 'badge.failed')}: ${accessProblemText('vi', 'browser-page')}`,
    );
    expect(saveFailureText('en', 'not-article', 'listing')).toBe(
      'The digest could not be saved: This page does not look like an article. This is a home, section or list page.',
    );
    expect(saveFailureText('vi', 'not-article', 'too-large')).toContain(
      'Không tách được bài từ trang này. Trang quá lớn',
    );
  });

  it('anything else keeps its technical detail', () => {
    expect(saveFailureText('en', 'failed', 'TypeError: x is undefined')).toBe(
      `${t('en', 'badge.failed')} (TypeError: x is undefined)`,
    );
    expect(saveFailureText('en', 'not-article', 'something-new')).toBe(`${t('en', 'badge.failed')} (something-new)`);
  });

  it('the heading of a verdict that extracting anyway cannot change', () => {
    expect(notArticleHeading('en', 'listing')).toBe('This page does not look like an article');
    expect(notArticleHeading('en', 'too-large')).toBe('This page cannot be extracted');
    expect(notArticleHeading('vi', 'unsupported')).toBe('Không tách được bài từ trang này');
  });
});
