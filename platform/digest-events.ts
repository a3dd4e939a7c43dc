// "Digests changed" between the extension's pages and its background, on a BroadcastChannel: the writer (any
// context) says which digests a write touched once the write and the kept search index's update are done.
// Pages used to listen to storage.onChanged, which hands every listener the old and new value of every key a
// write touches (a record, a 45 KB shard, the directory): listening cost time in the browser's storage path
// and in the page, on every save. The message carries ids only.
const CHANNEL = 'tin-gon-digests';

interface DigestsMessage {
  ids: string[];
}

/** Tells the other contexts (pages, background) that these digests changed (none: the index or layout did). */
export function announceDigests(ids: readonly string[]): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ ids: [...ids] } satisfies DigestsMessage);
  channel.close();
}

export function onDigestsAnnounced(cb: (ids: string[]) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (e: MessageEvent<DigestsMessage>) => {
    const ids = Array.isArray(e.data?.ids) ? e.data.ids.filter((x): x is string => typeof x === 'string') : [];
    cb(ids);
  };
  return () => channel.close();
}
