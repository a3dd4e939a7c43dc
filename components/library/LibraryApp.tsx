// The library page: navigation (digests, people, agreements, sides), search and filters kept in the URL, the
// list or one digest, export/import, delete with undo, the language switch, and the storage usage line. Skip
// links and "/" (focus the search) keep it quick with the keyboard.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { resolveLang, formatNumber, type Translate } from '../../lib/i18n';
import { fromQueryString, toQueryString } from '../../lib/search';
import type { Platform } from '../../platform/platform';
import { I18nContext, i18nFor } from '../common/i18n-context';
import { LanguageSelect } from '../common/LanguageSelect';
import { usePrefs } from '../common/use-prefs';
import { LibraryContext, useControllerState } from './context';
import { DigestList } from './DigestList';
import { DigestPage } from './DigestPage';
import { AgreementsPage, PeoplePage, SidesPage } from './EntityPages';
import { LibraryController, type LibraryState } from './library-controller';
import { pageOf, parseRoute, routeHref, useRoute, type Route } from './route';
import { SearchFilters } from './SearchFilters';
import { StorageReportBanner } from './StorageReportBanner';
import { ExportDialog, ImportDialog } from './Transfer';
import { UndoToast } from './UndoToast';
import { useSlashToSearch } from './use-slash';
import type { ExportOutput, HtmlParser } from '../../lib/export';

interface Props {
  platform: Platform;
  /** Tests pass their own parser and download sink; the page uses the browser's. */
  parseHtml?: HtmlParser;
  save?: (out: ExportOutput) => void;
}

function formatBytes(bytes: number, lang: 'vi' | 'en'): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024), lang)} KB`;
  return `${formatNumber(Math.round(bytes / 1024 / 102.4) / 10, lang)} MB`;
}

/** "12 digests · 3.4 MB, of which images 2.1 MB": the kept pictures' share only when there are some. */
function usageLine(usage: NonNullable<LibraryState['usage']>, t: Translate, lang: 'vi' | 'en'): string {
  if (usage.bytes === null) return t('lib.results', { count: usage.count });
  const line = t('lib.usage', { count: usage.count, size: formatBytes(usage.bytes, lang) });
  return usage.imageBytes ? t('lib.usageImages', { usage: line, size: formatBytes(usage.imageBytes, lang) }) : line;
}

/** How long the search text must stand still before the URL takes it. */
const URL_AFTER_TYPING_MS = 300;

/** Moves focus to an element of the page (a skip link's target, the search box) without scrolling past it. */
function focusById(id: string): void {
  const el = document.getElementById(id);
  el?.focus();
  el?.scrollIntoView?.({ block: 'nearest' });
}

export function LibraryApp({ platform, parseHtml, save }: Props) {
  const controller = useMemo(() => new LibraryController(platform, fromQueryString(location.search)), [platform]);
  const state = useControllerState(controller);
  const { prefs, read: prefsRead, update } = usePrefs(platform);
  const [dialog, setDialog] = useState<'export' | 'import' | null>(null);
  const route = useRoute();
  // Read once: the page re-renders on every keystroke, and the browser's language does not change under it.
  const uiLanguage = useMemo(() => platform.uiLanguage(), [platform]);
  const lang = resolveLang(prefs.language, uiLanguage);
  const i18n = useMemo(() => i18nFor(lang), [lang]);
  const ctx = useMemo(() => ({ controller, lang, t: i18n.t }), [controller, lang, i18n]);
  const { t } = ctx;
  const usage = useMemo(() => state.usage && usageLine(state.usage, t, lang), [state.usage, t, lang]);
  const main = useRef<HTMLElement>(null);
  const focusMain = useCallback(() => main.current?.focus(), []);

  useEffect(() => {
    const offChanges = platform.onDigestsChanged((ids) => void controller.reload(ids));
    void controller.load();
    return () => {
      offChanges();
      controller.close();
    };
  }, [controller, platform]);

  // The search and filters live in the URL, so a view can be bookmarked (replaceState: no history spam). A filter
  // or sort is written at once; typed text once the typing pauses (replaceState costs Chromium several ms, which a
  // keystroke cannot spare).
  const inUrl = useRef(state.query);
  useEffect(() => {
    const write = () => {
      inUrl.current = controller.state.query;
      const qs = toQueryString(controller.state.query);
      const next = `${location.pathname}${qs ? `?${qs}` : ''}${location.hash}`;
      if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', next);
    };
    const typed = toQueryString({ ...state.query, q: inUrl.current.q }) === toQueryString(inUrl.current);
    if (!typed) return write();
    const timer = setTimeout(write, URL_AFTER_TYPING_MS);
    return () => clearTimeout(timer);
  }, [state.query, controller]);

  // Links from the People, Agreements and Sides pages carry a filter in the URL.
  useEffect(() => {
    const on = () => {
      const q = fromQueryString(location.search);
      if (toQueryString(q) !== toQueryString(controller.state.query)) controller.setQuery(q);
    };
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, [controller]);

  useEffect(() => {
    document.title = t('lib.title');
    document.documentElement.lang = lang;
  }, [lang, t]);

  // A notice was written in the language of its moment: a switch of language closes it rather than mix languages.
  const noticeLang = useRef(lang);
  useEffect(() => {
    if (noticeLang.current === lang) return;
    noticeLang.current = lang;
    controller.notify(null);
  }, [lang, controller]);

  // A notice belongs to the page it was given on (as the undo offer does): another page closes it. Its page is read
  // from the address when it appears, so a notice given just after a link was followed belongs to the new page.
  const page = pageOf(route);
  const noticeOn = useRef<{ notice: LibraryState['notice']; page: string } | null>(null);
  useEffect(() => {
    const notice = state.notice;
    if (!notice) noticeOn.current = null;
    else if (noticeOn.current?.notice !== notice)
      noticeOn.current = { notice, page: pageOf(parseRoute(location.hash)) };
    else if (noticeOn.current.page !== page) controller.notify(null);
  }, [state.notice, page, controller]);

  useSlashToSearch(route.name === 'list', () => {
    location.hash = routeHref({ name: 'list' });
  });

  const nav = (name: Route['name'] & ('list' | 'people' | 'agreements' | 'sides'), label: string) => (
    <li>
      <a href={routeHref({ name })} aria-current={route.name === name ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );
  const skip = (target: string, label: string) => (
    <a
      class="skip-link"
      href={`#${target}`}
      onClick={(e) => {
        // The hash holds the route: move focus instead of navigating.
        e.preventDefault();
        focusById(target);
      }}
    >
      {label}
    </a>
  );

  return (
    <I18nContext.Provider value={i18n}>
      <LibraryContext.Provider value={ctx}>
        <div class={`lib lib--${route.name}`}>
          {skip('lib-main', t('common.skipToContent'))}
          {route.name === 'list' && state.phase !== 'loading' && skip('lib-results', t('lib.skipToResults'))}
          <header class="lib-header">
            <h1>{t('lib.title')}</h1>
            <nav class="lib-nav" aria-label={t('lib.sections')}>
              <ul>
                {nav('list', t('lib.digests'))}
                {nav('people', t('lib.people'))}
                {nav('agreements', t('lib.agreements'))}
                {nav('sides', t('lib.sides'))}
              </ul>
            </nav>
            <div class="lib-actions">
              <LanguageSelect value={prefs.language} onChange={(language) => update({ language })} />
              <label class="lib-setting">
                <input
                  type="checkbox"
                  data-testid="remote-images"
                  checked={prefs.remoteImages}
                  onChange={(e) => update({ remoteImages: (e.currentTarget as HTMLInputElement).checked })}
                />{' '}
                {t('lib.remoteImages')}
              </label>
              <label class="lib-setting">
                <input
                  type="checkbox"
                  data-testid="keep-images"
                  checked={prefs.keepImages}
                  onChange={(e) => update({ keepImages: (e.currentTarget as HTMLInputElement).checked })}
                />{' '}
                {t('lib.keepImages')}
              </label>
              <button
                type="button"
                class="button"
                data-testid="export-open"
                disabled={state.phase === 'loading' || state.phase === 'error'}
                onClick={() => setDialog('export')}
              >
                {t('lib.export')}
              </button>
              <button
                type="button"
                class="button"
                data-testid="import-open"
                disabled={state.phase === 'loading' || state.phase === 'error'}
                onClick={() => setDialog('import')}
              >
                {t('lib.import')}
              </button>
            </div>
          </header>
          <main id="lib-main" ref={main} tabIndex={-1}>
            {state.phase === 'loading' && <p class="lib-hint">{t('lib.loading')}</p>}
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
                  {t('common.close')}
                </button>
              </p>
            )}
            {state.phase !== 'loading' && route.name === 'list' && (
              <>
                <SearchFilters
                  query={state.query}
                  indexing={state.phase === 'summaries' ? 'opening' : state.indexing}
                  ready={state.phase === 'ready' && state.indexing === null}
                />
                <DigestList />
              </>
            )}
            {route.name === 'digest' && (
              <DigestPage id={route.id} prefs={prefs} update={update} remoteImages={prefsRead && prefs.remoteImages} />
            )}
            {state.phase === 'ready' && route.name === 'people' && <PeoplePage />}
            {state.phase === 'ready' && route.name === 'agreements' && <AgreementsPage />}
            {state.phase === 'ready' && route.name === 'sides' && <SidesPage />}
            {dialog === 'export' && <ExportDialog onClose={() => setDialog(null)} parseHtml={parseHtml} save={save} />}
            {dialog === 'import' && <ImportDialog onClose={() => setDialog(null)} />}
            <UndoToast undo={state.undo} route={route} onFocusLost={focusMain} />
          </main>
          <footer class="lib-usage" data-testid="usage">
            {usage}
          </footer>
        </div>
      </LibraryContext.Provider>
    </I18nContext.Provider>
  );
}
