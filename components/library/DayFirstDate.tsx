// A date filter typed day first (24/05/2025) in both languages. A browser's own date input follows the browser's
// locale (mm/dd/yyyy in an English Chromium, whatever the page's language), so it is a text box checked here:
// a date that does not exist is refused with a message and leaves the filter as it was.
import { useEffect, useState } from 'preact/hooks';
import { formatDayFirst, parseDayFirst } from './dates';
import { useLibrary } from './context';

interface Props {
  label: string;
  /** ISO "YYYY-MM-DD", or null when no date is set. */
  value: string | null;
  onChange: (iso: string | null) => void;
}

export function DayFirstDate({ label, value, onChange }: Props) {
  const { t } = useLibrary();
  const [text, setText] = useState(value ? formatDayFirst(value) : '');
  const [invalid, setInvalid] = useState(false);
  // The filter changed elsewhere (the address, "clear filters"): show it. Text typed that already says it stays.
  useEffect(() => {
    if (value !== parseDayFirst(text)) {
      setText(value ? formatDayFirst(value) : '');
      setInvalid(false);
    }
  }, [value]);
  return (
    <label>
      {label}{' '}
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={10}
        placeholder={t('lib.datePlaceholder')}
        value={text}
        aria-invalid={invalid ? 'true' : undefined}
        onChange={(e) => {
          const typed = (e.target as HTMLInputElement).value;
          setText(typed);
          if (!typed.trim()) {
            setInvalid(false);
            onChange(null);
            return;
          }
          const iso = parseDayFirst(typed);
          setInvalid(iso === null);
          if (iso) onChange(iso);
        }}
      />
      {invalid && (
        <span class="lib-hint" role="alert">
          {t('lib.dateInvalid')}
        </span>
      )}
    </label>
  );
}
