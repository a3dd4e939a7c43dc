// "Copy citation" under the digest: APA 7 or a Chicago note in the UI's language (HTML and plain text), or
// the BibLaTeX entry, for the article on screen. The references are written here, not by a CSL processor,
// so the popup loads nothing more for them (lib/export/citation/index.ts says why).
import { useState } from 'preact/hooks';
import type { Digest } from '../../lib/digest';
import { biblatexEntry, citationRecord, formatCitation } from '../../lib/export';
import { copyToClipboard, type ClipboardText } from '../common/clipboard';
import { useI18n } from '../common/i18n-context';

type Choice = 'apa' | 'chicago-note' | 'biblatex';

interface Props {
  digest: Digest;
  /** Tests pass their own clipboard. */
  copy?: (content: ClipboardText) => Promise<void>;
}

export function CopyCitation({ digest, copy = copyToClipboard }: Props) {
  const { t, lang } = useI18n();
  const [choice, setChoice] = useState<Choice>('apa');
  const [done, setDone] = useState<'copied' | 'failed' | null>(null);
  const onCopy = async () => {
    const record = citationRecord(digest, { lang });
    const content =
      choice === 'biblatex' ? { text: biblatexEntry(record), html: '' } : formatCitation(record, choice, lang);
    try {
      await copy(content);
      setDone('copied');
    } catch {
      setDone('failed');
    }
  };
  return (
    <div class="cite" data-testid="cite">
      <label>
        <span class="visually-hidden">{t('cite.style')}</span>
        <select
          value={choice}
          data-testid="cite-style"
          onChange={(e) => {
            setChoice((e.currentTarget as HTMLSelectElement).value as Choice);
            setDone(null);
          }}
        >
          <option value="apa">{t('cite.apa')}</option>
          <option value="chicago-note">{t('cite.chicago')}</option>
          <option value="biblatex">{t('cite.biblatex')}</option>
        </select>
      </label>
      <button type="button" class="link-button" data-testid="cite-copy" onClick={() => void onCopy()}>
        {t('cite.copy')}
      </button>
      <span role="status" aria-live="polite" data-testid="cite-done">
        {done && t(done === 'copied' ? 'cite.copied' : 'cite.failed')}
      </span>
    </div>
  );
}
