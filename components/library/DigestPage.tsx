// One digest in reader typography: the header and the article in the main column, the people, agreements and
// sides beside it with the user's notes, tags and highlights; the text settings, print and delete above.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ImageCapture } from '../../lib/images';
import type { Prefs } from '../../platform/platform';
import { DigestView } from '../common/DigestView';
import { ReaderControls } from '../common/ReaderControls';
import { useLibrary } from './context';
import { deleteDigests } from './delete-digests';
import { NotesPanel } from './NotesPanel';
import { routeHref } from './route';

interface Props {
  id: string;
  prefs: Prefs;
  update: (patch: Partial<Prefs>) => void;
  /** Images from the article's site: the user's setting, once it has been read. */
  remoteImages: boolean;
}

export function DigestPage({ id, prefs, update, remoteImages }: Props) {
  const { controller, t } = useLibrary();
  const articleRef = useRef<HTMLElement>(null);
  const [anchored, setAnchored] = useState<Set<string> | null>(null);
  const onAnchored = useCallback((ids: Set<string>) => setAnchored(ids), []);
  // The full record is read for the reader (the list's search index keeps copies without the article's HTML).
  const [missing, setMissing] = useState(false);
  // The kept pictures are read before the article is shown: shown first without them, it would request its images.
  const [kept, setKept] = useState<{ id: string; images: ImageCapture | null } | null>(null);
  useEffect(() => {
    setMissing(false);
    void controller.open(id).then(
      (d) => setMissing(!d),
      () => setMissing(true),
    );
    void controller.keptImages(id).then((images) => setKept({ id, images }));
  }, [controller, id]);
  const digest = controller.full(id);
  if (!digest || kept?.id !== id) {
    return (
      <div class="lib-page">
        <a href={routeHref({ name: 'list' })}>{t('lib.back')}</a>
        <p>{missing ? t('lib.notFound') : t('lib.loading')}</p>
      </div>
    );
  }
  return (
    <div class="lib-digest">
      <div class="lib-digest__bar">
        <a href={routeHref({ name: 'list' })}>{t('lib.back')}</a>
        <ReaderControls prefs={prefs} update={update} id="lib-reader" />
        <button type="button" class="button" data-testid="print" onClick={() => print()}>
          {t('lib.print')}
        </button>
        <button
          type="button"
          class="button"
          data-testid="delete-digest"
          onClick={() => {
            void deleteDigests(controller, t, [digest.id]);
            location.hash = routeHref({ name: 'list' });
          }}
        >
          {t('lib.delete')}
        </button>
      </div>
      <DigestView
        digest={digest}
        reader={prefs}
        remoteImages={remoteImages}
        kept={kept.images}
        layout="library"
        articleRef={articleRef}
        onAnchored={onAnchored}
        side={<NotesPanel key={digest.id} digest={digest} articleRef={articleRef} anchored={anchored} />}
      />
    </div>
  );
}
