/**
 * News boilerplate that survives article extraction: "Also Read: …" lines, subscribe
 * and share prompts, photo credits, repeated bylines and timestamps, update notes,
 * cookie notices, and short page-UI strings. Patterns are data: each has a rule id
 * naming what it removes. Used two ways:
 * - {@link blockRule} by the HTML extractor, on whole rendered blocks (dropped, recorded);
 * - {@link findBoilerplate} by the `boilerplate` stage, on lines of the document text
 *   (marked, never rewritten).
 * English and German forms are covered (the languages of the evaluation pages).
 * @module
 */

/** A boilerplate span in the text (half-open UTF-16 offsets) and the rule that found it. */
export interface BoilerplateHit { start: number; end: number; rule: string }

/** A pattern tested against a whole line/block (trimmed). `max` caps the line length it may match. */
export interface LinePattern { rule: string; re: RegExp; max?: number }

const SEP = String.raw`\s*(?:[:|>»›\-–—]|\.{3}|…)\s*`;

/** Whole-line patterns, tested in order; the first match names the rule. */
export const LINE_PATTERNS: readonly LinePattern[] = [
  { rule: 'related-link', max: 300, re: new RegExp(String.raw`^(?:also read|read also|read more|more to read|read next|read|related|related (?:stories|story|articles?|content|coverage|news|reading)|recommended(?: (?:stories|for you|reading))?|more on this (?:story|topic)|more from [\w ]{2,30}|see also|watch|watch now|listen|top stories|editor'?s picks?|don't miss|must read|trending(?: now)?|popular now|lesen sie (?:auch|mehr|hier)|auch interessant|mehr zum thema|mehr dazu|weiterlesen|siehe auch|das könnte sie (?:auch )?interessieren|zum thema)${SEP}\S`, 'i') },
  { rule: 'related-link', max: 60, re: /^(?:read more|continue reading|weiterlesen|mehr lesen|mehr erfahren|learn more|see more|more stories|related (?:stories|articles|content)|you (?:may|might) also like|recommended for you|most (?:read|popular|viewed)|meistgelesen|auch interessant|das könnte sie (?:auch )?interessieren)\s*[.:…»›>]*$/i },
  { rule: 'subscribe-prompt', max: 220, re: /^(?:subscribe|sign up|signup|register|follow us|follow [\w@]+ on|click here|tap here|download (?:our|the) app|get the latest|get our|join (?:our|the)|support (?:our|independent) journalism|become a (?:member|subscriber)|newsletter|jetzt (?:abonnieren|anmelden|registrieren|lesen)|abonnieren sie|melden sie sich|folgen sie uns)\b/i },
  { rule: 'share-prompt', max: 80, re: /^(?:share(?: this(?: article| story| page)?| on| via| the article)?|sharing is caring|tweet(?: this)?|email(?: this)?|e-mail|print(?: this(?: article| page)?)?|pin it|whatsapp|facebook|twitter|linkedin|reddit|telegram|copy link|link kopieren|teilen|artikel teilen|drucken|versenden|merken|kommentieren|comments?|kommentare?|\d+\s+(?:comments?|kommentare?)|kommentar (?:hinzufügen|schreiben)|kommentare (?:geschlossen|schreiben)|like it\? share it!?|möchten sie (?:den|diesen) artikel teilen\??|war (?:der|dieser) artikel (?:nützlich|hilfreich)\??|beitragsbild|aufrufe:?\s*\d*)\s*[:!.]?$/i },
  { rule: 'photo-credit', max: 200, re: /^(?:(?:file |staff )?(?:photo|image|picture|photograph|video|illustration|graphic|foto|bild|grafik|bildquelle|quelle)s?(?:\s*credit)?\s*[:|/©]\s*\S|©\s*\S|\(?(?:photo|foto|bild|image):?\s*(?:getty|ap|afp|reuters|dpa|epa|imago|picture alliance|shutterstock|istock)\b)/i },
  { rule: 'photo-credit', max: 120, re: /^(?:photo(?:graph)?s? by|pictures? by|image by|fotos? von|bild von|crédits? photos?|credits?|bildnachweis|fotonachweis)\b\s*:?\s*[^.]{0,80}$/i },
  { rule: 'photo-credit', max: 120, re: /^[^.!?]{0,80}\((?:getty images|ap photo|afp|reuters|dpa|epa|imago|picture alliance|shutterstock|istock)[^)]*\)$/i },
  { rule: 'update-note', max: 300, re: /^(?:this (?:story|article|post|report) (?:has been|was|is being|will be) updated|updated? (?:at|on)?\s*\d|editor'?s note\s*:\s*this (?:story|article)|correction\s*:|aktualisiert(?: am)?\s*:?\s*\d)/i },
  { rule: 'cookie-notice', max: 600, re: /^(?:we use cookies|this (?:site|website) uses cookies|by (?:using|continuing to use) (?:this|our) (?:site|website)|wir verwenden cookies|diese (?:website|seite) (?:verwendet|nutzt) cookies|accept (?:all )?cookies|cookie (?:policy|settings|einstellungen))/i },
  { rule: 'subscribe-prompt', max: 160, re: /^(?:receive our (?:weekly |daily |monthly )?newsletter|if you (?:enjoyed|liked|like) (?:reading )?this (?:post|article|story)|(?:please )?(?:log in|sign in|einloggen|anmelden) to (?:comment|continue)|sie müssen sich einloggen|to view the full (?:story|article)|this (?:content|article) is (?:for|only available to) subscribers|already a subscriber)\b/i },
  { rule: 'subscribe-prompt', max: 160, re: /^(?:never miss (?:the latest|a story)|stay up[- ]to[- ]date|we want to hear what you think|do you want to be informed|zapraszamy (?:też )?do subskrypcji|pour accéder en illimité|immediate online access|instant access to the full)\b/i },
  { rule: 'share-prompt', max: 40, re: /^(?:comments are closed\.?|kommentare sind geschlossen\.?|rezept drucken|print recipe|bild anzeigen|show image|wird geladen\.*|loading\.*|titelbild:?.*)$/i },
  { rule: 'related-link', max: 40, re: /^(?:explore further|more information|weitere informationen|mehr informationen|mehr aus der sendung|noch keine bewertungen|\(noch keine bewertungen\)|no ratings yet)\s*[:.]?$/i },
  { rule: 'post-meta', max: 300, re: /^(?:this (?:entry|post|article) was (?:posted|published|filed|written)\b|posted (?:in|under)\b.*\b(?:permalink|comments?)\b|filed under\s*:|bookmark the permalink|der beitrag wurde am\b.*\b(?:veröffentlicht|abgelegt|gespeichert)|dieser (?:beitrag|eintrag|artikel) wurde (?:am |von )?.*\b(?:veröffentlicht|abgelegt|erstellt)|erstellt am\b.*\babgelegt unter)/i },
  { rule: 'photo-credit', max: 160, re: /^\(?(?:photo |image |picture |bild|foto|titelbild|beitragsbild|header image|featured image)?\s*(?:credits?|nachweis|quelle)?\s*:\s*[^.]{0,120}\)?$/i },
  { rule: 'cookie-notice', max: 300, re: /^(?:klicken sie auf den (?:unteren )?button|(?:click|tap) (?:the button )?(?:below |here )?to load|mit dem laden (?:des|der) (?:inhalts|videos|karte)|ich bin damit einverstanden, dass mir externe inhalte|externe?n? inhalte? (?:laden|anzeigen)|load (?:external )?content|this (?:content|video|embed) is (?:provided|hosted) by)/i },
  { rule: 'comment-prompt', max: 200, re: /^(?:bitte registrieren sie sich|please (?:register|log in|sign in) to|you must be (?:logged|signed) in to|to (?:leave|post) a comment|sie müssen (?:sich )?(?:angemeldet|eingeloggt) sein|(?:leave|post|add|write) a (?:comment|reply)|kommentar (?:verfassen|schreiben)|your email address will not be published|ihre e-mail-adresse wird nicht veröffentlicht)/i },
  { rule: 'page-error', max: 400, re: /^(?:warning|notice|deprecated|fatal error|parse error|strict standards)\s*:.*\bon line \d+/i },
  { rule: 'ad-label', max: 40, re: /^[-–—\s]*(?:advertisement|advertising|sponsored(?: content)?|anzeige|werbung|promoted|paid (?:post|content)|scroll to continue(?: with content)?|story continues below(?: advertisement)?|artikel wird unter der anzeige fortgesetzt)[-–—\s]*$/i },
  { rule: 'byline', max: 90, re: /^(?:[Bb]y|BY|[Vv]on|[Ff]rom|[Ww]ritten by|[Rr]eporting by|Text:|Autor(?:in)?:?|Author:?)\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]*|van|von|de|der|da|di|al|bin))*(?:\s*(?:,|and|und|&)\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)*)*(?:\s*[,|]\s*[\p{L} ]{2,40})?$/u },
  { rule: 'date-line', max: 80, re: /^(?:(?:published|posted|updated|last updated|first published|veröffentlicht|aktualisiert|stand|erstellt|letzte änderung|zuletzt aktualisiert)(?: (?:on|at|am))?\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)[a-z]*\.?,?\s*)?(?:\d{1,2}\.?\s*(?:[a-zä]{3,9}\.?|\d{1,2}\.)\s*\d{2,4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2})(?:\s*(?:,|at|um|-|–|\|)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:uhr|am|pm|a\.m\.|p\.m\.))?(?:\s*[a-z]{2,4})?)?$/i },
];

/**
 * Short blocks that open the page furniture after an article (related posts, comments,
 * share bars). When one appears in the last part of the extracted text, it and everything
 * after it are dropped (`tail-<rule>`). Capped at 70 characters: these are labels.
 */
export const END_MARKERS: readonly LinePattern[] = [
  { rule: 'related', max: 70, re: /^(?:related(?: (?:posts?|stories|articles?|content|topics|links|news|reading))?|similar (?:posts|articles)|more (?:stories|articles|news)\b.*|more from\b.*|more on this (?:story|topic)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|recommended(?: for you| stories| articles)?|read (?:next|more|also)|also read|further reading|popular (?:posts|stories|articles)|most (?:read|popular|viewed)|(?:ähnliche|verwandte|weitere|neueste|aktuelle|beliebte) (?:beiträge|artikel|themen|nachrichten|news|berichte|posts)\b.*|das (?:thema )?könnte (?:dich|sie) (?:auch )?interessieren:?|mehr zu(?:m thema)?\b.*|auch interessant|lesen sie auch|weiterführende links?|zum weiterlesen|meistgelesen|vorschau auf den nächsten artikel|nächster artikel|vorheriger artikel|previous (?:post|article)|next (?:post|article)|weitere informationen(?: zu[\p{L} ]*)?|weiterführende (?:informationen|links|literatur)|mehr informationen|quellen(?:angaben)?|sources?|references|originalpublikation|original publication|see also|voir aussi|à lire aussi|lire aussi|sur le même sujet|lea también|te puede interesar|leggi anche|zobacz (?:również|także)|czytaj (?:też|także|również)|więcej informacji|leer más|lee también|noticias relacionadas|artículos relacionados|articles? (?:liés|similaires)|dans la même rubrique|podobne artykuły|articoli correlati|potrebbe interessarti)\s*[:.!]?$/iu },
  { rule: 'comments', max: 70, re: /^(?:comments?|\d+ (?:comments?|responses?|replies|kommentare?)|(?:leave|post|add|write) a (?:comment|reply)|join the (?:discussion|conversation)|discussion|reader comments|kommentare?|kommentar (?:schreiben|hinzufügen|verfassen)|kommentare (?:schreiben|geschlossen|anzeigen)|ihre meinung|diskussion|schreibe(?:n sie)? einen kommentar|one (?:comment|response|reply)|(?:no|keine) (?:comments|kommentare)(?: yet| vorhanden)?|vos réactions|commentaires?|réagissez|comentarios?|deja (?:un|tu) comentario|komentarze?|dodaj komentarz|commenti|lascia un commento)\s*[:.!]?(?:\s*\(\d+\))?$/i },
  { rule: 'share', max: 70, re: /^(?:share(?: this(?: article| story| post)?)?|like it\? share it!?|teilen(?: sie diesen artikel)?|(?:diesen )?(?:artikel|beitrag) teilen|möchten sie (?:den|diesen) artikel teilen\??|share (?:on|via):?|spread the word|war (?:der|dieser) artikel (?:nützlich|hilfreich)\??|was this (?:article|page) helpful\??|about the author|über (?:den|die) autor(?:in)?|tags?|schlagwörter|themen|topics|partager(?: cet article)?|compartir(?: en)?|comparte(?: esta noticia)?|udostępnij|condividi|étiquettes|etiquetas|tagi)\s*[:.!]?$/i },
];

/**
 * Index of the first block that starts trailing page furniture (see {@link END_MARKERS}),
 * searched only after `minShare` of the text; -1 when none.
 */
export function tailStart(blocks: readonly string[], minShare = 0.5): { index: number; rule: string } {
  let total = 0;
  for (const b of blocks) total += b.length;
  let seen = 0;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (seen >= total * minShare && b.length <= 70) {
      for (const p of END_MARKERS) if (p.re.test(b)) return { index: i, rule: p.rule };
    }
    seen += b.length;
  }
  return { index: -1, rule: '' };
}

/** A sentence that ends by naming its source: never boilerplate. */
const REPORTED_PROSE = /,\s+(?:the\s+)?[\w\s'-]{1,40}\s(?:said|says|told|reported|added|warned)\.?["”]?$|\b(?:according to)\b/i;

/**
 * The rule a whole block/line matches, or undefined. `line` must be trimmed and
 * whitespace-collapsed. Cheap for long lines: each pattern has a length cap.
 */
export function blockRule(line: string): string | undefined {
  const n = line.length;
  if (n > 600) return undefined;
  if (isPipeMenu(line)) return 'pipe-menu';
  // Reported prose ("…, officials said.") is article text whatever word it starts with.
  if (REPORTED_PROSE.test(line)) return undefined;
  for (const p of LINE_PATTERNS) {
    if (p.max !== undefined && n > p.max) continue;
    if (p.re.test(line)) return p.rule;
  }
  return undefined;
}

/**
 * A line of three or more short items separated by "|" and no sentence in it:
 * a menu, a meta line ("Posted 3 May | 0 Comments | Share") or a footer link row.
 */
function isPipeMenu(line: string): boolean {
  if (line.length > 250) return false;
  const parts = line.split('|');
  if (parts.length < 3) return false;
  for (const p of parts) if (p.trim().length > 50 || /[.!?]\s+\p{Lu}/u.test(p)) return false;
  return true;
}

/**
 * Boilerplate spans within the paragraph `[start, end)` of `text`.
 * Each line of the paragraph is tested separately so that a single pasted
 * "Also Read" line inside a block is found.
 */
export function findBoilerplate(text: string, start: number, end: number): BoilerplateHit[] {
  const hits: BoilerplateHit[] = [];
  let s = start;
  while (s < end) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > end) e = end;
    let ls = s, le = e;
    while (ls < le && /\s/.test(text[ls])) ls++;
    while (le > ls && /\s/.test(text[le - 1])) le--;
    if (le > ls) {
      const line = text.slice(ls, le);
      const rule = blockRule(line.replace(/\s+/g, ' '));
      if (rule) hits.push({ start: ls, end: le, rule });
    }
    s = e + 1;
  }
  return hits;
}
