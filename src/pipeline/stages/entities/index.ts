import type { AttrValue, Doc } from '../../../model/types.js';
import type { AnnotationDraft, Stage, StageContext } from '../../stage.js';
import { recogniseNames, getTagger } from './recognise.js';
import { canonicalise } from './canonical.js';
import { getPetrarch } from '../../../kb/petrarch.js';

/** Options of {@link createEntitiesStage}. */
export interface EntitiesStageOptions {
  /** The recogniser's model file (default: the committed models/ner.bin). */
  nerModelPath?: string | URL;
}

/**
 * Named entities: the trained recogniser (src/ner), KB-guided span repair and
 * typing, then per-document canonical entities linked to the knowledge base (src/kb).
 *
 * Writes layer `mentions` (ids `m…`; label = PERSON | ORG | GPE | LOC | NORP | EVENT | MISC;
 * attrs `entity` = entity id, `kind` = name | nominal | pronoun | demonym | title, and
 * `inferred: true` / `metonymy: true` / `role` where they apply) and layer `entities`
 * (ids `e…`; span = the first name mention, else the first mention; label = type; attrs
 * `name`, `mentions` = mention ids, `kb`, `wikidata`, `iso`, `role`, `affiliation` = the entity id of a
 * person's organisation, `country`, `variant`, `lat`, `lon`).
 * Offsets: half-open UTF-16 into `doc.text`.
 */
export function createEntitiesStage(options: EntitiesStageOptions = {}): Stage {
  const modelPath = options.nerModelPath;
  return {
  name: 'entities',
  version: '2',
  requires: ['sentences', 'tokens'],
  // The parse, when an earlier stage made one, tells capitals acting as subjects ("Quito regards").
  optional: ['pos', 'dep'],
  assigns: ['mentions', 'entities'],
  languages: ['en'],
  // The tagger and the PETRARCH2 actor table load once here, not inside the first document.
  init() { getTagger(modelPath); getPetrarch(); },
  run(doc: Doc, ctx: StageContext): AnnotationDraft[] {
    const text = doc.text;
    const { names, tokens } = recogniseNames(doc, getTagger(modelPath));
    const { mentions, clusters } = canonicalise(doc, names, tokens);
    const entityIds = clusters.map(() => '');
    const mentionIds: string[][] = clusters.map(() => []);
    const firstSpan: ({ start: number; end: number } | undefined)[] = clusters.map(() => undefined);
    // Entity ids in order of first mention, so they read naturally.
    const order: number[] = [];
    const firstMention = new Map<number, (typeof mentions)[number]>();
    for (const m of mentions) if (!firstMention.has(m.cluster)) { firstMention.set(m.cluster, m); order.push(m.cluster); }
    for (const c of order) entityIds[c] = ctx.newId('e');
    const out: AnnotationDraft[] = [];
    for (const m of mentions) {
      const id = ctx.newId('m');
      mentionIds[m.cluster].push(id);
      if (m.kind === 'name' && !firstSpan[m.cluster]) firstSpan[m.cluster] = m;
      const attrs: Record<string, AttrValue> = { entity: entityIds[m.cluster], kind: m.kind };
      if (m.inferred) attrs.inferred = true;
      if (m.metonymy) attrs.metonymy = true;
      if (m.role) attrs.role = m.role;
      out.push({ id, layer: 'mentions', start: m.start, end: m.end, text: text.slice(m.start, m.end), label: m.type, attrs });
    }
    for (const c of order) {
      const cl = clusters[c];
      const span = firstSpan[c] ?? firstMention.get(c)!;
      const attrs: Record<string, AttrValue> = { name: cl.name, mentions: mentionIds[c] };
      if (cl.kb) {
        attrs.kb = cl.kb.id;
        if (cl.kb.wikidata) attrs.wikidata = cl.kb.wikidata;
        if (cl.kb.iso2) attrs.iso = cl.kb.iso2;
        if (cl.kb.lat !== undefined && cl.kb.lon !== undefined) { attrs.lat = cl.kb.lat; attrs.lon = cl.kb.lon; }
        if (cl.kb.kind !== 'person') attrs.kbKind = cl.kb.kind;
      }
      if (cl.role) attrs.role = cl.role;
      if (cl.affiliation !== undefined && entityIds[cl.affiliation]) attrs.affiliation = entityIds[cl.affiliation];
      if (cl.country) attrs.country = cl.country;
      if (cl.variant) attrs.variant = cl.variant;
      out.push({ id: entityIds[c], layer: 'entities', start: span.start, end: span.end, text: text.slice(span.start, span.end), label: cl.type, attrs });
    }
    return out;
  },
  };
}

/** The entities stage with the committed recogniser. */
export const entitiesStage: Stage = createEntitiesStage();
