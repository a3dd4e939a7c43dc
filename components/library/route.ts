// Hash routes of the library page (the popup opens "#/digest/<id>"); the search lives in location.search.
import { useEffect, useState } from 'preact/hooks';

export type Route =
  { name: 'list' } | { name: 'digest'; id: string } | { name: 'people' } | { name: 'agreements' } | { name: 'sides' };

/** A digest id from the address; a malformed escape (%E0%A4%A, typed or pasted) is taken as written, not thrown. */
function decodedId(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function parseRoute(hash: string): Route {
  const h = hash.replace(/^#\/?/, '');
  if (h.startsWith('digest/')) return { name: 'digest', id: decodedId(h.slice('digest/'.length)) };
  if (h === 'people') return { name: 'people' };
  if (h === 'agreements') return { name: 'agreements' };
  if (h === 'sides') return { name: 'sides' };
  return { name: 'list' };
}

export function routeHref(route: Route): string {
  if (route.name === 'digest') return `#/digest/${encodeURIComponent(route.id)}`;
  if (route.name === 'list') return '#/';
  return `#/${route.name}`;
}

/** A route as one string, per page shown: each digest is a page of its own. */
export function pageOf(route: Route): string {
  return route.name === 'digest' ? `digest:${route.id}` : route.name;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return route;
}
