// The sides involved: countries, organisations and places, with their acronyms and other forms; clicking one
// highlights its mentions.
import type { Side } from '../../lib/entities';
import { EntityButton } from './EntityButton';
import { toggler, type Selection } from './entity-keys';
import { useI18n } from './i18n-context';

export function SideList({ sides, selection }: { sides: Side[]; selection: Selection }) {
  const { t } = useI18n();
  if (sides.length === 0) return <p class="entities__empty">{t('digest.noSides')}</p>;
  return (
    <ul class="entities__list" data-testid="sides">
      {sides.map((s) => {
        const { on, toggle } = toggler(selection, 's', s.key);
        const other = s.aliases.filter((a) => a !== s.acronym);
        return (
          <li key={s.key}>
            <EntityButton name={s.name} mentions={s.mentions} active={on} onToggle={toggle}>
              <span class="entity__detail">
                {s.acronym && (
                  <>
                    <abbr title={s.name}>{s.acronym}</abbr>
                    {' · '}
                  </>
                )}
                {t(`digest.sideKind.${s.kind}`)}
                {other.length > 0 && ` · ${other.join(', ')}`}
              </span>
            </EntityButton>
          </li>
        );
      })}
    </ul>
  );
}
