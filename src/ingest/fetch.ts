/**
 * Fetching a page or feed the user named by URL (Node's fetch). Only called for inputs
 * that are http(s) URLs; nothing else in newsgraph touches the network.
 * @module
 */
import { InputError } from '../model/errors.js';

/** Largest response read, in bytes; longer bodies are cut. */
export const MAX_FETCH_BYTES = 20 * 1024 * 1024;

/** True for `http://` and `https://` strings. */
export function isUrl(s: string): boolean { return /^https?:\/\//i.test(s); }

/**
 * GETs `url` with a timeout; returns the body bytes (cut at {@link MAX_FETCH_BYTES}),
 * content type and final URL after redirects.
 * @throws InputError on network errors, timeouts and non-2xx statuses.
 */
export async function fetchUrl(url: string, timeoutMs = 20_000): Promise<{ bytes: Uint8Array; contentType: string; url: string }> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow', headers: { 'user-agent': 'newsgraph/0.1 (+offline news analysis)', accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5' } });
  } catch (e) {
    const why = (e as Error).name === 'TimeoutError' ? `no response within ${timeoutMs / 1000}s` : (e as Error).message;
    throw new InputError('E_FETCH', `${url}: cannot fetch (${why})`);
  }
  if (!res.ok) throw new InputError('E_FETCH', `${url}: HTTP ${res.status} ${res.statusText}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body) {
    const reader = res.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value); size += value.length;
      if (size >= MAX_FETCH_BYTES) { await reader.cancel(); break; }
    }
  }
  const bytes = new Uint8Array(Math.min(size, MAX_FETCH_BYTES));
  let off = 0;
  for (const c of chunks) { const n = Math.min(c.length, bytes.length - off); bytes.set(c.subarray(0, n), off); off += n; if (off >= bytes.length) break; }
  if (!bytes.length) throw new InputError('E_EMPTY', `${url}: empty response`);
  return { bytes, contentType: res.headers.get('content-type') ?? '', url: res.url || url };
}
