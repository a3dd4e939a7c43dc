// Every page the popup cannot digest gets a heading and a sentence in the user's language and, where it helps,
// the way on: "extract anyway" for a page that does not look like an article (once: when that finds nothing
// either, the popup says so and explains how to digest a selection instead), "digest the selection" when text is
// selected, "try again" after a failure. An error page (404, 500...) is called what it is.
import type { StringKey } from '../../lib/i18n';
import { accessProblemText, FINAL_VERDICTS, httpErrorText, notArticleHeading } from '../../lib/i18n';
import { useI18n } from '../common/i18n-context';
import type { PopupState } from './popup-controller';

type Problem = Extract<PopupState, { kind: 'problem' | 'failed' | 'no-selection' | 'not-article' | 'error-page' }>;

interface Props {
  state: Problem;
  onExtractAnyway: () => void;
  onUseSelection: () => void;
  onRetry: () => void;
}

export function ProblemView({ state, onExtractAnyway, onUseSelection, onRetry }: Props) {
  const { t, lang } = useI18n();
  if (state.kind === 'not-article') {
    const { code } = state.result;
    return (
      <div class="message" role="alert" data-testid="not-article" data-code={code} data-forced={state.forced}>
        <h1 class="message__title">{state.forced ? t('notArticle.titleForced') : notArticleHeading(lang, code)}</h1>
        {state.result.title && <p class="message__page">{state.result.title}</p>}
        <p>{t(`notArticle.${code}` as StringKey)}</p>
        {state.forced && (
          <>
            <p>{t('notArticle.forced')}</p>
            <p data-testid="selection-route">{t('notArticle.selectionRoute')}</p>
          </>
        )}
        <div class="actions">
          {!state.forced && !FINAL_VERDICTS.has(code) && (
            <button type="button" class="button button--primary" onClick={onExtractAnyway} data-testid="extract-anyway">
              {t('popup.extractAnyway')}
            </button>
          )}
          {state.selection && (
            <button type="button" class="button" onClick={onUseSelection} data-testid="use-selection">
              {t('popup.useSelection')}
            </button>
          )}
        </div>
      </div>
    );
  }
  if (state.kind === 'error-page') {
    return (
      <div class="message" role="alert" data-testid="problem" data-code="http" data-status={state.status}>
        <h1 class="message__title">{t('error.httpTitle', { status: String(state.status) })}</h1>
        {state.title && <p class="message__page">{state.title}</p>}
        <p>{httpErrorText(lang, state.status)}</p>
        {state.content && (
          <div class="actions">
            <button type="button" class="button" onClick={onExtractAnyway} data-testid="extract-anyway">
              {t('popup.showAnyway')}
            </button>
          </div>
        )}
      </div>
    );
  }
  const text =
    state.kind === 'problem'
      ? accessProblemText(lang, state.problem)
      : state.kind === 'no-selection'
        ? t('error.noSelection')
        : t('error.failed', { detail: state.detail });
  return (
    <div
      class="message"
      role="alert"
      data-testid="problem"
      data-code={state.kind === 'problem' ? state.problem : state.kind}
    >
      <h1 class="message__title">{t('popup.problemTitle')}</h1>
      <p>{text}</p>
      {state.kind !== 'problem' && (
        <div class="actions">
          <button type="button" class="button" onClick={onRetry}>
            {t('popup.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
