// The key people: name, titles (roles) and organisation; clicking one highlights its mentions.
import type { Person } from '../../lib/entities/types';
import { EntityButton } from './EntityButton';
import { useI18n } from './i18n-context';

interface Props {
  people: Person[];
  activeKey: string | null;
  onSelect: (key: string | null) => void;
}

export function PeopleList({ people, activeKey, onSelect }: Props) {
  const { t } = useI18n();
  return (
    <section class="entities" aria-labelledby="people-heading">
      <h2 id="people-heading" class="entities__heading">
        {t('digest.people')}
      </h2>
      {people.length === 0 ? (
        <p class="entities__empty">{t('digest.noPeople')}</p>
      ) : (
        <ul class="entities__list" data-testid="people">
          {people.map((p) => (
            <li key={p.key}>
              <EntityButton
                name={p.name}
                mentions={p.mentions}
                active={activeKey === `p:${p.key}`}
                onToggle={() => onSelect(activeKey === `p:${p.key}` ? null : `p:${p.key}`)}
              >
                {(p.titles.length > 0 || p.organisation) && (
                  <span class="entity__detail">{[p.titles.join(', '), p.organisation].filter(Boolean).join(' · ')}</span>
                )}
              </EntityButton>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
