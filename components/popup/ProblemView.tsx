// Every page the popup cannot digest gets a sentence in the user's language and, where it helps, an action:
// "extract anyway" for a page that does not look like an article, "digest the selection" when text is selected.
import type { StringKey } from '../../lib/i18n/index';
import { accessProblemText, FINAL_VERDICTS, notArticleHeading } from '../../lib/i18n/outcome-messages';
import { useI18n } from '../common/i18n-context';
import type { PopupState } from './popup-controller';

type Problem = Extract<PopupState, { kind: 'problem' | 'failed' | 'no-selection' | 'not-article' }>;

interface Props {
  state: Problem;
  onExtractAnyway: () => void;
  onUseSelection: () => void;
  onRetry: () => void;
}


export function ProblemView({ state, onExtractAnyway, onUseSelection, onRetry }: Props) {
  const { t, lang } = useI18n();
  if (state.kind === 'not-article') {
    return (
      <div class="message" role="alert" data-testid="not-article" data-code={state.result.code}>
        <h1 class="message__title">{notArticleHeading(lang, state.result.code)}</h1>
        {state.result.title && <p class="message__page">{state.result.title}</p>}
        <p>{t(`notArticle.${state.result.code}` as StringKey)}</p>
        <div class="actions">
          {!FINAL_VERDICTS.has(state.result.code) && (
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
  const text =
    state.kind === 'problem'
      ? accessProblemText(lang, state.problem)
      : state.kind === 'no-selection'
        ? t('error.noSelection')
        : t('error.failed', { detail: state.detail });
  return (
    <div class="message" role="alert" data-testid="problem" data-code={state.kind === 'problem' ? state.problem : state.kind}>
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
