// The library's digest view keeps people, agreements and sides beside the text, each kind a section that folds
// away. Sides appear only on digests that have them (those saved before sides were recognised have none).
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Entities } from '../../lib/entities';
import type { StringKey } from '../../lib/i18n';
import type { Selection } from './entity-keys';
import { EntityList } from './EntityList';
import { useI18n } from './i18n-context';

function Fold({
  heading,
  count,
  children,
  testId,
}: {
  heading: StringKey;
  count: number;
  children: ComponentChildren;
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <details class="entities" open={count > 0} data-testid={testId}>
      <summary>
        <h2 class="entities__heading">
          {t(heading)} <span class="entities__count">({count})</span>
        </h2>
      </summary>
      {children}
    </details>
  );
}

/** Folded sections print open (a closed <details> prints its summary only), and fold back afterwards. */
function usePrintOpen(root: { current: HTMLElement | null }): void {
  useEffect(() => {
    let closed: HTMLDetailsElement[] = [];
    const before = () => {
      closed = [...(root.current?.querySelectorAll('details:not([open])') ?? [])] as HTMLDetailsElement[];
      for (const d of closed) d.open = true;
    };
    const after = () => {
      for (const d of closed) d.open = false;
      closed = [];
    };
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, [root]);
}

export function EntityColumn({ entities, selection }: { entities: Entities; selection: Selection }) {
  const root = useRef<HTMLDivElement>(null);
  usePrintOpen(root);
  return (
    <div class="digest__entities" ref={root}>
      <Fold heading="digest.people" count={entities.people.length} testId="fold-people">
        <EntityList kind="p" entities={entities} selection={selection} />
      </Fold>
      <Fold heading="digest.agreements" count={entities.agreements.length} testId="fold-agreements">
        <EntityList kind="a" entities={entities} selection={selection} />
      </Fold>
      {entities.sides && (
        <Fold heading="digest.sides" count={entities.sides.length} testId="fold-sides">
          <EntityList kind="s" entities={entities} selection={selection} />
        </Fold>
      )}
    </div>
  );
}
