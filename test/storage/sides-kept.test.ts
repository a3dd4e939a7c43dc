// The sides of a digest (Entities.sides: countries, organisations, places) survive every way the store reads and
// writes a record: a save, a refresh, the reads by id, ids and address, undo of a delete, an import (added and
// merged, through the backup validation), and the migration from layout 1. A record saved before sides existed
// keeps having none (no empty list invented), and a damaged side entry is dropped without losing the others.
import { describe, expect, it } from 'vitest';
import type { Digest } from '../../lib/digest';
import { parseHtml } from '../../node/parse-html';
import { extractEntities } from '../../lib/entities';
import type { Entities } from '../../lib/entities';
import { entityText } from '../../lib/digest';
import { backupJson } from '../../lib/export';
import { parseBackup } from '../../lib/import';
import { createDigestStore, RECORD_PREFIX } from '../../lib/storage/digest-store';
import { createMemoryArea } from '../../lib/storage/memory-area';
import { createLegacyV1Store } from '../support/legacy-v1/digest-store-v1';
import { makeArticle } from './fixtures';

function setup(start = '2025-05-24T10:00:00Z') {
  const area = createMemoryArea();
  let t = Date.parse(start);
  return { area, store: createDigestStore(area, { now: () => new Date((t += 1000)) }) };
}

/** The entities the extraction finds in the fixture article (the real extraction: its sides included). */
function realEntities(n: number, over = {}) {
  const article = makeArticle(n, over);
  return { article, entities: extractEntities(entityText(article)) };
}

const sideNames = (e: Entities) => (e.sides ?? []).map((s) => s.name);

describe('the store keeps the sides of a digest', () => {
  it('the fixture article has sides (else the tests below would prove nothing)', () => {
    const { entities } = realEntities(1);
    expect(sideNames(entities)).toContain('Nhật Bản');
  });

  it('through a save and every read: by id, by ids, by address', async () => {
    const { store } = setup();
    const { article, entities } = realEntities(1);
    const { digest } = await store.saveDigest(article, entities, 'page');
    expect(digest.entities.sides).toEqual(entities.sides);
    expect((await store.getDigest(digest.id))?.entities.sides).toEqual(entities.sides);
    expect((await store.getDigests([digest.id]))[0]?.entities.sides).toEqual(entities.sides);
    expect((await store.getByUrl(article.url))?.entities.sides).toEqual(entities.sides);
  });

  it('a refresh stores the new extraction’s sides; undo of a delete puts them back', async () => {
    const { store } = setup();
    const first = realEntities(1);
    const { digest } = await store.saveDigest(first.article, first.entities, 'page');
    const body = `${first.article.bodyText}\n\nBộ trưởng cũng gặp đại diện Liên hợp quốc và Hàn Quốc tại Hà Nội.`;
    const second = realEntities(1, { bodyText: body });
    expect(sideNames(second.entities).length).toBeGreaterThan(sideNames(first.entities).length);
    await store.saveDigest(second.article, second.entities, 'page');
    const refreshed = await store.getDigest(digest.id);
    expect(refreshed?.entities.sides).toEqual(second.entities.sides);
    const removed = await store.deleteDigest(digest.id);
    await store.restoreDigest(removed!);
    expect((await store.getDigest(digest.id))?.entities.sides).toEqual(second.entities.sides);
  });

  it('a digest saved before sides existed has none after a read, and a damaged side entry is dropped alone', async () => {
    const { area, store } = setup();
    const old = realEntities(1);
    const { sides: _dropped, ...withoutSides } = old.entities;
    const { digest } = await store.saveDigest(old.article, withoutSides, 'page');
    const read = await store.getDigest(digest.id);
    expect(read?.entities).not.toHaveProperty('sides');

    const other = realEntities(2);
    const saved = (await store.saveDigest(other.article, other.entities, 'page')).digest;
    const key = RECORD_PREFIX + saved.id;
    const raw = JSON.parse(area.data.get(key)!) as Digest;
    (raw.entities as { sides: unknown[] }).sides.push({ kind: 'country' }, 'Lào');
    area.data.set(key, JSON.stringify(raw));
    expect((await store.getDigest(saved.id))?.entities.sides).toEqual(other.entities.sides);
  });

  it('through an import: a new digest added and a digest already saved merged, both from a validated backup', async () => {
    const { store } = setup();
    const a = realEntities(1);
    const b = realEntities(2);
    // The backup was made on another machine that saved both articles a day later (its copy is the newer one).
    const elsewhere = setup('2025-05-25T10:00:00Z').store;
    const fromFile = [
      (await elsewhere.saveDigest(a.article, a.entities, 'page')).digest,
      (await elsewhere.saveDigest(b.article, b.entities, 'page')).digest,
    ];
    // The library already holds article 1 without sides (saved by an older version).
    const { sides: _none, ...withoutSides } = a.entities;
    const mine = (await store.saveDigest(a.article, withoutSides, 'page')).digest;
    await store.updateNotes(mine.id, 'ghi chú của tôi');
    const parsed = parseBackup(backupJson(fromFile), parseHtml('<p></p>'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await store.importDigests(parsed.digests)).toMatchObject({ added: 1, merged: 1 });
    expect((await store.getByUrl(b.article.url))?.entities.sides).toEqual(b.entities.sides);
    const merged = await store.getByUrl(a.article.url);
    expect(merged?.notes).toContain('ghi chú của tôi');
    expect(merged?.entities.sides).toEqual(a.entities.sides);
  });

  it('through the migration from layout 1: records written by the old code are read with their sides', async () => {
    const area = createMemoryArea();
    const legacy = createLegacyV1Store(area);
    const a = realEntities(1);
    const { digest } = await legacy.saveDigest(a.article, a.entities, 'page');
    const store = createDigestStore(area);
    await store.ready();
    expect((await store.getDigest(digest.id))?.entities.sides).toEqual(a.entities.sides);
    expect((await store.getByUrl(a.article.url))?.entities.sides).toEqual(a.entities.sides);
  });
});
