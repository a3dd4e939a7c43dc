// The library page: navigation (digests, people, agreements), search and filters kept in the URL, the list
// or one digest, export/import, delete with undo, and the storage usage line.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { resolveLang } from '../../lib/i18n/index';
import { fromQueryString, toQueryString } from '../../lib/search';
import type { Platform, Prefs } from '../../platform/platform';
import { DEFAULT_PREFS } from '../../platform/platform';
import { I18nContext, i18nFor } from '../common/i18n-context';
import { LibraryContext, libraryStrings } from './context';
import { DigestList } from './DigestList';
import { DigestPage } from './DigestPage';
import { AgreementsPage, PeoplePage } from './EntityPages';
import { LibraryController, type LibraryState } from './library-controller';
import { routeHref, useRoute } from './route';
import { SearchFilters } from './SearchFilters';
import { StorageReportBanner } from './StorageReportBanner';
import { ExportDialog, ImportDialog } from './Transfer';
import type { ExportOutput, HtmlParser } from '../../lib/export';

interface Props {
  platform: Platform;
  /** Tests pass their own parser and download sink; the page uses the browser's. */
  parseHtml?: HtmlParser;
  save?: (out: ExportOutput) => void;
}

function formatBytes(bytes: number, lang: string): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toLocaleString(lang, { maximumFractionDigits: 0 })} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString(lang, { maximumFractionDigits: 1 })} MB`;
}

export function LibraryApp({ platform, parseHtml, save }: Props) {
  const controller = useMemo(() => new LibraryController(platform, fromQueryString(location.search)), [platform]);
  const [state, setState] = useState<LibraryState>(controller.state);
  const [prefs, setPrefs] = useState<Prefs>(DEFAULT_PREFS);
  const [dialog, setDialog] = useState<'export' | 'import' | null>(null);
  const route = useRoute();
  const lang = resolveLang(prefs.language, platform.uiLanguage());
  const ctx = useMemo(() => ({ controller, lang, t: libraryStrings(lang) }), [controller, lang]);
  const i18n = useMemo(() => i18nFor(lang), [lang]);
  const { t } = ctx;

  useEffect(() => {
    const off = controller.subscribe(setState);
    void platform.getPrefs().then(setPrefs, () => undefined);
    const offChanges = platform.onDigestsChanged((ids) => void controller.reload(ids));
    void controller.load();
    return () => {
      off();
      offChanges();
      controller.close();
    };
  }, [controller, platform]);

  // The search and filters live in the URL, so a view can be bookmarked (replaceState: no history spam).
  useEffect(() => {
    const qs = toQueryString(state.query);
    const next = `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', next);
  }, [state.query]);

  // Links from the People and Agreements pages carry a filter in the URL.
  useEffect(() => {
    const on = () => {
      const q = fromQueryString(location.search);
      if (toQueryString(q) !== toQueryString(controller.state.query)) controller.setQuery(q);
    };
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, [controller]);

  useEffect(() => {
    document.title = t('title');
    document.documentElement.lang = lang;
  }, [lang, t]);

  const nav = (name: 'list' | 'people' | 'agreements', label: string) => (
    <a href={routeHref({ name })} aria-current={route.name === name ? 'page' : undefined}>
      {label}
    </a>
  );

  return (
    <I18nContext.Provider value={i18n}>
      <LibraryContext.Provider value={ctx}>
        <div class={`lib ${prefs.articleFont === 'sans' ? 'lib--sans' : ''}`}>
          <header class="lib-header">
            <h1>{t('title')}</h1>
            <nav class="lib-nav">
              {nav('list', t('digests'))}
              {nav('people', t('people'))}
              {nav('agreements', t('agreements'))}
            </nav>
            <div class="lib-actions">
              <label class="lib-setting">
                <input
                  type="checkbox"
                  data-testid="remote-images"
                  checked={prefs.remoteImages}
                  onChange={(e) => {
                    const remoteImages = (e.currentTarget as HTMLInputElement).checked;
                    setPrefs({ ...prefs, remoteImages });
                    void platform.setPrefs({ remoteImages });
                  }}
                />{' '}
                {t('remoteImages')}
              </label>
              <button type="button" class="button" data-testid="export-open" disabled={state.phase === 'loading' || state.phase === 'error'} onClick={() => setDialog('export')}>
                {t('export')}
              </button>
              <button type="button" class="button" data-testid="import-open" disabled={state.phase === 'loading' || state.phase === 'error'} onClick={() => setDialog('import')}>
                {t('import')}
              </button>
            </div>
          </header>
          {state.phase === 'loading' && <p class="lib-hint">{t('loading')}</p>}
          {state.phase === 'error' && (
            <p class="lib-error" role="alert">
              {state.error}
            </p>
          )}
          <StorageReportBanner report={state.report} onDismiss={() => controller.dismissReport()} />
          {state.notice && (
            <p class={state.notice.kind === 'error' ? 'lib-error' : 'lib-notice'} role="status" data-testid="notice">
              {state.notice.text}{' '}
              <button type="button" class="link-button" onClick={() => controller.notify(null)}>
                {t('close')}
              </button>
            </p>
          )}
          {state.phase !== 'loading' && route.name === 'list' && (
            <>
              <SearchFilters query={state.query} indexing={state.phase === 'summaries' ? 'opening' : state.indexing} ready={state.phase === 'ready' && state.indexing === null} />
              <DigestList />
            </>
          )}
          {route.name === 'digest' && <DigestPage id={route.id} remoteImages={prefs.remoteImages} />}
          {state.phase === 'ready' && route.name === 'people' && <PeoplePage />}
          {state.phase === 'ready' && route.name === 'agreements' && <AgreementsPage />}
          {dialog === 'export' && <ExportDialog onClose={() => setDialog(null)} parseHtml={parseHtml} save={save} />}
          {dialog === 'import' && <ImportDialog onClose={() => setDialog(null)} />}
          {state.undo && (
            <div class="lib-toast" role="status" data-testid="undo">
              {t('deleted', { count: state.undo.digests.length })}{' '}
              <button type="button" class="button" onClick={() => void controller.undoRemove()}>
                {t('undo')}
              </button>
              <button type="button" class="link-button" onClick={() => controller.dismissUndo()}>
                {t('close')}
              </button>
            </div>
          )}
          <footer class="lib-usage" data-testid="usage">
            {state.usage && (state.usage.bytes !== null ? t('usage', { count: state.usage.count, size: formatBytes(state.usage.bytes, lang) }) : t('usageUnknown', { count: state.usage.count }))}
          </footer>
        </div>
      </LibraryContext.Provider>
    </I18nContext.Provider>
  );
}
