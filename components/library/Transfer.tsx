// Export (all, the current results or the selection; Markdown notes, a notebook, a JSON backup, CSV, the
// citation formats reference managers import, or references ready to paste) and import of a JSON backup.
// Downloads go through an object URL and <a download>: no permission needed. The exports are written in the
// library's language.
import { useState } from 'preact/hooks';
import {
  citationRecords,
  formatReferenceList,
  type CitationStyle,
  type ExportFormat,
  type ExportOutput,
  type HtmlParser,
  type NotebookGrouping,
} from '../../lib/export';
import { copyToClipboard, type ClipboardText } from '../common/clipboard';
import { Modal } from '../common/Modal';
import { useLibrary, useLibraryState } from './context';
import type { Scope } from './library-controller';

/** The browser's own HTML parser for the article bodies. */
export const browserParseHtml: HtmlParser = (html) => new DOMParser().parseFromString(html, 'text/html');

export function download(out: ExportOutput): void {
  const part: BlobPart = typeof out.data === 'string' ? out.data : (out.data as Uint8Array<ArrayBuffer>);
  const url = URL.createObjectURL(new Blob([part], { type: out.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = out.filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const CITATION_FORMATS: readonly ExportFormat[] = ['csl-json', 'ris', 'biblatex'];

interface ExportProps {
  onClose: () => void;
  parseHtml?: HtmlParser;
  save?: (out: ExportOutput) => void;
  copy?: (content: ClipboardText) => Promise<void>;
}

export function ExportDialog({
  onClose,
  parseHtml = browserParseHtml,
  save = download,
  copy = copyToClipboard,
}: ExportProps) {
  const { controller, lang, t } = useLibrary();
  const state = useLibraryState();
  const total = state.total;
  const filtered = state.result?.total ?? 0;
  const selected = state.selected.size;
  const [scope, setScope] = useState<Scope>(selected > 0 ? 'selected' : 'all');
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [grouping, setGrouping] = useState<NotebookGrouping>('article');
  const [wikilinks, setWikilinks] = useState(false);
  const [includeNotes, setIncludeNotes] = useState(false);
  const [style, setStyle] = useState<CitationStyle>('apa');
  const fail = (err: unknown, key: 'export.copyFailed' | null = null) => {
    const error = err instanceof Error ? err.message : String(err);
    controller.notify({ kind: 'error', text: key ? t(key, { error }) : error });
  };
  const run = async () => {
    try {
      const out = await controller.exportDigests(scope, {
        format,
        grouping,
        parseHtml,
        lang,
        wikilinks,
        includeNotes,
        style,
      });
      save(out);
      controller.notify({ kind: 'info', text: t('export.done', { count: out.files, name: out.filename }) });
      onClose();
    } catch (err) {
      fail(err);
    }
  };
  const copyReferences = async () => {
    try {
      const records = citationRecords(await controller.digestsInScope(scope), { lang });
      await copy(formatReferenceList(records, style, lang));
      controller.notify({ kind: 'info', text: t('export.copied', { count: records.length }) });
      onClose();
    } catch (err) {
      fail(err, 'export.copyFailed');
    }
  };
  const radio = <T extends string>(
    name: string,
    value: T,
    current: T,
    set: (v: T) => void,
    label: string,
    disabled = false,
  ) => (
    <label key={value}>
      <input
        type="radio"
        name={name}
        value={value}
        checked={current === value}
        disabled={disabled}
        onChange={() => set(value)}
      />{' '}
      {label}
    </label>
  );
  const checkbox = (checked: boolean, set: (v: boolean) => void, label: string, testId: string) => (
    <label class="lib-indent">
      <input
        type="checkbox"
        checked={checked}
        data-testid={testId}
        onChange={(e) => set((e.target as HTMLInputElement).checked)}
      />{' '}
      {label}
    </label>
  );
  return (
    <Modal class="lib-dialog" labelledBy="export-title" onClose={onClose}>
      <h2 id="export-title">{t('export.title')}</h2>
      <fieldset>
        <legend>{t('export.scope')}</legend>
        {radio('scope', 'all', scope, setScope, t('export.scopeAll', { count: total }))}
        {radio('scope', 'filtered', scope, setScope, t('export.scopeFiltered', { count: filtered }))}
        {radio('scope', 'selected', scope, setScope, t('export.scopeSelected', { count: selected }), selected === 0)}
      </fieldset>
      <fieldset>
        <legend>{t('export.format')}</legend>
        {radio('format', 'markdown', format, setFormat, t('export.formatMarkdown'))}
        {format === 'markdown' && checkbox(wikilinks, setWikilinks, t('export.wikilinks'), 'export-wikilinks')}
        {radio('format', 'notebook', format, setFormat, t('export.formatNotebook'))}
        {format === 'notebook' && (
          <label class="lib-indent">
            {t('export.groupBy')}{' '}
            <select
              value={grouping}
              onChange={(e) => setGrouping((e.target as HTMLSelectElement).value as NotebookGrouping)}
            >
              <option value="article">{t('export.groupArticle')}</option>
              <option value="person">{t('export.groupPerson')}</option>
              <option value="agreement">{t('export.groupAgreement')}</option>
            </select>
          </label>
        )}
        {radio('format', 'json', format, setFormat, t('export.formatJson'))}
        {radio('format', 'csv', format, setFormat, t('export.formatCsv'))}
        {radio('format', 'csl-json', format, setFormat, t('export.formatCslJson'))}
        {radio('format', 'ris', format, setFormat, t('export.formatRis'))}
        {radio('format', 'biblatex', format, setFormat, t('export.formatBiblatex'))}
        {CITATION_FORMATS.includes(format) &&
          checkbox(includeNotes, setIncludeNotes, t('export.includeNotes'), 'export-notes')}
        {radio('format', 'references', format, setFormat, t('export.formatReferences'))}
        {format === 'references' && (
          <label class="lib-indent">
            {t('export.citeStyle')}{' '}
            <select
              value={style}
              data-testid="export-style"
              onChange={(e) => setStyle((e.target as HTMLSelectElement).value as CitationStyle)}
            >
              <option value="apa">{t('cite.apa')}</option>
              <option value="chicago-note">{t('export.styleChicagoNote')}</option>
              <option value="chicago-bibliography">{t('export.styleChicagoBibliography')}</option>
            </select>
          </label>
        )}
      </fieldset>
      <div class="lib-dialog__actions">
        <button type="button" class="button" onClick={onClose}>
          {t('common.close')}
        </button>
        {format === 'references' && (
          <button type="button" class="button" data-testid="export-copy" onClick={() => void copyReferences()}>
            {t('export.copy')}
          </button>
        )}
        <button type="button" class="button button--primary" data-testid="export-run" onClick={() => void run()}>
          {t('export.download')}
        </button>
      </div>
    </Modal>
  );
}

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const { controller, t } = useLibrary();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const r = await controller.importBackup(await file.text());
      if (!r.ok) {
        setError(t('import.refused', { error: r.error }));
        return;
      }
      if (r.notWritten > 0) {
        const reason = r.failure === 'quota' ? t('import.reasonQuota') : t('import.reasonFailed');
        setError(
          t('import.partial', {
            added: r.added,
            merged: r.merged,
            unchanged: r.unchanged,
            notWritten: r.notWritten,
            reason,
          }),
        );
        return;
      }
      controller.notify({
        kind: 'info',
        text: t('import.done', { added: r.added, merged: r.merged, unchanged: r.unchanged }),
      });
      onClose();
    } catch (err) {
      setError(t('import.refused', { error: err instanceof Error ? err.message : String(err) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal class="lib-dialog" labelledBy="import-title" onClose={onClose}>
      <h2 id="import-title">{t('import.title')}</h2>
      <p>{t('import.hint')}</p>
      <label>
        {t('import.file')}{' '}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="import-file"
          disabled={busy}
          onChange={(e) => void onFile((e.target as HTMLInputElement).files?.[0])}
        />
      </label>
      {error && (
        <p class="lib-error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
      <div class="lib-dialog__actions">
        <button type="button" class="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
