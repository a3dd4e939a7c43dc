// An HTTPS server for the privacy test that records every request it answers (host, path, cookie, referrer,
// origin) and serves real pictures: a photo-sized PNG for image paths, a 1×1 GIF for tracker paths, and
// cookies for the paths that set them. An image under a /cors/ folder is served with
// `Access-Control-Allow-Origin: *`, as CDNs that allow CORS reads serve theirs. Every host name reaches it (Chromium runs with --host-resolver-rules).
import { createServer } from 'node:https';
import { deflateSync } from 'node:zlib';
import { selfSignedCert } from './harness';

export interface Recorded {
  host: string;
  path: string;
  cookie: string | null;
  referer: string | null;
  origin: string | null;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** A grey RGB PNG of `w`×`h` pixels: a real picture of a photo's size. */
export function png(w: number, h: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const rows = Buffer.alloc((w * 3 + 1) * h, 0x80);
  for (let y = 0; y < h; y++) rows[y * (w * 3 + 1)] = 0; // filter byte per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const PHOTO = png(640, 360);

export interface RecordingServer {
  port: number;
  log: Recorded[];
  /** https://<host>:<port><path> */
  url(realUrl: string): string;
  close(): Promise<void>;
}

/** `pages`: HTML by path. `/set-cookie?...` sets the cookie named in its query on the requested host. */
export async function startRecordingServer(pages: Record<string, string>): Promise<RecordingServer> {
  const tls = selfSignedCert();
  const log: Recorded[] = [];
  const server = createServer(tls, (req, res) => {
    const u = new URL(req.url ?? '/', 'https://x');
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    log.push({
      host,
      path: u.pathname,
      cookie: req.headers.cookie ?? null,
      referer: req.headers.referer ?? null,
      origin: (req.headers.origin as string | undefined) ?? null,
    });
    if (u.pathname === '/set-cookie') {
      const name = u.searchParams.get('name') ?? 'id';
      const domain = u.searchParams.get('domain');
      res
        .writeHead(200, {
          'content-type': 'text/html',
          'set-cookie': `${name}=reader-42; Path=/; Max-Age=3600; Secure; SameSite=None${domain ? `; Domain=${domain}` : ''}`,
        })
        .end('<p>ok</p>');
      return;
    }
    const page = pages[u.pathname];
    if (page !== undefined) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else if (/\.(?:gif)$/.test(u.pathname)) res.writeHead(200, { 'content-type': 'image/gif' }).end(PIXEL);
    else if (/\.(?:jpg|png)$/.test(u.pathname))
      res
        .writeHead(200, {
          'content-type': 'image/png',
          ...(u.pathname.includes('/cors/') ? { 'access-control-allow-origin': '*' } : {}),
        })
        .end(PHOTO);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    log,
    url: (realUrl) => {
      const u = new URL(realUrl);
      return `https://${u.hostname}:${port}${u.pathname}${u.search}`;
    },
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections(); // Chromium keeps connections alive
      }),
  };
}
