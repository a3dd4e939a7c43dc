// The messages between the extension's pages (popup, library) and the background, as one typed call map: a
// call names its type, its request and its answer here, and nowhere else. The background answers with
// `answerCall`; the pages send with `callBackground` (browser-adapter.ts).
import type { SaveAnswer, SaveRequest } from './save-use-case';

export interface CallMap {
  /** The popup's save: written by the background, so closing the popup cannot cut it short. */
  'save-digest': { request: SaveRequest; answer: SaveAnswer };
}

export type CallType = keyof CallMap;

/** What travels: the call's type and its request. */
export type CallMessage<K extends CallType = CallType> = { call: K; request: CallMap[K]['request'] };

export type CallHandlers = { [K in CallType]: (request: CallMap[K]['request']) => Promise<CallMap[K]['answer']> };

const PREFIX = 'tin-gon/';

export function callMessage<K extends CallType>(
  call: K,
  request: CallMap[K]['request'],
): { type: string; call: K; request: CallMap[K]['request'] } {
  return { type: PREFIX + call, call, request };
}

/** The handler's answer for a message of the map, or undefined for anything else (other listeners answer it). */
export function answerCall(handlers: CallHandlers, message: unknown): Promise<unknown> | undefined {
  const m = message as { type?: unknown; call?: unknown; request?: unknown } | null;
  if (!m || typeof m.call !== 'string' || m.type !== PREFIX + m.call || !(m.call in handlers)) return undefined;
  if (typeof m.request !== 'object' || m.request === null) return undefined;
  const call = m.call as CallType;
  return handlers[call](m.request as CallMap[typeof call]['request']);
}
