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
  attack: '190', attacks: '190', assault: '190', fighting: '190', clashes: '190', clash: '190', battle: '190', battles: '190', hostilities: '190', skirmishes: '190', ultimatum: '139', offensive: '190', incursion: '190', invasion: '192', raid: '190', raids: '190', airstrike: '195', airstrikes: '195', bombing: '183', shelling: '194',
  expulsion: '174', occupation: '192', blockade: '191', siege: '191', massacre: '202', killing: '1823', killings: '1823', assassination: '186', kidnapping: '181', abduction: '181', arrest: '173', arrests: '173', detention: '173',
  meeting: '040', talks: '046', summit: '043', visit: '042', negotiations: '046', consultations: '040', call: '041',
  protest: '141', protests: '141', demonstration: '141', demonstrations: '141', rally: '141', riot: '145', riots: '145', boycott: '143', 'hunger strike': '142',
  exercises: '150', drills: '150', manoeuvres: '150', maneuvers: '150',
  sanctions: '163', embargo: '163', ceasefire: '0871', truce: '0871', withdrawal: '0874', surrender: '0874', treaty: '057', agreement: '057', deal: '057', accord: '057',
  support: '050', aid: '070', assistance: '070', help: '070', accusation: '112', atrocities: '180', atrocity: '180', accusations: '112', threat: '130', threats: '130', condemnation: '111', investigation: '090', probe: '090',
};

/** Light verbs whose object noun carries the event ("launched an attack", "held talks", "made a visit"). */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(['declare', 'launch', 'stage', 'hold', 'make', 'carry', 'conduct', 'mount', 'begin', 'start', 'open', 'pay', 'commit', 'perpetrate', 'have', 'take', 'give', 'provide', 'offer', 'lend', 'impose', 'issue', 'level', 'announce', 'order', 'sign', 'reach', 'conclude', 'seal', 'continue', 'resume', 'step', 'intensify', 'end', 'halt']);

/** Words that mark a military agent in a noun phrase ("Ukrainian forces", "troops") when PETRARCH's agents do not. */
export const MILITARY_NOUNS: ReadonlySet<string> = new Set(['forces', 'force', 'troops', 'troop', 'soldiers', 'soldier', 'army', 'military', 'navy', 'servicemen', 'units', 'battalion', 'brigade',
  // The weapons that stand for the forces firing them ("Israeli tanks fired", "French warships").
  'tanks', 'warships', 'warship', 'gunboats', 'warplanes', 'jets', 'fighter jets', 'helicopters', 'gunships', 'artillery', 'drones', 'bombers']);

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
 * for some objects; 120 "reject" for going back on a commitment; 046 "engage in negotiation", where
 * PETRARCH2 files "negotiate" under COMPROMISE (080 yield); 0873 "demobilize armed forces";
 * 160 "reduce relations" for "downgrade", absent from PETRARCH2; 0874 for "pull out" (filed first under
 * GO_SOMEWHERE); 0831 "step down"; 141 "rally" (PETRARCH2: MOBILIZE); 181 "hijack" (PETRARCH2:
 * TAKE_CONTROL, 171); 116 "convict" (find guilty; PETRARCH2: BLAME); 154 "mass" troops; 154 "mobilize or increase armed
 * forces" applies when the object is military — see the stage).
 */
export const VERB_CODES: Readonly<Record<string, string>> = { sue: '115', surrender: '0874', violate: '128', flout: '128', renege: '120', negotiate: '046', demobilize: '0873', demobilise: '0873', downgrade: '160',
  'pull out': '0874', 'step down': '0831', rally: '141', hijack: '181', convict: '116', mass: '154', amass: '154' };

/**
 * What a verb does to what its object names, when the CAMEO codebook codes the pair and the
 * PETRARCH2 verb block does not (or codes the verb's other sense): acts, each a set of verbs, and
 * per act the object heads it codes. CAMEO codebook: 16x "reduce relations" (161 break diplomatic
 * relations, 162 reduce or stop aid — 1621 economic, 1622 military, 1623 humanitarian — 164 halt
 * negotiations, 165 halt mediation, 166 expel or withdraw — 1661 peacekeepers, 1662 inspectors,
 * observers, 1663 aid agencies), 08x "yield" (081 ease administrative sanctions, 0813 curfew, 0814
 * state of emergency, 085 economic sanctions, 0872 blockade, 0861–0863 allow peacekeepers,
 * inspectors, humanitarian aid in, 083 accede to demands), 054 grant diplomatic recognition, 17x
 * "coerce" (1712 destroy property, 1721 restrict the press, 1722 ban political parties).
 */
export type ObjectAct = 'reduce' | 'expel' | 'ease' | 'allow' | 'accede' | 'recognize' | 'destroy' | 'ban';

/** Verb lemma (PETRARCH's, or the particle verb "break off") → the acts it performs on an object. */
export const OBJECT_ACT_VERBS: Readonly<Record<string, readonly ObjectAct[]>> = {
  end: ['reduce', 'ease'], halt: ['reduce'], suspend: ['reduce', 'ease'], stop: ['reduce'], 'break off': ['reduce'], 'call off': ['reduce'], abandon: ['reduce'], freeze: ['reduce'],
  terminate: ['reduce'], cancel: ['reduce'], sever: ['reduce'], cut: ['reduce'], 'cut off': ['reduce'], 'cut back': ['reduce'], downgrade: ['reduce'], reduce: ['reduce'],
  slash: ['reduce'], curtail: ['reduce'], withhold: ['reduce'], 'scale back': ['reduce'], break: ['reduce'], discontinue: ['reduce'], prohibit: ['reduce'], block: ['reduce'],
  expel: ['expel'], withdraw: ['expel'], 'pull out': ['expel'], evict: ['expel'], 'kick out': ['expel'], 'throw out': ['expel'],
  lift: ['ease'], ease: ['ease'], relax: ['ease'], loosen: ['ease'], remove: ['ease'], scrap: ['ease'], rescind: ['ease'], revoke: ['ease'], drop: ['ease'], repeal: ['ease'],
  allow: ['allow'], permit: ['allow'], let: ['allow'], admit: ['allow'],
  accept: ['accede'], meet: ['accede'], grant: ['accede'], heed: ['accede'], satisfy: ['accede'], accede: ['accede'], concede: ['accede'],
  recognize: ['recognize'], recognise: ['recognize'],
  destroy: ['destroy'], demolish: ['destroy'], raze: ['destroy'], bulldoze: ['destroy'], torch: ['destroy'], burn: ['destroy'], loot: ['destroy'], ransack: ['destroy'],
  ban: ['ban'], outlaw: ['ban'], dissolve: ['ban'], proscribe: ['ban'], disband: ['ban'],
};

/** Per act, object head (lower case) → CAMEO code. */
export const OBJECT_ACT_CODES: Readonly<Record<ObjectAct, Readonly<Record<string, string>>>> = {
  reduce: {
    relations: '161', relation: '161', ties: '161', links: '160', contacts: '160', cooperation: '160',
    aid: '162', assistance: '162', loans: '1621', loan: '1621', credits: '1621', credit: '1621', funding: '162', funds: '162', grants: '162', help: '162',
    talks: '164', negotiations: '164', negotiation: '164', dialogue: '164', mediation: '165',
  },
  expel: {
    diplomats: '166', diplomat: '166', envoys: '166', attache: '166', attaches: '166',
    peacekeepers: '1661', peacekeeping: '1661', inspectors: '1662', observers: '1662', monitors: '1662', agencies: '1663', ngos: '1663', charities: '1663',
  },
  ease: {
    curfew: '0813', emergency: '0814', 'martial law': '0814', sanctions: '085', sanction: '085', embargo: '085', boycott: '085',
    blockade: '0872', siege: '0872', restrictions: '081', restriction: '081', ban: '081',
  },
  allow: {
    peacekeepers: '0861', peacekeeping: '0861', inspectors: '0862', observers: '0862', monitors: '0862', inspection: '0862', inspections: '0862',
    aid: '0863', relief: '0863', convoys: '0863', convoy: '0863', supplies: '0863',
  },
  accede: { demands: '083', demand: '083', requests: '083', request: '083' },
  recognize: { independence: '054', sovereignty: '054', statehood: '054', state: '054', government: '054', regime: '054', republic: '054' },
  destroy: { homes: '1712', home: '1712', houses: '1712', house: '1712', property: '1712', properties: '1712', buildings: '1712', building: '1712', shops: '1712', crops: '1712', farms: '1712', villages: '1712', offices: '1712', office: '1712', mosque: '1712', church: '1712', cars: '1712' },
  ban: { party: '1722', parties: '1722', movement: '1722', opposition: '1722', organization: '1722', organisation: '1722', group: '1722', union: '1722', unions: '1722', newspaper: '1721', newspapers: '1721', publication: '1721', station: '1721' },
};

/** Modifiers that narrow "aid" stopped (CAMEO 1621 economic, 1622 military, 1623 humanitarian). */
export const AID_KINDS: Readonly<Record<string, string>> = {
  military: '1622', arms: '1622', defense: '1622', defence: '1622', security: '1622',
  economic: '1621', financial: '1621', development: '1621', budget: '1621', budgetary: '1621',
  humanitarian: '1623', food: '1623', relief: '1623', medical: '1623',
};

/** Objects that make reject/dismiss/rebuff a rejection of a proposal (CAMEO 12x). */
export const PROPOSAL_NOUNS: ReadonlySet<string> = new Set(['appeal', 'call', 'demand', 'request', 'proposal', 'offer', 'plan', 'invitation', 'ultimatum', 'initiative', 'resolution', 'bid', 'overture', 'suggestion', 'idea', 'deal', 'terms', 'conditions', 'condition', 'calls', 'demands', 'requests', 'proposals', 'offers', 'plans', 'appeals']);

/** Aspectual verbs that take their event from an event-noun subject or object ("riots continued", "began a hunger strike"). */
export const ASPECTUAL: ReadonlySet<string> = new Set(['continue', 'begin', 'start', 'resume', 'escalate', 'intensify', 'end', 'spread', 'erupt', 'break out', 'persist', 'go on']);
