import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConll, type GoldDoc, type TokSpan } from '../../training/corpora/conll.js';
import { conllStyle, gumDepDir, namedEntities, readGum } from '../../training/corpora/gum.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { countSpans, type Counts } from '../../training/ner/score.js';
import { MissingDataError, type EvalReport, type EvalTask } from '../types.js';
import { prf } from '../metrics.js';

/** GUM types scored, mapped to CoNLL types; other GUM types (time, quantity, abstract …) are not names in CoNLL's sense. */
const GUM_MAP: Record<string, string> = { person: 'PER', place: 'LOC', organization: 'ORG' };

function score(docs: GoldDoc[], tagger: NerTagger, mapGold: (s: TokSpan, tokens: readonly string[]) => TokSpan | null, keepPred: (t: string) => boolean): Counts {
  const counts: Counts = new Map();
  for (const d of docs) {
    const pred = tagger.tagDocument(d.sentences.map((s) => s.tokens));
    d.sentences.forEach((s, i) => {
      const gold = s.spans.map((g) => mapGold(g, s.tokens)).filter((x): x is TokSpan => !!x);
      countSpans(gold, pred[i].filter((p) => keepPred(p.type)), counts);
    });
  }
  return counts;
}

function rows(section: string, counts: Counts, metrics: Record<string, number>): Record<string, string | number>[] {
  const out: Record<string, string | number>[] = [];
  const types = [...counts.keys()].filter((t) => t !== 'ALL').sort();
  for (const t of [...types, 'ALL']) {
    const c = counts.get(t)!;
    const r = prf(c.tp, c.fp, c.fn);
    out.push({ data: section, type: t, gold: c.tp + c.fn, pred: c.tp + c.fp, p: r.p, r: r.r, f1: r.f1 });
    const key = t === 'ALL' ? section : `${section}.${t}`;
    metrics[`${key}.p`] = r.p; metrics[`${key}.r`] = r.r; metrics[`${key}.f1`] = r.f1;
  }
  return out;
}

/**
 * `npm run eval -- ner`: the recogniser alone (gold tokens), entity-level exact match with
 * conlleval's counting. CoNLL-2003 valid with CoNLL types; GUM dev (news documents, and all
 * dev documents) on named person/place/organization mentions (spans headed by a proper noun,
 * mapped to CoNLL conventions by `conllStyle`) as PER/LOC/ORG; MISC predictions are not scored on GUM.
 */
export const task: EvalTask = {
  name: 'ner',
  description: 'named-entity recogniser: entity P/R/F1 per type on CoNLL-2003 valid and GUM dev',
  async run(opts): Promise<EvalReport> {
    const conllPath = join(opts.dataDir, 'conll2003', 'eng.valid.txt');
    if (!existsSync(conllPath)) throw new MissingDataError(`needs ${conllPath}`);
    const tagger = new NerTagger();
    const metrics: Record<string, number> = {};
    let conll = readConll(conllPath);
    if (opts.limit) conll = conll.slice(0, opts.limit);
    const out = rows('conll.valid', score(conll, tagger, (s) => s, () => true), metrics);
    const splits = join(opts.dataDir, 'gum', 'splits.md');
    const gumDir = gumDepDir(opts.dataDir);
    const notes = ['CoNLL: gold tokens, IOB1 chunks, exact span + type', 'GUM: named mentions (PROPN head) of person/place/organization → PER/LOC/ORG, mapped to CoNLL conventions (leading determiner, honorifics, appositive after a comma and possessive \'s dropped); GUM event/object/abstract/… and our MISC are not scored'];
    if (existsSync(splits) && existsSync(gumDir)) {
      // Every dev document, reddit included (its blanked words are tagged as they are).
      const dev: GoldDoc[] = readGum(opts.dataDir).filter((d) => d.split === 'dev')
        .map((d) => ({ id: d.name, sentences: d.sentences.map((s) => ({ tokens: s.words, spans: namedEntities(s) })) }));
      const mapGold = (s: TokSpan, toks: readonly string[]) => (GUM_MAP[s.type] ? conllStyle(toks, { ...s, type: GUM_MAP[s.type] }) : null);
      const keep = (t: string) => t !== 'MISC';
      out.push(...rows('gum.dev.news', score(dev.filter((d) => d.id.includes('_news_')), tagger, mapGold, keep), metrics));
      out.push(...rows('gum.dev.all', score(dev, tagger, mapGold, keep), metrics));
    } else notes.push('GUM absent: skipped');
    return { task: 'ner', data: opts.dataDir, rows: out, metrics, notes };
  },
};
