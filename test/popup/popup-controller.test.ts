import { describe, expect, it } from 'vitest';
import { PopupController, type PopupState } from '../../components/popup/popup-controller';
import type { InjectedResult } from '../../lib/digest';
import { QuotaExceededError, createDigestStore } from '../../lib/storage';
import { makeArticle, makeEntities } from '../storage/fixtures';
import { fakePlatform } from './fake-platform';

const article = makeArticle(1);
const ok = (over: Partial<Extract<InjectedResult, { ok: true }>> = {}): InjectedResult => ({
  ok: true,
  result: article,
  entities: makeEntities(article),
  selection: null,
  ms: 20,
  ...over,
});

function record(c: PopupController): PopupState[] {
  const states: PopupState[] = [];
  c.subscribe((s) => states.push(s));
  return states;
}

describe('PopupController', () => {
  it('shows progress, then the digest, and saves it automatically', async () => {
    const p = fakePlatform({ answer: () => ok() });
    const c = new PopupController(p);
    const states = record(c);
    await c.start();
    const labels = states.map(
      (s) => s.kind + (s.kind === 'digest' ? `:${s.save.state}` : s.kind === 'loading' ? `:${s.step}` : ''),
    );
    // Consecutive repeats are count refreshes of the same state.
    expect(labels.filter((l, i) => l !== labels[i - 1])).toEqual([
      'loading:tab',
      'loading:extracting',
      'digest:saving',
      'digest:saved',
    ]);
    expect(p.requests).toEqual([{ mode: 'page', force: false }]);
    expect(await c.store.count()).toBe(1);
    expect(c.count).toBe(1);
  });

  it('opening the same article again (tracking URL) shows the saved digest and refreshes only on request', async () => {
    const p = fakePlatform({
      answer: () => ok(),
      tab: { id: 1, url: 'https://baoquocte.vn/bai-viet-1.html', title: '' },
    });
    await new PopupController(p).start();
    const again = fakePlatform({
      answer: () => ok(),
      tab: { id: 2, url: 'https://baoquocte.vn/bai-viet-1.html?utm_source=fb&fbclid=1', title: '' },
    });
    Object.assign(again, { area: p.area, lock: p.lock, store: createDigestStore(p.area, { lock: p.lock }) }); // same storage, another popup
    const c = new PopupController(again);
    await c.start();
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'stored' } });
    // The speculative extraction ran, but its result was neither shown nor saved.
    expect((await c.store.listSummaries())[0]!.updatedAt).toBe(
      (await new PopupController(p).store.listSummaries())[0]!.updatedAt,
    );
    await c.refresh();
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'saved', created: false } });
    expect(await c.store.count()).toBe(1);
  });

  it('undo removes a new digest; undo of a refresh puts the earlier version back', async () => {
    const p = fakePlatform({ answer: () => ok() });
    const c = new PopupController(p);
    await c.start();
    await c.undo();
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'undone', created: true } });
    expect(await c.store.count()).toBe(0);

    await c.refresh(); // saved again
    const first = c.state.kind === 'digest' ? c.state.digest : null;
    p.requests.length = 0;
    const changed = makeArticle(1, { title: 'Tiêu đề đã sửa' });
    Object.assign(p, { extract: async () => ok({ result: changed }) });
    await c.refresh();
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'saved', created: false } });
    await c.undo();
    expect((await c.store.getDigest(first!.id))?.article.title).toBe(article.title);
  });

  it('undo of a refresh keeps a note typed in the library after the refresh, and says the newer version is kept', async () => {
    const p = fakePlatform({ answer: () => ok() });
    const c = new PopupController(p);
    await c.start();
    Object.assign(p, { extract: async () => ok({ result: makeArticle(1, { title: 'Tiêu đề đã sửa' }) }) });
    await c.refresh();
    const id = c.state.kind === 'digest' ? c.state.digest.id : '';
    await createDigestStore(p.area, { lock: p.lock }).updateNotes(id, 'ghi chú trong thư viện'); // the library, meanwhile
    await c.undo();
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'undone', created: false, newerKept: true } });
    expect((await c.store.getDigest(id))?.notes).toBe('ghi chú trong thư viện');
    expect((await c.store.getDigest(id))?.article.title).toBe('Tiêu đề đã sửa');
  });

  it('undo of a new save keeps the digest when a note was typed on it in the library meanwhile, and says so', async () => {
    const p = fakePlatform({ answer: () => ok() });
    const c = new PopupController(p);
    await c.start();
    const id = c.state.kind === 'digest' ? c.state.digest.id : '';
    await createDigestStore(p.area, { lock: p.lock }).updateNotes(id, 'ghi chú trong thư viện');
    await c.undo();
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'undone', created: true, newerKept: true } });
    expect((await c.store.getDigest(id))?.notes).toBe('ghi chú trong thư viện');
  });

  it('explains pages that cannot be read without injecting anything', async () => {
    for (const [url, problem] of [
      ['chrome://extensions/', 'browser-page'],
      ['https://chromewebstore.google.com/detail/x', 'store'],
      ['https://example.org/report.pdf', 'pdf'],
      ['file:///home/a.html', 'file'],
    ] as const) {
      const p = fakePlatform({ tab: { id: 1, url, title: '' }, answer: () => ok() });
      const c = new PopupController(p);
      await c.start();
      expect(c.state).toEqual({ kind: 'problem', problem });
      expect(p.requests).toEqual([]);
    }
    const none = new PopupController(fakePlatform({ tab: null }));
    await none.start();
    expect(none.state).toEqual({ kind: 'problem', problem: 'no-tab' });
  });

  it('maps a refused injection to a message, and a PDF viewer answer to the PDF message', async () => {
    const p = fakePlatform({
      answer: () =>
        Promise.reject(new Error('Cannot access contents of the page. Extension manifest must request permission')),
    });
    const c = new PopupController(p);
    await c.start();
    expect(c.state).toEqual({ kind: 'problem', problem: 'no-access' });
    const pdf = new PopupController(fakePlatform({ answer: () => ({ ok: false, error: 'pdf' }) }));
    await pdf.start();
    expect(pdf.state).toEqual({ kind: 'problem', problem: 'pdf' });
  });

  it('a not-an-article page offers "extract anyway", which forces extraction', async () => {
    const notArticle = {
      kind: 'not-article' as const,
      url: 'https://baoquocte.vn/',
      code: 'listing' as const,
      reason: 'listing',
      title: 'Báo Quốc tế',
    };
    const p = fakePlatform({ answer: (req) => (req.force ? ok() : ok({ result: notArticle, entities: null })) });
    const c = new PopupController(p);
    await c.start();
    expect(c.state).toMatchObject({ kind: 'not-article', result: { code: 'listing' } });
    expect(await c.store.count()).toBe(0);
    await c.extractAnyway();
    expect(p.requests.at(-1)).toEqual({ mode: 'page', force: true });
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'saved' } });
  });

  it('offers the selection and digests it on request', async () => {
    const selection = { text: 'Một đoạn văn được chọn có đủ nhiều từ để tóm tắt riêng.', words: 13 };
    const selArticle = makeArticle(1, { extractor: { path: 'selection', profile: null, fallbackReason: null, ms: 1 } });
    const p = fakePlatform({
      answer: (req) => (req.mode === 'selection' ? ok({ result: selArticle, selection }) : ok({ selection })),
    });
    const c = new PopupController(p);
    await c.start();
    expect(c.state).toMatchObject({ kind: 'digest', selection });
    await c.useSelection();
    expect(p.requests.at(-1)).toEqual({ mode: 'selection', force: true });
    expect(c.state).toMatchObject({ kind: 'digest', selection: null, digest: { source: 'selection' } });
  });

  it('a full storage is reported; the digest is still shown and nothing saved is lost', async () => {
    const p = fakePlatform({ answer: () => ok() });
    const c = new PopupController(p);
    p.area.failNextSet = new QuotaExceededError();
    await c.start(); // the meta write on first open fails first
    expect(c.state).toMatchObject({
      kind: 'digest',
      save: { state: 'error', code: 'quota' },
      digest: { article: { title: article.title } },
    });
    await c.refresh();
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'saved' } });
  });

  it('"save again" re-saves the digest on screen (a selection stays a selection); a newer-schema refusal offers no retry', async () => {
    const selection = { text: 'Một đoạn văn được chọn có đủ nhiều từ để tóm tắt riêng.', words: 13 };
    const selArticle = makeArticle(1, { extractor: { path: 'selection', profile: null, fallbackReason: null, ms: 1 } });
    const p = fakePlatform({
      answer: (req) => (req.mode === 'selection' ? ok({ result: selArticle, selection }) : ok({ selection })),
    });
    const c = new PopupController(p);
    await c.start();
    p.area.failNextSet = new QuotaExceededError();
    await c.useSelection();
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'error', code: 'quota', retry: true } });
    const requests = p.requests.length;
    await c.retrySave();
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'saved' }, digest: { source: 'selection' } });
    expect(p.requests.length).toBe(requests); // nothing extracted again
    await c.retrySave(); // not in an error state: nothing happens
    expect(c.state).toMatchObject({ save: { state: 'saved' } });

    p.saveOverride = async () => ({ ok: false, code: 'newer-schema', detail: 'written by a newer version' });
    await c.refresh();
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'error', code: 'newer-schema', retry: false } });
  });
});

describe('PopupController: the save goes through the background', () => {
  it('the background writes and answers; the popup shows its answer', async () => {
    const p = fakePlatform({ answer: () => ok() });
    const c = new PopupController(p);
    await c.start();
    expect(p.saves).toBe(1);
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'saved', created: true } });
  });

  it('closing the popup while the digest is being saved does not lose the save', async () => {
    const p = fakePlatform({ answer: () => ok() });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const save = p.save.bind(p);
    p.save = async (...args) => {
      const pending = save(...args); // the background has the request and writes
      await gate; // ...the popup is closed before the answer arrives: nobody awaits it
      return pending;
    };
    const c = new PopupController(p);
    void c.start();
    await new Promise((r) => setTimeout(r, 20));
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'saving' } });
    // The popup is gone; storage has the digest all the same.
    expect(await new PopupController(p).store.count()).toBe(1);
    release();
  });

  it('the background stopped before answering: the popup reads back what landed and says so', async () => {
    const p = fakePlatform({ answer: () => ok() });
    const save = p.save.bind(p);
    p.save = async (...args) => {
      await save(...args); // landed...
      return { ok: false, code: 'unanswered', detail: 'The message port closed before a response was received.' }; // ...unanswered
    };
    const c = new PopupController(p);
    await c.start();
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'saved', created: true } });

    const q = fakePlatform({ answer: () => ok() });
    q.saveOverride = async () => ({ ok: false, code: 'unanswered', detail: 'stopped' }); // nothing landed
    const d = new PopupController(q);
    await d.start();
    expect(d.state).toMatchObject({ kind: 'digest', save: { state: 'error', code: 'write-failed' } });
  });

  it('a write that fails in the background is shown with its code', async () => {
    const p = fakePlatform({ answer: () => ok() });
    const c = new PopupController(p);
    await c.start();
    p.area.failNextSet = new Error('IO error');
    await c.refresh();
    expect(c.state).toMatchObject({ kind: 'digest', save: { state: 'error', code: 'write-failed' } });
  });
});
