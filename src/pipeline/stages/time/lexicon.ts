/**
 * Word lists for temporal expressions: month and weekday names, number words, units,
 * seasons, holidays and named historical periods. Data only; the matchers compile
 * regular expressions from these once at module load.
 *
 * Sources: English calendar vocabulary; named periods from standard historical dates
 * (start/end years as commonly given in encyclopaedias).
 * @module
 */

/** Month name or abbreviation (lower case, without the dot) → month number. */
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** Weekday name or abbreviation → ISO weekday (Monday = 1). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Cardinal number words → value. */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, half: 0.5, couple: 2,
};

/** Vague quantity words: the value's number becomes `X` (P`X`Y). */
export const VAGUE_QUANT = new Set(['few', 'several', 'many', 'some', 'numerous', 'recent', 'coming', 'past']);

/** Ordinal words → value. */
export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100, last: -1,
};

/** Time unit word (singular or plural, lower case) → TIMEX3 duration unit. `T` prefix marks time units. */
export const UNITS: Record<string, string> = {
  year: 'Y', years: 'Y', yr: 'Y', yrs: 'Y', month: 'M', months: 'M', week: 'W', weeks: 'W', day: 'D', days: 'D',
  hour: 'TH', hours: 'TH', hr: 'TH', hrs: 'TH', minute: 'TM', minutes: 'TM', min: 'TM', mins: 'TM',
  second: 'TS', seconds: 'TS', decade: 'DE', decades: 'DE', century: 'CE', centuries: 'CE',
  quarter: 'Q', quarters: 'Q', weekend: 'WE', weekends: 'WE', fortnight: 'F', fortnights: 'F',
  millennium: 'ML', millennia: 'ML', night: 'D', nights: 'D', semester: 'M6', season: 'S', seasons: 'S',
};

/** Season words → TIMEX3 season code. */
export const SEASONS: Record<string, string> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

/** Parts of the day → TIMEX3 part code. */
export const DAY_PARTS: Record<string, string> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI',
};

/** Fixed-date holidays → [month, day]. */
export const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  'christmas': [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24],
  "new year's day": [1, 1], "new year's eve": [12, 31], "new year's": [1, 1],
  'independence day': [7, 4], 'halloween': [10, 31], "valentine's day": [2, 14],
  'bastille day': [7, 14], 'boxing day': [12, 26], 'veterans day': [11, 11], 'armistice day': [11, 11],
  'may day': [5, 1], 'new year': [1, 1],
};

/**
 * A named historical period: an interval of years. `value` is the TIMEX3 value
 * (ISO 8601 interval of years, as the project's spec writes it).
 */
export interface NamedPeriod { start: number; end: number }

/** Named periods (lower case, without a leading "the") → interval of years. */
export const NAMED_PERIODS: Record<string, NamedPeriod> = {
  'world war ii': { start: 1939, end: 1945 }, 'world war 2': { start: 1939, end: 1945 },
  'second world war': { start: 1939, end: 1945 }, 'world war two': { start: 1939, end: 1945 },
  'world war i': { start: 1914, end: 1918 }, 'world war 1': { start: 1914, end: 1918 },
  'first world war': { start: 1914, end: 1918 }, 'world war one': { start: 1914, end: 1918 },
  'great war': { start: 1914, end: 1918 },
  'cold war': { start: 1947, end: 1991 }, 'great depression': { start: 1929, end: 1939 },
  'korean war': { start: 1950, end: 1953 }, 'vietnam war': { start: 1955, end: 1975 },
  'gulf war': { start: 1990, end: 1991 }, 'first gulf war': { start: 1990, end: 1991 },
  'iraq war': { start: 2003, end: 2011 }, 'iran-iraq war': { start: 1980, end: 1988 },
  'great patriotic war': { start: 1941, end: 1945 }, 'holocaust': { start: 1941, end: 1945 },
  'spanish civil war': { start: 1936, end: 1939 }, 'american civil war': { start: 1861, end: 1865 },
  'napoleonic wars': { start: 1803, end: 1815 }, 'six-day war': { start: 1967, end: 1967 },
  'yom kippur war': { start: 1973, end: 1973 }, 'falklands war': { start: 1982, end: 1982 },
  'bosnian war': { start: 1992, end: 1995 }, 'kosovo war': { start: 1998, end: 1999 },
  'soviet-afghan war': { start: 1979, end: 1989 }, 'russo-japanese war': { start: 1904, end: 1905 },
  'global financial crisis': { start: 2007, end: 2009 }, 'great recession': { start: 2007, end: 2009 },
  'covid-19 pandemic': { start: 2020, end: 2023 }, 'covid pandemic': { start: 2020, end: 2023 },
  'cultural revolution': { start: 1966, end: 1976 }, 'russian revolution': { start: 1917, end: 1917 },
  'october revolution': { start: 1917, end: 1917 }, 'french revolution': { start: 1789, end: 1799 },
  'industrial revolution': { start: 1760, end: 1840 }, 'arab spring': { start: 2010, end: 2012 },
};
