// The agreements (treaties, accords, MoUs...) with their acronyms; clicking one highlights its mentions.
import type { Agreement } from '../../lib/entities/types';
import { EntityButton } from './EntityButton';
import { useI18n } from './i18n-context';

interface Props {
  agreements: Agreement[];
  activeKey: string | null;
  onSelect: (key: string | null) => void;
}

export function AgreementList({ agreements, activeKey, onSelect }: Props) {
  const { t } = useI18n();
  return (
    <section class="entities" aria-labelledby="agreements-heading">
      <h2 id="agreements-heading" class="entities__heading">
        {t('digest.agreements')}
      </h2>
      {agreements.length === 0 ? (
        <p class="entities__empty">{t('digest.noAgreements')}</p>
      ) : (
        <ul class="entities__list" data-testid="agreements">
          {agreements.map((g) => (
            <li key={g.key}>
              <EntityButton
                name={g.name}
                mentions={g.mentions}
                active={activeKey === `a:${g.key}`}
                onToggle={() => onSelect(activeKey === `a:${g.key}` ? null : `a:${g.key}`)}
              >
                {(g.acronym || g.year) && (
                  <span class="entity__detail">
                    {g.acronym && <abbr title={g.name}>{g.acronym}</abbr>}
                    {g.acronym && g.year ? ' · ' : ''}
                    {g.year ?? ''}
                  </span>
                )}
              </EntityButton>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
