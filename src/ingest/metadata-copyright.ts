/**
 * The holder named in a page's copyright notice ("© 2019 Ana Ruiz", "Copyright (c) 2012- Ana Ruiz.
 * All rights reserved.", "© Tidebook by Ana Ruiz", "(c) Ana Ruiz • Impressum").
 *
 * Personal sites and small outlets often name their author nowhere but in the copyright line; it is
 * the last resort of the author search (see metadata-authors.ts). Image credits ("© Foto: …",
 * "Photo © …") are not copyright notices of the page and are rejected.
 * @module
 */

/** Cheap pre-test for a text node: does it contain a copyright mark at all? */
export function mayBeCopyright(s: string): boolean {
  return s.includes('©') || s.includes('(c)') || s.includes('(C)') || s.includes('opyright') || s.includes('OPYRIGHT');
}

const MARK = /©|\((?:c|C)\)|\b(?:[Cc]opyright|COPYRIGHT)\b/;
/** Words that make a notice an image or media credit, not the page's copyright. */
const MEDIA = /\b(?:foto|fotos|photo|photos|bild|bilder|image|images|picture|pictures|getty|imago|istock|shutterstock|adobe|stock|unsplash|pixabay|depositphotos|titelbild|beitragsbild|grafik|illustration|video|karte|map|icon|icons|logo)\b/i;
const RESERVED = /\s*[.,]?\s*(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|alle rechten voorbehouden|wszelkie prawa zastrzeżone|все права защищены)\b.*$/i;

/**
 * The holder of a copyright notice, or undefined when the text is not one (no mark, an image
 * credit, nothing name-like after the mark). Years and "All rights reserved" are dropped; in
 * "Site by Name" the name after "by" is the holder.
 */
export function copyrightHolder(raw: string): string | undefined {
  const text = raw.replace(/\s+/g, ' ').trim();
  const m = MARK.exec(text);
  if (!m || text.length > 300 || MEDIA.test(text)) return undefined;
  let t = text.slice(m.index + m[0].length);
  // "Copyright © 2020", "(c) Copyright": several marks in a row.
  for (let i = 0; i < 3; i++) t = t.replace(/^\s*(?:©|\([cC]\)|copyright\b|by\s|von\s)\s*/i, '').replace(/^\s*(?:\d{4}(?:\s*[-–—/]\s*(?:\d{4}|\d{2})?)?|[-–—:,])\s*/, '');
  t = t.replace(RESERVED, '');
  // The holder ends at a separator, a sentence end or a following year.
  t = t.split(/\s+[|•·–—-]\s+|\s*\|\s*|\.\s|\s\d{4}\b|,\s/)[0].trim().replace(/[.,;:]+$/, '').replace(/\s+\d{4}$/, '').trim();
  const by = /^(.+?)\s+(?:by|von|par|por)\s+(\p{Lu}.+)$/u.exec(t);
  if (by) t = by[2];
  if (t.length < 2 || t.length > 60 || !/^[\p{L}]/u.test(t) || t.split(/\s+/).length > 6) return undefined;
  return t;
}

/** Words of organisations: a holder with one is the company behind the site, not its author. */
const ORG = /\b(?:gmbh|ag|kg|se|ltd|inc|llc|plc|corp|corporation|co|e\.\s?v|ev|verlag|media|medien|group|gruppe|online|news|magazin|magazine|zeitung|stiftung|verband|bund|institut|institute|university|universität|software|holding|agentur|agency|press|presse|team|redaktion|blog|company|association|foundation|network|netzwerk|forum|mediathek|polizei\p{L}*|ministerium|amt|verein|club|klub|radio|tv|records|studio|studios|partners?|international|services?|solutions|publishing|digital)\b/iu;
const PERSON_SHAPE = /^(?:(?:[Dd]r|[Pp]rof|[Mm]ag|[Dd]ipl)\.\s*)*(\p{Lu}[\p{L}'’-]+)(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|von|van|de|der|den|da|di|du|del|la|le|zu)){1,3}$/u;
const AGENCY = /^(?:dpa|AFP|AP|Reuters|APA|KNA|epd|sid|SDA|ANSA|EFE|AAP|PA|AA|TASS|Xinhua|Belga|ANP|Lusa|Kyodo|Yonhap|UPI|IANS|PTI)(?:\s*\/\s*(?:dpa|AFP|AP|Reuters|APA|KNA|epd|sid|SDA|ANSA|EFE|AAP|PA|AA|TASS|Xinhua|Belga|ANP|Lusa|Kyodo|Yonhap|UPI|IANS|PTI))*$/;

/**
 * True when a copyright holder can stand as the page's author: a news agency credit ("APA/AP"),
 * or a person — two to four capitalised words led by a known given name (`isGivenName`, diacritics
 * folded), no organisation word ("GmbH", "Verlag", "Media" …). `single` admits one given name alone
 * (the "Site by Ramona" form, where "by" marks the person).
 */
export function holderIsAuthor(h: string, isGivenName: (w: string) => boolean, single = false): boolean {
  if (AGENCY.test(h)) return true;
  if (ORG.test(h)) return false;
  const fold = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (single && /^\p{Lu}[\p{Ll}'’-]+$/u.test(h)) return isGivenName(fold(h));
  const m = PERSON_SHAPE.exec(h);
  return !!m && isGivenName(fold(m[1]));
}

/** True when the notice credits a person with "by" after the site ("© Tidebook by Ana"). */
export function creditsBy(raw: string): boolean { return /\s(?:by|von|par|por)\s+\p{Lu}/u.test(raw); }
