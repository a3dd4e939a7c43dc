// Text size, line width and typeface of the article, like a browser's reader view: a small panel behind an "Aa"
// button, kept per user in the preferences (so the popup and the library read alike).
import { useState } from 'preact/hooks';
import { FONT_SIZES, type Prefs } from '../../platform/platform';
import { useI18n } from './i18n-context';

interface Props {
  prefs: Prefs;
  update: (patch: Partial<Prefs>) => void;
  /** Unique per page: the panel's id. */
  id: string;
}

const WIDTHS = [
  ['narrow', 'reader.widthNarrow'],
  ['medium', 'reader.widthMedium'],
  ['wide', 'reader.widthWide'],
] as const;

export function ReaderControls({ prefs, update, id }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const size = (delta: number) => update({ fontSize: prefs.fontSize + delta });
  return (
    <div class="reader-controls" onKeyDown={(e) => e.key === 'Escape' && open && (e.stopPropagation(), setOpen(false))}>
      <button
        type="button"
        class="reader-controls__toggle"
        aria-expanded={open}
        aria-controls={id}
        data-testid="reader-toggle"
        onClick={() => setOpen(!open)}
      >
        Aa<span class="visually-hidden"> {t('reader.controls')}</span>
      </button>
      <div id={id} class="reader-controls__panel" role="group" aria-label={t('reader.controls')} hidden={!open}>
        <div class="reader-controls__size" role="group" aria-labelledby={`${id}-size`}>
          <span id={`${id}-size`}>{t('reader.fontSize')}</span>
          <button
            type="button"
            class="button"
            aria-label={t('reader.smaller')}
            disabled={prefs.fontSize <= FONT_SIZES.min}
            data-testid="reader-smaller"
            onClick={() => size(-FONT_SIZES.step)}
          >
            −
          </button>
          <output aria-live="polite" data-testid="reader-size">
            {t('reader.size', { count: prefs.fontSize })}
          </output>
          <button
            type="button"
            class="button"
            aria-label={t('reader.larger')}
            disabled={prefs.fontSize >= FONT_SIZES.max}
            data-testid="reader-larger"
            onClick={() => size(FONT_SIZES.step)}
          >
            +
          </button>
        </div>
        <fieldset>
          <legend>{t('reader.width')}</legend>
          {WIDTHS.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-width`}
                value={value}
                checked={prefs.lineWidth === value}
                onChange={() => update({ lineWidth: value })}
              />{' '}
              {t(label)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('reader.font')}</legend>
          {(['serif', 'sans'] as const).map((value) => (
            <label key={value} class={`reader-controls__font--${value}`}>
              <input
                type="radio"
                name={`${id}-font`}
                value={value}
                checked={prefs.articleFont === value}
                data-testid={`reader-font-${value}`}
                onChange={() => update({ articleFont: value })}
              />{' '}
              {t(value === 'serif' ? 'reader.serif' : 'reader.sans')}
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
