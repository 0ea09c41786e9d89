/**
 * Generated news-like text of any size, for scaling benchmarks (`npm run bench -- scale`) and
 * the complexity tests of the stages. Every sentence is assembled here from invented names and
 * templates (no corpus text): reported speech with direct and indirect quotes, titles, places,
 * organisations, dates and durations, numbers, in paragraphs of three to five sentences.
 * Deterministic for a given seed.
 * @module
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same article. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Marta', 'Tomasz', 'Clara', 'Idris', 'Lena', 'Oskar', 'Priya', 'Mateo', 'Ines', 'Kofi', 'Hana', 'Rafael', 'Yusuf', 'Elena', 'Soren'];
const LAST = ['Velkov', 'Wren', 'Osei', 'Marchetti', 'Halloran', 'Brandt', 'Okafor', 'Lindqvist', 'Duarte', 'Tanaka', 'Petrenko', 'Moreau', 'Achebe', 'Novak', 'Serrano'];
const TITLE = ['Finance Minister', 'the board\u2019s chair', 'Mayor', 'a spokeswoman for the agency', 'Governor', 'the union\u2019s leader', 'Foreign Minister'];
const ORG = ['the Northern Water Board', 'the National Rail Authority', 'the Harbour Workers\u2019 Union', 'the Ministry of Transport', 'the Central Statistics Office', 'the Coastal Energy Company'];
const PLACE = ['Lisbon', 'Nairobi', 'Oslo', 'Manila', 'Quito', 'Krakow', 'Accra', 'Hanoi', 'Valencia', 'Tbilisi'];
const COUNTRY = ['Portugal', 'Kenya', 'Norway', 'the Philippines', 'Ecuador', 'Poland', 'Ghana', 'Vietnam', 'Spain', 'Georgia'];
const WHEN = ['on Tuesday', 'last week', 'in June 2024', 'two years ago', 'on 12 May 2025', 'earlier this month', 'since March', 'by the end of the year', 'for three months', 'every Friday', 'in 2023', 'next spring'];
const THING = ['the bridge', 'the new tariff', 'the water plan', 'the rail link', 'the strike', 'the budget', 'the harbour expansion', 'the vaccination drive'];
const VERB_PAST = ['said', 'told reporters', 'warned', 'announced', 'insisted', 'added'];
const DID = ['rose by 4 percent', 'fell sharply', 'was delayed', 'would cost $2.3 billion', 'had been approved', 'remained on schedule', 'drew thousands of protesters', 'was cancelled'];

/** One sentence (ending with its punctuation). */
function sentence(r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const person = `${pick(FIRST)} ${pick(LAST)}`;
  const up = (s: string) => s[0].toUpperCase() + s.slice(1);
  switch (Math.floor(r() * 7)) {
    case 0: return `\u201c${up(pick(THING).replace(/^the /, 'The '))} ${pick(DID)} ${pick(WHEN)}, and we expect more talks,\u201d ${pick(VERB_PAST)} ${person}, ${pick(TITLE)}.`;
    case 1: return `${up(pick(ORG))} ${pick(VERB_PAST)} ${pick(WHEN)} that ${pick(THING)} ${pick(DID)}.`;
    case 2: return `${pick(TITLE).startsWith('the') || pick(TITLE).startsWith('a ') ? person : `${pick(['Finance Minister', 'Mayor', 'Governor'])} ${person}`} met officials in ${pick(PLACE)} ${pick(WHEN)} to discuss ${pick(THING)}.`;
    case 3: return `According to ${pick(ORG)}, ${pick(THING)} ${pick(DID)} ${pick(WHEN)}.`;
    case 4: return `Prices in ${pick(COUNTRY)} ${pick(DID)} ${pick(WHEN)}, the figures showed.`;
    case 5: return `${person} accused ${pick(ORG)} of delaying ${pick(THING)}, saying the cost ${pick(DID)}.`;
    default: return `Talks between ${pick(COUNTRY)} and ${pick(COUNTRY)} on ${pick(THING)} resumed ${pick(WHEN)} in ${pick(PLACE)}.`;
  }
}

/** A news-like article of at least `chars` UTF-16 units (a headline, then paragraphs of 3–5 sentences). */
export function generateArticle(chars: number, seed = 1): string {
  const r = rng(seed);
  const parts: string[] = ['Harbour talks resume as costs rise\n\n'];
  let n = parts[0].length;
  while (n < chars) {
    const k = 3 + Math.floor(r() * 3);
    const para: string[] = [];
    for (let i = 0; i < k; i++) para.push(sentence(r));
    const p = para.join(' ') + '\n\n';
    parts.push(p);
    n += p.length;
  }
  return parts.join('').trimEnd() + '\n';
}

/** `words` words with no sentence-ending punctuation and no line break (a table dump, a list page). */
export function generateRunOn(words: number, seed = 1): string {
  const r = rng(seed);
  const vocab = [...FIRST, ...LAST, ...PLACE, 'price', 'index', 'total', 'row', 'value', 'east', 'west', 'rate', '2024', '17', '3.5', 'and', 'the', 'of', 'in', 'said', 'on', 'Monday', 'March'];
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(vocab[Math.floor(r() * vocab.length)]);
  return out.join(' ');
}
