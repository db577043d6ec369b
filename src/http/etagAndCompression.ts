// Conditional GETs and compression for everything sent whole with res.send (GraphQL answers,
// JSON errors, pages), with node:zlib rather than the `compression` package: it is a wrapper of
// res.send, and the ETag must be taken from the body before it is compressed.
//
// - A GET or HEAD answered 200 gets a weak ETag (a hash of the body, so it changes only when the
//   answer does), and one whose If-None-Match names it gets 304 with no body. POSTs are not
//   conditional requests and are not hashed.
// - A body of at least `threshold` bytes of a text type is compressed with brotli or gzip, as the
//   client's Accept-Encoding prefers (brotli on a tie), off the event loop in zlib's thread pool.
//   Brotli at quality 4 and gzip at level 6, the levels made for responses compressed per request:
//   brotli's default, 11, is for files compressed once.
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export interface EncodingOptions {
  /** Bodies smaller than this many bytes are sent as they are. */
  readonly threshold: number;
}

const COMPRESSIBLE = /^(text\/|application\/(json|graphql-response\+json|javascript|xml|csv)|image\/svg\+xml)/i;

const weakEtag = (body: Buffer) => `W/"${body.length.toString(16)}-${createHash('sha1').update(body).digest('base64url')}"`;

function compress(encoding: 'br' | 'gzip', body: Buffer, done: (error: Error | null, out: Buffer) => void): void {
  if (encoding === 'br') {
    zlib.brotliCompress(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } }, done);
  } else {
    zlib.gzip(body, { level: 6 }, done);
  }
}

/** The q value Accept-Encoding gives `coding` (its own entry, else `*`'s, else 0). */
function qualityOf(header: string, coding: string): number {
  let star = 0;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    const value = q ? Number(q[1]) : 1;
    if (name === coding) return Number.isFinite(value) ? value : 0;
    if (name === '*') star = Number.isFinite(value) ? value : 0;
  }
  return star;
}

/** Brotli when the client takes it at least as gladly as gzip (it is smaller), else gzip, else none. */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const br = qualityOf(acceptEncoding, 'br');
  const gzip = qualityOf(acceptEncoding, 'gzip');
  if (br > 0 && br >= gzip) return 'br';
  return gzip > 0 ? 'gzip' : null;
}

export function etagAndCompression(options: EncodingOptions = { threshold: 1024 }): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if ((typeof body !== 'string' && !Buffer.isBuffer(body)) || res.getHeader('content-encoding') !== undefined) return send(body);
      // Express gives a string its charset and, when none is set, text/html; a Buffer it would not.
      if (typeof body === 'string') {
        const type = String(res.getHeader('content-type') ?? 'text/html');
        res.setHeader('content-type', /charset=/i.test(type) ? type : `${type}; charset=utf-8`);
      }
      const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
      if ((req.method === 'GET' || req.method === 'HEAD') && res.statusCode === 200 && res.getHeader('etag') === undefined) {
        res.setHeader('ETag', weakEtag(bytes));
        // Express answers 304 (and drops the body) itself once an ETag matches If-None-Match.
        if (req.fresh) return send(bytes);
      }
      if (bytes.length < options.threshold || !COMPRESSIBLE.test(String(res.getHeader('content-type')))) return send(bytes);
      res.vary('Accept-Encoding');
      const encoding = chooseEncoding(req.headers['accept-encoding']);
      if (encoding === null) return send(bytes);
      compress(encoding, bytes, (error, out) => {
        if (error) return void send(bytes);
        res.setHeader('Content-Encoding', encoding);
        send(out);
      });
      return res;
    };
    next();
  };
}
