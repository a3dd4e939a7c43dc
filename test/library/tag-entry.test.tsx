// @vitest-environment happy-dom
// The tag box of an open digest: a pasted "EU," keeps no comma, "a;b" is two tags (lib/digest/tags.ts splitTags).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { parseHtml } from '../../node/parse-html';
import { createDigestStore } from '../../lib/storage';
import { fakePlatform } from '../popup/fake-platform';
import { makeDigest } from './make-digest';

beforeEach(() => history.replaceState(null, '', '/library.html'));
afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('the tag box', () => {
  it('splits what is pasted on , ; and trims punctuation at the ends', async () => {
    const p = fakePlatform({ uiLanguage: 'vi' });
    const store = createDigestStore(p.area, { lock: p.lock });
    await store.restoreDigest(makeDigest({ id: 'a', title: 'Hội đàm Việt Nam - EU', body: 'Nội dung bài.' }));
    render(<LibraryApp platform={p} parseHtml={parseHtml} save={() => undefined} />);
    await waitFor(() => expect(screen.getAllByTestId('row-title')).toHaveLength(1));
    location.hash = '#/digest/a';
    const input = (await screen.findByTestId('tag-input')) as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'EU,' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(async () => expect((await store.getDigest('a'))!.tags).toEqual(['EU']));
    fireEvent.input(input, { target: { value: 'a;b' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(async () => expect((await store.getDigest('a'))!.tags).toEqual(['EU', 'a', 'b']));
  });
});
