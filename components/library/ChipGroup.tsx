// A row's people, agreement and side chips as one stop in the Tab order (a toolbar): the arrow keys, Home and
// End move between the chips, so a keyboard user goes from row to row in three Tab presses, not fifteen.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface ChipItem {
  key: string;
  label: string;
  /** The full name of an acronym, as a tooltip. */
  title?: string;
  kind: 'person' | 'agreement' | 'side';
  onPick: () => void;
}

export function ChipGroup({
  label,
  items,
  children,
}: {
  label: string;
  items: ChipItem[];
  children?: ComponentChildren;
}) {
  const [current, setCurrent] = useState(0);
  const ref = useRef<HTMLDivElement>(null);
  if (items.length === 0) return null;
  const at = Math.min(current, items.length - 1);
  const move = (to: number) => {
    const next = (to + items.length) % items.length;
    setCurrent(next);
    ref.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (step !== undefined) move(at + step);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else return;
    e.preventDefault();
  };
  return (
    <div class="lib-chips" role="toolbar" aria-label={label} ref={ref} onKeyDown={onKeyDown}>
      {items.map((c, i) => (
        <button
          type="button"
          key={`${c.kind}:${c.key}`}
          class={`lib-chip lib-chip--${c.kind}`}
          tabIndex={i === at ? 0 : -1}
          title={c.title}
          onFocus={() => setCurrent(i)}
          onClick={c.onPick}
        >
          {c.label}
        </button>
      ))}
      {children}
    </div>
  );
}
