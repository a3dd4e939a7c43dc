// Text with the search words marked (<mark>), from ranges computed in the original accented text.
import type { Range } from '../../lib/search';

export function Marked({ text, ranges }: { text: string; ranges?: readonly Range[] }) {
  if (!ranges || ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at || r.end > text.length) continue;
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(<mark key={r.start}>{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
