// A date filter typed day first (24/05/2025) in both languages. A browser's own date input follows the browser's
// locale (mm/dd/yyyy in an English Chromium, whatever the page's language), so it is a text box checked here.
// It applies as typed, once the typing pauses (like the other filters, which apply at once), and at once on Enter
// or leaving the box. Text that is no date removes this bound and says so: the list is never filtered by a date
// the box no longer shows. That message sits on a line of its own under the filters (not beside the box, where it
// would push the next filter onto another line), tied to the box by aria-describedby; "clear filters" empties the
// box and the message too.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatDayFirst, parseDayFirst } from './dates';
import { useLibrary } from './context';

/** A pause this long in typing applies the date (a keystroke is ~100-200 ms apart; "24/05/2025" is ten). */
export const DATE_AFTER_TYPING_MS = 400;

interface Props {
  label: string;
  /** ISO "YYYY-MM-DD", or null when no date is set. */
  value: string | null;
  onChange: (iso: string | null) => void;
  /** The controller's count of "clear filters": a change empties the box even when it held no date (value null). */
  clears: number;
  /** Told whether the box holds text (a date or not): text that is no date sets no filter but can be cleared. */
  onText?: (held: boolean) => void;
}

export function DayFirstDate({ label, value, onChange, clears, onText }: Props) {
  const { t } = useLibrary();
  const messageId = useId();
  const [text, setText] = useState(value ? formatDayFirst(value) : '');
  const [invalid, setInvalid] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // What the pause's timer reads when it fires: the filter as it is then, not as it was at the keystroke.
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };
  // The filter changed elsewhere (the address, "clear filters"): show it. Text typed that already says it stays,
  // and so does text that is no date (its bound is already removed: value is null), unless the filters were cleared.
  const seenClears = useRef(clears);
  useEffect(() => {
    const cleared = seenClears.current !== clears;
    seenClears.current = clears;
    if (cleared || value !== parseDayFirst(text)) {
      cancel(); // a pause's timer must not bring back what was just replaced
      setText(value ? formatDayFirst(value) : '');
      setInvalid(false);
    }
  }, [value, clears]);
  useEffect(() => () => cancel(), []);
  const held = text.trim() !== '';
  useEffect(() => onText?.(held), [held]);

  function cancel() {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }

  /** The bound the text says: a date, none (empty), or none because the text is no date (said so). */
  function apply(typed: string) {
    cancel();
    setText(typed);
    const iso = typed.trim() ? parseDayFirst(typed) : null;
    setInvalid(typed.trim() !== '' && iso === null);
    if (iso !== latest.current.value) latest.current.onChange(iso);
  }

  return (
    <>
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
          aria-describedby={invalid ? messageId : undefined}
          onInput={(e) => {
            const typed = (e.target as HTMLInputElement).value;
            setText(typed);
            // While typing, a message would appear at the first keystroke: it waits for the pause, as the date does.
            if (invalid && (typed.trim() === '' || parseDayFirst(typed))) setInvalid(false);
            cancel();
            timer.current = setTimeout(() => apply(typed), DATE_AFTER_TYPING_MS);
          }}
          onChange={(e) => apply((e.target as HTMLInputElement).value)}
        />
      </label>
      {invalid && (
        <span id={messageId} class="lib-hint lib-filters__message" role="alert">
          <span>{label}: </span>
          {t('lib.dateInvalid')}
        </span>
      )}
    </>
  );
}
