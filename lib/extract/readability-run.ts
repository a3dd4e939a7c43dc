// Readability on the generic path's working copy, without the copy of the page it makes and nearly always
// throws away. At the start of its search Readability serialises the whole <body> (`body.innerHTML`), to
// restore it when the article it finds is too short and it searches again with looser rules. On nearly
// every page the first search succeeds and that string is never read: serialising it was a twelfth of
// Readability's own time and a twentieth of the generic path's. Here the body answers that read with a token
// instead; a retry writes the token back, which stops the run, and Readability then runs again, as it comes,
// on a fresh working copy prepared the same way (so the retry sees exactly the page it would have restored).
// Readability itself stays the engine: it is given the same document and options, and nothing else of it
// is changed.
import { Readability } from '@mozilla/readability';

export type ReadabilityResult = ReturnType<Readability<Element>['parse']>;

/** Readability's retry, stopped: the run is redone with the body's serialisation it needs. */
class RetryNeeded extends Error {}

/** What the body's `innerHTML` reads as until Readability writes it back (only a retry does). */
const NOT_SERIALISED = '<!-- tin-gon: body not serialised; Readability retries on a fresh copy -->';

/** The setter of `innerHTML` on `el`'s prototypes (the DOM's own). */
function protoSetter(el: Element): ((v: string) => void) | null {
  for (let p = Object.getPrototypeOf(el) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, 'innerHTML');
    if (d) return d.set ?? null;
  }
  return null;
}

/**
 * Readability's result on `copy` (which it modifies), or null when it finds nothing or fails. `again`: a fresh
 * copy of the page prepared exactly as `copy` was (null when none can be made), for the rare page where
 * Readability searches a second time.
 */
export function runReadability(copy: Document, again: () => Document | null): ReadabilityResult {
  const body = copy.body;
  const set = body ? protoSetter(body) : null;
  if (!body || !set) return parse(copy);
  Object.defineProperty(body, 'innerHTML', {
    configurable: true,
    get: () => NOT_SERIALISED,
    set(html: string) {
      if (html === NOT_SERIALISED) throw new RetryNeeded();
      set.call(body, html);
    },
  });
  try {
    return new Readability<Element>(copy, OPTIONS).parse();
  } catch (err) {
    if (!(err instanceof RetryNeeded)) return null;
    const fresh = again();
    return fresh ? parse(fresh) : null;
  } finally {
    Reflect.deleteProperty(body, 'innerHTML'); // the DOM's own again
  }
}

// serializer: keep Readability's element instead of re-parsing its HTML string.
const OPTIONS = { keepClasses: false, serializer: (el: Node) => el as Element };

function parse(doc: Document): ReadabilityResult {
  try {
    return new Readability<Element>(doc, OPTIONS).parse();
  } catch {
    return null;
  }
}
