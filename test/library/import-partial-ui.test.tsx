// @vitest-environment happy-dom
// The Import dialog when storage fills up part way through a backup (review1 defect 7): it says how many digests
// were written and how many were not, never "File refused", and the written ones are listed.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { makeDigest } from '../../lib/digest';
import { parseHtml } from '../../node/parse-html';
import { backupJson } from '../../lib/export';
import { createDigestStore, createMemoryArea } from '../../lib/storage';
import { makeArticle, makeEntities } from '../storage/fixtures';
import { fakePlatform } from '../popup/fake-platform';

afterEach(cleanup);

const digests = Array.from({ length: 250 }, (_, i) => {
  const a = makeArticle(i + 1);
  return makeDigest(a, makeEntities(a), 'page', new Date('2025-06-01T00:00:00Z'));
});

it('a backup stopped by a full storage after its first 200 digests: the counts written and not written', async () => {
  history.replaceState(null, '', '/library.html');
  const probe = createMemoryArea();
  await createDigestStore(probe).importDigests(digests.slice(0, 200));
  const p = fakePlatform({ uiLanguage: 'en' });
  const full = createMemoryArea({ quotaBytes: Math.round((await probe.getBytesInUse())! * 1.1) });
  Object.assign(p, { area: full, store: createDigestStore(full, { lock: p.lock }) });
  render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => {}} />);
  await waitFor(() => expect((screen.getByTestId('import-open') as HTMLButtonElement).disabled).toBe(false));
  fireEvent.click(screen.getByTestId('import-open'));
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    value: [
      new File([backupJson(digests, new Date('2025-06-02T00:00:00Z'))], 'backup.json', { type: 'application/json' }),
    ],
  });
  fireEvent.change(input);
  const message = (await screen.findByTestId('import-error', {}, { timeout: 10_000 })).textContent!;
  expect(message).toContain('Imported in part: 200 new, 0 merged, 0 unchanged; 50 not written (storage full)');
  expect(message).not.toContain('Not imported');
  await waitFor(() => expect(screen.getAllByTestId('row').length).toBeGreaterThan(0));
  expect(await p.store.count()).toBe(200);
}, 30_000);
