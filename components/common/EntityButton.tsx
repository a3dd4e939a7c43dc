// One person, agreement or side: a real button (keyboard, screen reader) that toggles the highlight of its
// mentions. Its accessible name is what it shows (name, details, mentions), so speech input can say what is seen.
import type { ComponentChildren } from 'preact';
import { useI18n } from './i18n-context';

interface Props {
  name: string;
  mentions: number;
  active: boolean;
  onToggle: () => void;
  children?: ComponentChildren;
}

export function EntityButton({ name, mentions, active, onToggle, children }: Props) {
  const { t } = useI18n();
  return (
    <button type="button" class={`entity${active ? ' entity--active' : ''}`} aria-pressed={active} onClick={onToggle}>
      <span class="entity__name">{name}</span>
      {children}
      <span class="entity__count">{t('digest.mentions', { count: mentions })}</span>
    </button>
  );
}
