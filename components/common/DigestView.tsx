// A whole digest: header, key people, agreements, then the article with the lead. Selecting a person or an
// agreement marks its mentions in the article and scrolls to the first. Shared by the popup and the library.
import { useMemo, useState } from 'preact/hooks';
import type { Digest } from '../../lib/digest/types';
import { AgreementList } from './AgreementList';
import { ArticleView } from './ArticleView';
import { DigestHeader } from './DigestHeader';
import { PeopleList } from './PeopleList';
import { useI18n } from './i18n-context';

interface Props {
  digest: Digest;
  serif?: boolean;
  /** The user's "load images from the original site" setting. */
  remoteImages?: boolean;
}

export function DigestView({ digest, serif = true, remoteImages = true }: Props) {
  const { t } = useI18n();
  const [active, setActive] = useState<string | null>(null);
  const { people, agreements } = digest.entities;
  const highlight = useMemo(() => {
    if (!active) return null;
    const [kind, key] = [active.slice(0, 1), active.slice(2)];
    const spans = kind === 'p' ? people.find((p) => p.key === key)?.spans : agreements.find((g) => g.key === key)?.spans;
    return spans ? { key: active, spans } : null;
  }, [active, people, agreements]);

  return (
    <article class="digest" aria-labelledby="digest-title">
      <DigestHeader article={digest.article} />
      <div class="digest__entities">
        <PeopleList people={people} activeKey={active} onSelect={setActive} />
        <AgreementList agreements={agreements} activeKey={active} onSelect={setActive} />
      </div>
      <section aria-label={t('digest.article')}>
        <ArticleView key={digest.id} article={digest.article} highlight={highlight} serif={serif} remoteImages={remoteImages} />
      </section>
    </article>
  );
}
