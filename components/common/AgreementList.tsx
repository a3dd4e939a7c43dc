// The agreements (treaties, accords, MoUs...) with their acronyms; clicking one highlights its mentions.
import type { Agreement } from '../../lib/entities';
import { EntityButton } from './EntityButton';
import { toggler, type Selection } from './entity-keys';
import { useI18n } from './i18n-context';

export function AgreementList({ agreements, selection }: { agreements: Agreement[]; selection: Selection }) {
  const { t } = useI18n();
  if (agreements.length === 0) return <p class="entities__empty">{t('digest.noAgreements')}</p>;
  return (
    <ul class="entities__list" data-testid="agreements">
      {agreements.map((g) => {
        const { on, toggle } = toggler(selection, 'a', g.key);
        return (
          <li key={g.key}>
            <EntityButton name={g.name} mentions={g.mentions} active={on} onToggle={toggle}>
              {(g.acronym || g.year) && (
                <span class="entity__detail">
                  {g.acronym && <abbr title={g.name}>{g.acronym}</abbr>}
                  {g.acronym && g.year ? ' · ' : ''}
                  {g.year ?? ''}
                </span>
              )}
            </EntityButton>
          </li>
        );
      })}
    </ul>
  );
}
