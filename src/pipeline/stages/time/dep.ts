import type { Doc } from '../../../model/types.js';
import { layer } from '../../../model/doc.js';

/**
 * Token id → head token id (null for the root) from the `dep` layer (one annotation per token,
 * attrs `token` and `head`). `head` may name the head's token or the head's `dep` annotation;
 * both are mapped to token ids. Empty when the document has no `dep` layer.
 */
export function headsByToken(doc: Doc): Map<string, string | null> {
  const deps = layer(doc, 'dep');
  const tokenOfDep = new Map<string, string>();
  for (const d of deps) tokenOfDep.set(d.id, d.attrs.token as string);
  const out = new Map<string, string | null>();
  for (const d of deps) {
    const h = d.attrs.head;
    const head = typeof h === 'string' ? tokenOfDep.get(h) ?? h : null;
    out.set(d.attrs.token as string, head);
  }
  return out;
}
