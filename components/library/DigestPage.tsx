// One digest in reader typography (the popup's DigestView) beside the user's notes, tags and highlights.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DigestView } from '../common/DigestView';
import { useLibrary } from './context';
import { NotesPanel } from './NotesPanel';
import { routeHref } from './route';

export function DigestPage({ id, remoteImages = true }: { id: string; remoteImages?: boolean }) {
  const { controller, t } = useLibrary();
  const articleRef = useRef<HTMLDivElement>(null);
  // The full record is read for the reader (the list's search index keeps copies without the article's HTML).
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    setMissing(false);
    void controller.open(id).then((d) => setMissing(!d), () => setMissing(true));
  }, [controller, id]);
  const digest = controller.full(id);
  if (!digest) {
    return (
      <div class="lib-page">
        <a href={routeHref({ name: 'list' })}>{t('back')}</a>
        <p>{missing ? t('notFound') : t('loading')}</p>
      </div>
    );
  }
  return (
    <div class="lib-digest">
      <div class="lib-digest__article" ref={articleRef}>
        <div class="lib-digest__bar">
          <a href={routeHref({ name: 'list' })}>{t('back')}</a>
          <button
            type="button"
            class="button"
            data-testid="delete-digest"
            onClick={() => {
              void controller.remove([digest.id]);
              location.hash = routeHref({ name: 'list' });
            }}
          >
            {t('delete')}
          </button>
        </div>
        <DigestView digest={digest} remoteImages={remoteImages} />
      </div>
      <NotesPanel key={digest.id} digest={digest} articleRef={articleRef} />
    </div>
  );
}
