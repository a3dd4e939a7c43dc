// The key people: name, titles (roles) and organisation; clicking one highlights its mentions.
import type { Person } from '../../lib/entities';
import { EntityButton } from './EntityButton';
import { toggler, type Selection } from './entity-keys';
import { useI18n } from './i18n-context';

export function PeopleList({ people, selection }: { people: Person[]; selection: Selection }) {
  const { t } = useI18n();
  if (people.length === 0) return <p class="entities__empty">{t('digest.noPeople')}</p>;
  return (
    <ul class="entities__list" data-testid="people">
      {people.map((p) => {
        const { on, toggle } = toggler(selection, 'p', p.key);
        return (
          <li key={p.key}>
            <EntityButton name={p.name} mentions={p.mentions} active={on} onToggle={toggle}>
              {(p.titles.length > 0 || p.organisation) && (
                <span class="entity__detail">{[p.titles.join(', '), p.organisation].filter(Boolean).join(' · ')}</span>
              )}
            </EntityButton>
          </li>
        );
      })}
    </ul>
  );
}
