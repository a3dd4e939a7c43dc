// A whole digest, reading first. In the popup: the header, one compact line of people, agreements and sides, then
// the article, so the text starts in the first screen. In the library: the header and the article in the main
// column; beside it the reader's notes, tags and highlights first (`side`: the user's own work, never below the
// fold of a long entity list), then the people, agreements and sides. Selecting an entity marks
// its mentions in the article and scrolls to the first; the reader's kept highlights are drawn in the text.
import type { ComponentChildren, Ref } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import type { Digest } from '../../lib/digest';
import type { ImageCapture } from '../../lib/images';
import { ArticleView } from './ArticleView';
import { DigestHeader } from './DigestHeader';
import { EntityBar } from './EntityBar';
import { EntityColumn } from './EntityColumn';
import { selectedSpans } from './entity-keys';
import { useI18n } from './i18n-context';
import { DEFAULT_READER, type ReaderPrefs } from './reader';

interface Props {
  digest: Digest;
  /** Text size, line width and typeface (the user's preferences; the defaults without them). */
  reader?: ReaderPrefs;
  /** The user's "load images from the original site" setting. */
  remoteImages?: boolean;
  layout?: 'popup' | 'library';
  /** The digest's pictures kept in the library, shown from their stored bytes. */
  kept?: ImageCapture | null;
  /** The library's notes panel, shown above the entities beside the text. */
  side?: ComponentChildren;
  /** The element holding the article (the library keeps a selection made inside it as a highlight). */
  articleRef?: Ref<HTMLElement>;
  onAnchored?: (ids: Set<string>) => void;
}

export function DigestView({
  digest,
  reader = DEFAULT_READER,
  remoteImages = true,
  layout = 'popup',
  kept = null,
  side,
  articleRef,
  onAnchored,
}: Props) {
  const { t } = useI18n();
  const [active, setActive] = useState<string | null>(null);
  const selection = { active, onSelect: setActive };
  const highlight = useMemo(() => selectedSpans(digest.entities, active), [active, digest.entities]);
  const article = (
    <section class="digest__article" aria-label={t('digest.article')} ref={articleRef}>
      <ArticleView
        key={digest.id}
        article={digest.article}
        highlight={highlight}
        reader={reader}
        remoteImages={remoteImages}
        kept={kept}
        highlights={digest.highlights}
        onAnchored={onAnchored}
      />
    </section>
  );
  if (layout === 'popup') {
    return (
      <article class="digest" aria-labelledby="digest-title">
        <DigestHeader article={digest.article} />
        <EntityBar entities={digest.entities} selection={selection} idPrefix="entity-panel" />
        {article}
      </article>
    );
  }
  return (
    <article class="digest digest--library" aria-labelledby="digest-title">
      <div class="digest__main">
        <DigestHeader article={digest.article} />
        {article}
      </div>
      <div class="digest__side">
        {side}
        <EntityColumn entities={digest.entities} selection={selection} />
      </div>
    </article>
  );
}
