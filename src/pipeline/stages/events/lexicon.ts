/**
 * Hand-written word lists the events stage adds to the PETRARCH2 dictionaries: verbs that wrap
 * another event (modality, speech), event nouns, and negation words. Lower-case lemmas or forms.
 * @module
 */

/** How a wrapping verb changes the event under it. */
export type Wrapper = 'intent' | 'demand' | 'refuse' | 'threaten' | 'deny' | 'say' | 'attempt' | 'plan';

/**
 * Verbs whose clausal complement carries the event ("pledged to erect", "demanded that … withdraw").
 * `intent`: a promise or offer (cooperative content → AGREE); `threaten`: conflictual content →
 * THREATEN; `demand` → REQUEST; `refuse` → REJECT; `deny`: the content is denied; `say`: reported
 * speech (the content is attributed); `plan`: the content is planned, not yet done.
 */
export const WRAPPERS: Readonly<Record<string, Wrapper>> = {
  pledge: 'intent', promise: 'intent', vow: 'intent', offer: 'intent', agree: 'intent', commit: 'intent', undertake: 'intent', volunteer: 'intent', consent: 'intent',
  plan: 'plan', intend: 'plan', prepare: 'plan', aim: 'plan', hope: 'plan', want: 'plan', seek: 'plan', expect: 'plan', propose: 'plan', schedule: 'plan',
  threaten: 'threaten', warn: 'threaten',
  demand: 'demand', urge: 'demand', ask: 'demand', request: 'demand', order: 'demand', insist: 'demand', appeal: 'demand', press: 'demand', require: 'demand', call: 'demand', instruct: 'demand', tell: 'demand', command: 'demand', push: 'demand',
  refuse: 'refuse', decline: 'refuse', reject: 'refuse', resist: 'refuse',
  deny: 'deny', dismiss: 'deny', disclaim: 'deny',
  try: 'attempt', attempt: 'attempt',
  say: 'say', state: 'say', announce: 'say', report: 'say', claim: 'say', declare: 'say', add: 'say', note: 'say', confirm: 'say', acknowledge: 'say', maintain: 'say', believe: 'say', think: 'say', allege: 'say', assert: 'say', indicate: 'say', reveal: 'say', stress: 'say', explain: 'say', write: 'say', argue: 'say', suggest: 'say', predict: 'say', estimate: 'say', admit: 'say', charge: 'say', disclose: 'say',
};

/** Modal auxiliaries: `will`-type make the event planned; `must`-type make it demanded; `would`-type hypothetical. */
export const MODALS: Readonly<Record<string, 'future' | 'obligation' | 'possible'>> = {
  will: 'future', 'll': 'future', shall: 'future', "'ll": 'future',
  must: 'obligation', should: 'obligation', ought: 'obligation',
  would: 'possible', could: 'possible', might: 'possible', may: 'possible', 'd': 'possible', "'d": 'possible',
};

/** Negation words that, attached to a trigger, negate it. */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'no', 'never', 'neither', 'nor', 'without']);

/**
 * Event nouns that code an event by themselves when an actor is attached ("an attack on X",
 * "a meeting with X", "the expulsion of X"): noun → CAMEO code. Verbs come from PETRARCH2.
 */
export const EVENT_NOUNS: Readonly<Record<string, string>> = {
  attack: '190', attacks: '190', assault: '190', offensive: '190', incursion: '190', invasion: '192', raid: '190', raids: '190', airstrike: '195', airstrikes: '195', bombing: '183', shelling: '194',
  expulsion: '174', occupation: '192', blockade: '191', siege: '191', massacre: '202', killing: '1823', killings: '1823', assassination: '186', kidnapping: '181', abduction: '181', arrest: '173', arrests: '173', detention: '173',
  meeting: '040', talks: '046', summit: '043', visit: '042', negotiations: '046', consultations: '040', call: '041',
  protest: '141', protests: '141', demonstration: '141', demonstrations: '141', rally: '141', riot: '145', riots: '145', boycott: '143', 'hunger strike': '142',
  sanctions: '163', embargo: '163', ceasefire: '0871', truce: '0871', withdrawal: '0874', surrender: '0874', treaty: '057', agreement: '057', deal: '057', accord: '057',
  support: '050', aid: '070', assistance: '070', help: '070', accusation: '112', atrocities: '180', atrocity: '180', accusations: '112', threat: '130', threats: '130', condemnation: '111', investigation: '090', probe: '090',
};

/** Light verbs whose object noun carries the event ("launched an attack", "held talks", "made a visit"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['launch', 'stage', 'hold', 'make', 'carry', 'conduct', 'mount', 'begin', 'start', 'open', 'pay', 'commit', 'perpetrate', 'have', 'take', 'give', 'provide', 'offer', 'lend', 'impose', 'issue', 'level', 'announce', 'order', 'sign', 'reach', 'conclude', 'seal', 'continue', 'resume', 'step', 'intensify', 'end', 'halt']);

/** Words that mark a military agent in a noun phrase ("Ukrainian forces", "troops") when PETRARCH's agents do not. */
export const MILITARY_NOUNS: ReadonlySet<string> = new Set(['forces', 'force', 'troops', 'troop', 'soldiers', 'soldier', 'army', 'military', 'navy', 'servicemen', 'units', 'battalion', 'brigade']);

/** Adjectives that wrap an event like a verb ("willing to withdraw", "ready to talk"). */
export const WRAPPER_ADJECTIVES: Readonly<Record<string, Wrapper>> = {
  willing: 'intent', ready: 'intent', prepared: 'intent', determined: 'intent', eager: 'intent', keen: 'intent', open: 'intent',
  unwilling: 'refuse', reluctant: 'refuse',
};

/** The CAMEO code of "strike" by its modifier: hunger strike, air strike, general strike. */
export function strikeCode(modifier: string): string {
  const m = modifier.toLowerCase();
  if (m === 'hunger') return '142';
  if (m === 'air' || m === 'missile' || m === 'drone' || m === 'rocket') return '195';
  if (m === 'military' || m === 'preemptive' || m === 'pre-emptive') return '190';
  return '143';
}

/**
 * CAMEO codes for verbs whose PETRARCH2 entry codes another reading than the one news uses, or
 * none (CAMEO codebook: 115 "bring lawsuit against"; 0874 "retreat or surrender militarily", where
 * PETRARCH2 has the generic 080 "yield"; 128 "defy norms, law", which PETRARCH2 gives "violate" only
 * for some objects; 120 "reject" for going back on a commitment; 154 "mobilize or increase armed
 * forces" applies when the object is military — see the stage).
 */
export const VERB_CODES: Readonly<Record<string, string>> = { sue: '115', surrender: '0874', violate: '128', flout: '128', renege: '120' };

/** Verbs that halt what their object names: talks (CAMEO 164 "halt negotiations") or mediation (165). */
export const HALT_VERBS: ReadonlySet<string> = new Set(['end', 'halt', 'suspend', 'stop', 'break off', 'call off', 'abandon', 'freeze', 'terminate', 'cancel']);
/** The objects of a halting verb that make it CAMEO 164 or 165. */
export const HALTED: Readonly<Record<string, string>> = { talks: '164', negotiations: '164', negotiation: '164', dialogue: '164', mediation: '165' };

/** Objects that make reject/dismiss/rebuff a rejection of a proposal (CAMEO 12x). */
export const PROPOSAL_NOUNS: ReadonlySet<string> = new Set(['appeal', 'call', 'demand', 'request', 'proposal', 'offer', 'plan', 'invitation', 'ultimatum', 'initiative', 'resolution', 'bid', 'overture', 'suggestion', 'idea', 'deal', 'terms', 'conditions', 'condition', 'calls', 'demands', 'requests', 'proposals', 'offers', 'plans', 'appeals']);

/** Aspectual verbs that take their event from an event-noun subject or object ("riots continued", "began a hunger strike"). */
export const ASPECTUAL: ReadonlySet<string> = new Set(['continue', 'begin', 'start', 'resume', 'escalate', 'intensify', 'end', 'spread', 'erupt', 'break out', 'persist', 'go on']);
