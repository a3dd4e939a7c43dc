// Decode the bytes of a saved page into text, honouring the charset the page declares (as a browser would):
// byte-order mark first, then <meta charset> / <meta http-equiv=Content-Type> in the first 2 KB, else UTF-8.

const SNIFF_BYTES = 2048;
/** `charset=value` at a given place (sticky); one optional quote, white space around it. */
const CHARSET_VALUE = /charset\s*=\s*(?:["']\s*)?([\w.:-]+)/iy;

/** The charset named by a BOM, or null. */
function bomCharset(bytes: Uint8Array): { label: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { label: 'utf-8', skip: 3 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { label: 'utf-16be', skip: 2 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { label: 'utf-16le', skip: 2 };
  return null;
}

/** The charset declared in the page head, or null. Bytes are read as Latin-1 so any encoding can be sniffed. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  // A scan rather than /<meta[^>]+charset…/, which went back over a tag from every "<meta" in a run of them.
  // Same answer: in the first <meta tag that has one, the last `charset=` with a value.
  const lower = head.toLowerCase();
  for (let at = lower.indexOf('<meta'); at !== -1;) {
    const close = lower.indexOf('>', at);
    const end = close === -1 ? lower.length : close;
    for (
      let c = lower.lastIndexOf('charset', end - 'charset'.length);
      c >= at + '<meta'.length + 1;
      c = lower.lastIndexOf('charset', c - 1)
    ) {
      CHARSET_VALUE.lastIndex = c;
      const value = CHARSET_VALUE.exec(head)?.[1];
      if (value) return value.toLowerCase();
    }
    at = close === -1 ? -1 : lower.indexOf('<meta', close);
  }
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null; // unknown label: the caller falls back to UTF-8
  }
}

/** Decode page bytes to a string. Unknown or missing charsets fall back to UTF-8 (replacement characters, no throw). */
export function decodeHtmlBytes(bytes: Uint8Array): string {
  const bom = bomCharset(bytes);
  if (bom) return new TextDecoder(bom.label).decode(bytes.subarray(bom.skip));
  const declared = declaredCharset(bytes);
  // A page saved as UTF-8 often keeps a stale "utf-16" declaration from the server; bytes without a BOM cannot be UTF-16 here.
  const decoder = declared && !declared.startsWith('utf-16') ? decoderFor(declared) : null;
  return (decoder ?? new TextDecoder('utf-8')).decode(bytes);
}
