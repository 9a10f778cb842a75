// English date and time expressions, valued as TIMEX3 against the reference date.
import {
  alt,
  anaphor,
  codeUnits,
  type DateEnv,
  type DateHit,
  type DateRule,
  DIGIT,
  DIGIT_IN_WORD,
  dateRules,
  heads,
  isSpaceUnit,
  LB,
  lowerSingleSpaced,
  type Pattern,
  parseDecimal,
  patternOf,
  phrases,
  RB,
  runDateRules,
  words,
} from '../../recognize/dates.js';
import type { Context, DateCandidate, Doc } from '../../recognize/types.js';
import {
  addDays,
  addMonths,
  type Direction,
  daysInMonth,
  durationValue,
  easter,
  fmtClock,
  fmtDate,
  fmtHalf,
  fmtMonth,
  fmtQuarter,
  fmtWeek,
  fmtYear,
  isoWeekday,
  isValidDate,
  lunarNewYear,
  nthWeekday,
  parseIsoDate,
  quarterOf,
  resolveDayMonthYear,
  resolveMonthYear,
  resolveWeekday,
  shiftDay,
  shiftValue,
  type Unit,
  weekdayInWeek,
  type Ymd,
} from '../../resolve/dates.js';
import { isSportsDocument } from './entities.js';
import {
  DAY_ORDINALS,
  FUTURE_CUES,
  MONTH_ABBREVIATIONS,
  MONTHS,
  NUMBER_WORDS,
  ORDINALS,
  PARTS_OF_DAY,
  PERIOD_MODIFIERS,
  REFS,
  RELATIVE_OFFSET,
  SEASONS,
  UNITS,
  VAGUE_AMOUNTS,
  WEEKDAYS,
} from './lexicon/dates.js';

// ---------- regex fragments (compiled once) ----------
const MONTH_FULL = alt(Object.keys(MONTHS).map((m) => m[0]!.toUpperCase() + m.slice(1)));
const MONTH_ABBR = `(?:${alt(Object.keys(MONTH_ABBREVIATIONS).map((m) => m[0]!.toUpperCase() + m.slice(1)))})\\.?`;
const MONTH_ANY = `${MONTH_FULL}|${MONTH_ABBR}`;
const WD = alt(Object.keys(WEEKDAYS).map((m) => m[0]!.toUpperCase() + m.slice(1)));
const NUMW = alt(Object.keys(NUMBER_WORDS));
// ("twenty four" written with a space too, after a word of tens only: "five four" is two numbers)
const NUM = `\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\\s+(?:one|two|three|four|five|six|seven|eight|nine)(?![\\p{L}-])|(?:${NUMW})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
const VAGUE = alt(VAGUE_AMOUNTS);
const MOD = alt(PERIOD_MODIFIERS);
/** The modifiers of one word ("early", "mid"), and the words after "the" that open the others ("end" of "the end of"). */
const PLAIN_MODIFIERS = PERIOD_MODIFIERS.filter((m) => !m.startsWith('the '));
const MODIFIERS_AFTER_THE = PERIOD_MODIFIERS.filter((m) => m.startsWith('the ')).map((m) => m.split(' ')[1]!);
/** The second words of the REFS that open with "the" ("coming" of "the coming months"). */
const AFTER_THE_REFS = Object.keys(REFS)
  .filter((w) => w.startsWith('the '))
  .map((w) => w.split(' ')[1]!);
const YEAR = '(?:1[6-9]|20)\\d{2}';
const DAYNUM = '(?<d>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const POD = alt(Object.keys(PARTS_OF_DAY));
const UNIT = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century';
const ZONE = 'GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|ET|PT|CT|MT';

// case-sensitive where capitals carry meaning (months, weekdays), insensitive elsewhere
const re = (src: string): RegExp => new RegExp(src, 'gud');
/** A rule's regex, built on first use (see dateRules), case-sensitive or not. */
const pattern = (src: string): Pattern => patternOf(src, 'dgu');
const patterni = (src: string): Pattern => patternOf(src, 'dgiu');
const lower = (s: string | undefined): string => lowerSingleSpaced(s ?? '');
const groups = (m: RegExpExecArray): Record<string, string | undefined> => m.groups ?? {};

function monthOf(s: string): number {
  const l = lower(s);
  // (without the dot of a short form: "Sept." → "sept")
  const k = l.endsWith('.') ? l.slice(0, -1) : l;
  return MONTHS[k] ?? MONTH_ABBREVIATIONS[k] ?? 0;
}

/** "n <unit>s later": the unit of the date it counts from, and how many of them one <unit> is. */
const LATER_UNITS: Partial<Record<string, readonly ['day' | 'month' | 'year', number]>> = {
  day: ['day', 1],
  week: ['day', 7],
  month: ['month', 1],
  year: ['year', 1],
  decade: ['year', 10],
};

function unitOf(s: string): string {
  const k = lower(s);
  if (k === 'centuries') return 'century';
  return k.endsWith('s') ? k.slice(0, -1) : k;
}

/** Digits or English number words: "twenty-five" → 25, "a" → 1, "several" → null. */
export function parseNumber(s: string): number | null {
  const t = lower(s);
  if (/^\d/.test(t)) return parseDecimal(t);
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t]!;
  const [tens, ones] = t.split(/-|\s+/);
  if (tens && ones && tens in NUMBER_WORDS && ones in NUMBER_WORDS) {
    return NUMBER_WORDS[tens]! + NUMBER_WORDS[ones]!;
  }
  return null;
}

function fullYear(s: string | undefined, ref: Ymd | null): number | null {
  if (!s) return null;
  const t = s.replace(/^'/, '');
  const y = Number(t);
  if (t.length === 4) return y;
  const century = ref ? Math.floor(ref.y / 100) * 100 : 1900;
  return century + y;
}

const FUTURE_RE = new RegExp(`(?<![\\p{L}])(?:${alt(FUTURE_CUES)})${RB}`, 'iu');

function futureContext(env: DateEnv, start: number, wholeSentence = false): boolean {
  const s = env.sentenceAt(start);
  const before = env.text.slice(
    Math.max(s.start, start - (wholeSentence ? 200 : 80)),
    wholeSentence ? Math.min(s.end, start + 200) : start,
  );
  // a cue inside a quotation that closed before the date is the speaker's, not the date's:
  // '"We will grow," she told reporters on Tuesday' (wholeSentence keeps looking on both sides)
  const q = wholeSentence
    ? -1
    : Math.max(before.lastIndexOf('"'), before.lastIndexOf('”'), before.lastIndexOf('“'));
  const text =
    q >= 0 && before[q] !== '“' && /[,.!?]\s*$/u.test(before.slice(0, q)) ? before.slice(q + 1) : before;
  let cues = NEXT_WORD.test(text) ? text.replace(NEXT_TO_RE, '') : text;
  // ("It had been due to expire Friday", "had been scheduled to …": a plan made and passed tells of the past)
  if (HAD_BEEN.test(cues)) cues = cues.replace(PAST_PLAN_RE, 'had');
  return FUTURE_RE.test(UNTIL_WORD.test(cues) ? cues.replace(UNTIL_PAST_RE, '') : cues);
}
const HAD_BEEN = /\bhad\s+been\b/i;
const PAST_PLAN_RE = /\bhad\s+been\s+(?:due|scheduled|set|expected|planned|supposed)(?:\s+to)?\b/giu;
const PAST_PLAN_BEFORE_RE = new RegExp(PAST_PLAN_RE.source, 'iu');

/** "next to the embassy" is a place, not a time ahead. */
const NEXT_TO_RE = /\bnext\s+to\b/giu;
/** (A quick test first: a text without the word needs no replacing; no other letter folds to these.) */
const NEXT_WORD = /next/i;

/** Verbs in the past tense ("-ed" and the common irregular ones). */
const PAST_VERBS =
  'was|were|had|did|\\w{3,}ed|bought|sold|began|took|made|came|went|rose|fell|won|lost|met|left|told|gave|paid|brought|became|held|got|saw|knew|found|sank|shot|fought|struck|spoke|wrote|ran|drove|flew|grew|threw|led|fled|kept|sent|spent|built|stood|chose|caught|sought|hit|broke|froze|swept|shook|stole|slid|sprang|rang|sang|swam|dug|hung|overtook|undertook|withdrew|forbade|arose|awoke';

const PAST_RE = new RegExp(`\\b(?:ago|earlier|${PAST_VERBS})\\b`, 'i');

/** "until last year", "until recently", "until it collapsed in June": a span that ended before, not a time ahead. */
const UNTIL_PAST_RE = new RegExp(
  `\\buntil\\s+(?:last|recently|earlier|then|now|\\d{4}\\b|(?:it|he|she|they|we|the\\s+\\p{L}+|its\\s+\\p{L}+)\\s+(?:${PAST_VERBS})\\b)`,
  'giu',
);
const UNTIL_WORD = /until/i;

/** A participle the future governs: "to be published", "will be paid" tell nothing of the past. */
const FUTURE_PASSIVE_RE =
  /\b(?:to|will|would|shall|must|may|might|could|should|can)\s+(?:be|have\s+been)\s+\w+ed\b/giu;
/** `s` without its future passives (a quick test first: each holds a space before "be"). */
const withoutFuturePassive = (s: string): string => (SPACE_BE.test(s) ? s.replace(FUTURE_PASSIVE_RE, '') : s);
const SPACE_BE = /\sbe/i;

/**
 * Does the sentence before the match narrate the past ("bought RJR in February")? A reporting verb before "that"
 * tells when it was said, not when the reported clause happens ("He added that guidelines to be published in
 * early November will …"): only the clause after it counts.
 */
function pastContext(env: DateEnv, start: number): boolean {
  const s = env.sentenceAt(start);
  let before = env.text.slice(Math.max(s.start, start - 60), start);
  if (THAT_WORD.test(before)) {
    let from = -1;
    for (const m of before.matchAll(REPORTED_THAT_RE)) from = m.index + m[0].length;
    if (from >= 0) before = before.slice(from);
  }
  return PAST_RE.test(withoutFuturePassive(before));
}
const THAT_WORD = /\bthat\b/i;
const REPORTED_THAT_RE =
  /\b(?:said|says|added|noted|stated|announced|reported|explained|argued|warned|predicted|estimated|told\s+\p{L}+)\s+that\b/giu;

const PAST_GLOBAL_RE = new RegExp(`\\b(?:${PAST_VERBS})\\b`, 'giu');
const FUTURE_GLOBAL_RE = new RegExp(FUTURE_RE.source, 'giu');

/** Is there a past verb between the last future cue before `start` (in its sentence) and `start`? */
function pastSinceFuture(env: DateEnv, start: number): boolean {
  const s = env.sentenceAt(start);
  const before = env.text.slice(Math.max(s.start, start - 80), start).replace(FUTURE_PASSIVE_RE, '');
  let future = -1;
  let cue = '';
  for (const f of before.matchAll(FUTURE_GLOBAL_RE)) {
    future = f.index + f[0].length;
    cue = f[0].toLowerCase();
  }
  // ("likely to buy as soon as trading opened Monday": a clause of "until" / "as soon as" shifts its
  // verb into the past with the sentence; the day still lies ahead)
  if (future < 0 || cue === 'until' || cue === 'as soon as') return false;
  // ("will publish a revised timetable by Friday": a participle after a determiner is an adjective)
  const since = before.slice(future).replace(ADJECTIVAL_PARTICIPLE_RE, ' ');
  PAST_GLOBAL_RE.lastIndex = 0;
  return PAST_GLOBAL_RE.test(since);
}

/** "a revised timetable", "the updated forecast": an "-ed" word a determiner opens describes a noun. */
const ADJECTIVAL_PARTICIPLE_RE =
  /\b(?:a|an|the|its|their|his|her|our|your|this|that|these|those|new)\s+\p{L}{3,}ed\b/giu;

/** "could arrive in early August", "may rise in May": a modal of possibility and its verb right before. */
const MAY_HAPPEN_RE =
  /\b(?:could|might|may|would)\s+(?:well\s+|still\s+|also\s+)?(?!have\b|be\s+\w+ed\b)\p{Ll}+\b[^.;!?,]{0,80}$/u;

/** Does a modal of possibility govern the date at `start` ("another hot spell could arrive in August")? */
/** Was the month named `name` put ahead by its own clause earlier in the text (a bare mention only)? */
function aheadEarlier(env: DateEnv, name: string, before: number): boolean {
  const re = new RegExp(`(?<![\\p{L}\\d])${name}(?![\\p{L}\\d])(?![,]?\\s+\\d)`, 'gu');
  // (within the 3,000 characters before: a month mentioned again and again stays linear)
  const from = Math.max(0, before - 3000);
  for (const m of env.text.slice(from, before).matchAll(re)) {
    if (futureContext(env, from + m.index) || mayHappen(env, from + m.index)) return true;
  }
  return false;
}

function mayHappen(env: DateEnv, start: number): boolean {
  const s = env.sentenceAt(start);
  // ("would rise to No. 2 in the rankings on Monday": an abbreviation's point ends no clause)
  return MAY_HAPPEN_RE.test(
    env.text.slice(Math.max(s.start, start - 100), start).replace(ABBREVIATION_POINT_RE, '$1'),
  );
}

/** The point of an abbreviation before a number or a name ("No. 2", "Mr. Hale", "St. Louis"). */
const ABBREVIATION_POINT_RE = /\b(No|Nos|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Lt|Col)\.(?=\s+[\p{Lu}\d])/gu;

const PAST_AFTER_RE = new RegExp(`^[^.;!?]{0,40}?\\b(?:${PAST_VERBS})\\b`, 'iu');

/** "In January, the company brought in a new chief": the verb right after the date is in the past. */
function pastAfter(env: DateEnv, end: number): boolean {
  const s = env.sentenceAt(end - 1);
  const after = withoutFuturePassive(env.text.slice(end, Math.min(s.end, end + 60)));
  // (a future cue counts only before the past verb: "In September, it announced plans to buy …" is past)
  const m = PAST_AFTER_RE.exec(after);
  return m !== null && !FUTURE_RE.test(after.slice(0, Math.min(40, m[0].length)));
}

const MATCH_RE =
  /\b(?:penalty|penalties|goals?|scored|scoring|minute|halftime|half-time|match|game|kick|shots?|saves?|innings|touchdowns?|referee|striker|keeper|goalkeeper|equali[sz]er|substitute|winger|midfielder|defender|header|headed|stoppage\s+time|offside|crossbar|hat-trick)\b/i;

/** Is the sentence, or the whole report, about a match (whose halves are no halves of a year)? */
function matchContext(env: DateEnv, start: number): boolean {
  const s = env.sentenceAt(start);
  // ("his side had been too passive in the first half": a match report, the sentence naming no match word)
  return MATCH_RE.test(env.text.slice(s.start, s.end)) || isSportsDocument(env.doc);
}

const SCHEDULE_RE =
  /\b(?:reports|releases|publishes|meets|meet|votes|holds|resumes|hosts|host|visits|visit|plays|play|faces|face|welcomes?|takes?\s+on|travels?\s+to|kicks\s+off)\b[^.;!?]{0,30}\s(?:on\s+)?$/i;

const SAID_RE =
  /\b(?:said|told|announced|added|reported|declared|predicted|wrote|stated|confirmed)\s+(?:on\s+)?$/i;

/** "in the year to September 2025", "the year through March 2024": the year of the month named. */
const YEAR_UP_TO = new RegExp(`^\\s+(?:to|through|ending|ended)\\s+(?:${MONTH_ANY})\\s+(${YEAR})\\b`, 'u');
/** Digit groups around a year-like number: "0300 123 2040", "+44 2040 7946 0958" (a phone number). */
const DIGIT_GROUP_BEFORE = /\d+[ -]$/u;
const LONG_GROUP_BEFORE = /(?:^|[\s(+])\d{3,}[ -]$/u;
const DIGIT_GROUP_AFTER = /^[ -]\d{3,}(?![\p{L}\p{N}])/u;

/** A group of a phone or account number: a long digit group before, or digit groups on both sides. */
function inDigitGroups(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  if (LONG_GROUP_BEFORE.test(before)) return true;
  return DIGIT_GROUP_BEFORE.test(before) && DIGIT_GROUP_AFTER.test(text.slice(end, end + 8));
}

/** "had filed", "had not named", "hadn't", "had been": the past perfect. */
const PAST_PERFECT_RE = new RegExp(
  `\\bhad(?:\\s+(?:not|never|already|just|yet|also|only))?\\s+(?:been|${PAST_VERBS})\\b|\\bhadn['’]t\\b`,
  'iu',
);
/** A modal or "going to" that looks ahead ("would be held Friday if it had not rained"). */
const MODAL_AHEAD_RE = /\b(?:will|would|shall|going\s+to)\b|['’]ll\b/iu;

/** Is the clause around a date in the past perfect, looking nowhere ahead? */
function pastPerfectAround(env: DateEnv, start: number, end: number): boolean {
  const s = env.sentenceAt(start);
  const around = env.text.slice(Math.max(s.start, start - 60), Math.min(s.end, end + 50));
  return PAST_PERFECT_RE.test(around) && !MODAL_AHEAD_RE.test(around);
}

/** A day named in a sentence: a weekday, a month and its day, "today", "yesterday", "tomorrow". */
const DAY_NAMED_RE = new RegExp(
  `${LB}(?:${WD}|(?:${MONTH_ANY})\\s+\\d{1,2}${RB}|[Tt]oday|[Yy]esterday|[Tt]omorrow)${RB}`,
  'u',
);
/** A month or a day named in a sentence ("in January", "on March 3", "on Friday"). */
const MONTH_NAMED_RE = new RegExp(
  `${LB}(?:${MONTH_FULL}|${MONTH_ABBR}(?=\\s+\\d))${RB}|${DAY_NAMED_RE.source}`,
  'u',
);

/** "next week, on", "Last week " right before a weekday: the week it lies in. */
const WEEK_BEFORE = /\b(next|last|this) week,?\s{1,3}(?:on\s{1,3})?$/iu;
const THROUGH_RE = /\bthrough\s+$/i;
const FOR_RE = /\bfor\s+$/i;
/** A day's scheduled event after its possessive ("Tuesday's league game", "Friday's vote"). */
const SCHEDULED_EVENT_AFTER =
  /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?(?:game|match|fixture|final|race|vote|meeting|hearing|debate|summit|session|talks|deadline|election|launch|opening|ceremony|rally|concert)\b/u;
/** A superlative or "first"/"last" a few words before "in": "the first rise in", "its lowest level in". */
const SPAN_UP_TO_NOW_BEFORE =
  /\b(?:first|last|only|\p{L}{2,}est|most|least|more|fewer|less)\s+(?:[\p{L}-]+\s+){0,3}in\s+$/iu;
/** A quarter's results after its name: "fourth-quarter results", "fourth-quarter earnings". */
const RESULTS_AFTER = /^\s*(?:results|earnings|figures|numbers|profits?|net\s+income)\b/iu;
/** A plural count or a unit of measure before "per": "miles per hour", "visitors per week", "km per hour". */
const RATE_BEFORE =
  /(?:\p{L}{2,}s|\b(?:km|mph|kph|feet|foot|metres?|meters?|kilometres?|kilometers?|miles?|mm|cm|litres?|liters?|gallons?|tonnes?|tons?))\s+$/u;
/** A modal or "has to" whose verb a deadline after it closes ("would be notified by", not "would have been …"). */
const DEADLINE_MODAL_RE =
  /\b(?:will|would|shall|must|should|could|can|(?:has|have|had|need|needs)\s+to)\s+(?!have\b)[^.;!?]{0,60}$/iu;
const LASTED_RE =
  /\b(?:lasted|ran|continued|stayed|remained|went\s+on|worked|fought|battled|struggled|toiled|waited)\b/i;

/**
 * "a warning in force through Friday": a day the news runs up to ("through" right before it), unless
 * the sentence narrates a span past ("the strike lasted through Friday").
 */
function runsThrough(env: DateEnv, start: number): boolean {
  return (
    THROUGH_RE.test(env.text.slice(Math.max(0, start - 9), start)) &&
    !LASTED_RE.test(env.text.slice(Math.max(env.sentenceAt(start).start, start - 60), start))
  );
}

/** "to fund the agency through": an infinitive of purpose whose span runs up to the time after it, no past verb since. */
const PURPOSE_THROUGH_RE = new RegExp(
  `\\bto\\s+(?!the\\b|a\\b|an\\b|be\\b)\\p{Ll}+\\b(?:(?!\\b(?:${PAST_VERBS})\\b)[^.;!?])*$`,
  'iu',
);

/** "a bill to fund the agency through September": a span a plan runs up to lies ahead. */
function plannedThrough(env: DateEnv, start: number): boolean {
  return (
    runsThrough(env, start) &&
    PURPOSE_THROUGH_RE.test(env.text.slice(Math.max(env.sentenceAt(start).start, start - 60), start))
  );
}

/** A forecast verb right before a period: "forecast second-quarter revenue", "expects first-quarter sales". */
const FORECAST_BEFORE =
  /\b(?:forecasts?|forecasting|projects|projected|expects|expected|predicts|predicted|sees|guided|outlook\s+for)\s+(?:(?:its|their|a|an|the)\s+)?(?:(?:weaker|stronger|lower|higher|flat|strong|weak)\s+)?$/i;

const ENDS_RE = /\b(?:ends|expires|begins|starts|closes|opens)\s+(?:on\s+)?$/i;

const ENDED_RE = /\b(?:ended|ending|since|as\s+of)\s+$/i;
/** A document's own date: "a circular dated March 8", "the letter, signed on May 2". */
const DATED_RE = /\b(?:dated|signed|issued|written|postmarked)\s+(?:on\s+)?$/i;

/** "the Aug. 7 blasts": "the" before a day, a lower-case word after it. */
const ATTRIBUTIVE_BEFORE = /\bthe\s+$/iu;
const ATTRIBUTIVE_AFTER = /^\s\p{Ll}/u;

/** "was killed on the night of", "were arrested on the morning of": a past passive, then the part of a day. */
const PASSIVE_ON_PART_OF_DAY_RE =
  /\b(?:was|were)\s+(?:\p{L}+\s+){1,3}on\s+the\s+(?:night|morning|afternoon|evening|eve)\s+of\s+$/iu;

/** Which way a day and month without a year point: "the year ended March 31" is past. */
function dayMonthDirection(env: DateEnv, start: number, dayEnd: number): Direction {
  if (ENDED_RE.test(env.text.slice(Math.max(0, start - 12), start))) return 'past';
  if (DATED_RE.test(env.text.slice(Math.max(0, start - 16), start))) return 'past';
  // "the fiscal year that ends Sept. 30", "the offer expires March 1": a present-tense end lies ahead
  if (ENDS_RE.test(env.text.slice(Math.max(0, start - 12), start))) return 'future';
  // "He was last seen Nov. 3", "searching since shortly after the Oct. 23 attack"
  const s = env.sentenceAt(start);
  const before = env.text.slice(Math.max(s.start, start - 40), start);
  const since = /\bsince\b/i.test(before);
  // "the Aug. 7 blasts", "the May 3 election": a day named as an event's tells no tense of its own
  if (
    !since &&
    ATTRIBUTIVE_BEFORE.test(env.text.slice(Math.max(0, start - 5), start)) &&
    ATTRIBUTIVE_AFTER.test(env.text.slice(dayEnd, dayEnd + 3))
  )
    return 'nearest';
  if (futureContext(env, start)) return 'future';
  // ("was extended to Nov. 16", "were put off until May 3": the day the change points to, not a day past)
  if (/\b(?:was|were)\s+(?:\w+\s+){0,2}(?:on\s+)?$/i.test(before) && !/\b(?:to|until|till)\s+$/i.test(before))
    return 'past';
  // "was shot to death on the night of Oct. 23": the part of the day it happened in, after a past passive
  if (PASSIVE_ON_PART_OF_DAY_RE.test(before)) return 'past';
  if (since) return 'past';
  // "The station reopened on March 1", "a record high set on Aug. 6": a past verb right before the day (its
  // clause, a few words back) narrates a day gone by
  // ("resumed on the morning of March 3": the verb before the part of the day the day is told with)
  const verbEnd = before.replace(PART_OF_DAY_OF_END, '');
  if (PAST_VERB_RIGHT_BEFORE.test(verbEnd) && !FUTURE_PASSIVE_END_RE.test(verbEnd)) return 'past';
  return 'nearest';
}
const PART_OF_DAY_OF_END = /(?<=\bon\s+)the\s+(?:night|morning|afternoon|evening|eve)\s+of\s+$/iu;
const PAST_VERB_RIGHT_BEFORE = new RegExp(
  `(?<!\\bto\\s+have\\s+)\\b(?:(?:${PAST_VERBS})\\s+(?:on\\s+)?|set\\s+on\\s+)$`,
  'iu',
);
/** "to be held on", "will be completed": a participle the future governs. */
const FUTURE_PASSIVE_END_RE =
  /\b(?:to|will|would|shall|must|may|might|could|should|can)\s+(?:be|have\s+been)\s+\w+\s+(?:on\s+)?$/iu;

function dayMonthValue(
  env: DateEnv,
  d: number,
  mo: number,
  yearText: string | undefined,
  dir: Direction,
  dow?: number,
): string | null {
  let y = fullYear(yearText, env.ref);
  if (y === null) {
    if (!env.ref) return null;
    y = resolveDayMonthYear(env.ref, mo, d, dir, dow);
  }
  return isValidDate(y, mo, d) ? fmtDate({ y, m: mo, d }) : null;
}

function withPart(day: string | null, pod: string | undefined): DateHit {
  if (!pod) return { type: 'DATE', value: day };
  return { type: 'TIME', value: day ? `${day}T${PARTS_OF_DAY[lower(pod)]!}` : null };
}

function relOffset(rel: string | undefined): number {
  return RELATIVE_OFFSET[lower(rel).replace(/^the /, '')] ?? 0;
}

function seasonValue(ref: Ymd, season: string, off: number): string {
  const s = SEASONS[lower(season)]!;
  let y = ref.y;
  if (off < 0) y = s.month < ref.m ? ref.y : ref.y - 1;
  else if (off > 0) y = s.month > ref.m ? ref.y : ref.y + 1;
  return `${fmtYear(y)}-${s.code}`;
}

/** Holidays by their day in a year (null: a year the table of a moving feast does not hold). */
const HOLIDAYS: Record<string, (y: number) => Ymd | null> = {
  christmas: (y) => ({ y, m: 12, d: 25 }),
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  'independence day': (y) => ({ y, m: 7, d: 4 }),
  'fourth of july': (y) => ({ y, m: 7, d: 4 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  easter: (y) => easter(y),
  'easter sunday': (y) => easter(y),
  'good friday': (y) => addDays(easter(y), -2),
  // (valued as the ISO week of Easter Sunday, the week that ends with it)
  'easter week': (y) => easter(y),
  'holy week': (y) => easter(y),
  'easter weekend': (y) => easter(y),
  'easter monday': (y) => addDays(easter(y), 1),
  'palm sunday': (y) => addDays(easter(y), -7),
  'ash wednesday': (y) => addDays(easter(y), -46),
  'martin luther king jr. day': (y) => nthWeekday(y, 1, 1, 3),
  'martin luther king jr day': (y) => nthWeekday(y, 1, 1, 3),
  'martin luther king day': (y) => nthWeekday(y, 1, 1, 3),
  'mlk day': (y) => nthWeekday(y, 1, 1, 3),
  "presidents' day": (y) => nthWeekday(y, 2, 1, 3),
  'presidents day': (y) => nthWeekday(y, 2, 1, 3),
  "st. patrick's day": (y) => ({ y, m: 3, d: 17 }),
  "st patrick's day": (y) => ({ y, m: 3, d: 17 }),
  "saint patrick's day": (y) => ({ y, m: 3, d: 17 }),
  juneteenth: (y) => ({ y, m: 6, d: 19 }),
  'veterans day': (y) => ({ y, m: 11, d: 11 }),
  'remembrance day': (y) => ({ y, m: 11, d: 11 }),
  // the day after Thanksgiving, the Monday after it
  'black friday': (y) => addDays(nthWeekday(y, 11, 4, 4), 1),
  'cyber monday': (y) => addDays(nthWeekday(y, 11, 4, 4), 4),
  'boxing day': (y) => ({ y, m: 12, d: 26 }),
  // the first day of the Chinese (lunar) calendar's year, and its eve
  'lunar new year': (y) => lunarNewYear(y),
  "lunar new year's day": (y) => lunarNewYear(y),
  "lunar new year's eve": (y) => lunarEve(y),
  'chinese new year': (y) => lunarNewYear(y),
  "chinese new year's day": (y) => lunarNewYear(y),
  "chinese new year's eve": (y) => lunarEve(y),
};

function lunarEve(y: number): Ymd | null {
  const day = lunarNewYear(y);
  return day ? addDays(day, -1) : null;
}

/** A word that makes the weekday after it the name of a day of its own: "Black Monday", "Super Tuesday". */
const NAMED_DAY_BEFORE = /(?:^|[^\p{L}])(?:Black|Bloody|Super|Giving)\s+$/u;

/** Words after which "a day", "a week" is a span of time rather than a rate ("$5 a day"). */
const DURATION_CUE =
  /\b(?:for|in|within|after|over|than|about|around|nearly|almost|just|only|barely|least|once|twice|spent|took|takes|lasted|lasts|than)\s+$/i;

/**
 * '"This Week"', '"60 Minutes"': a unit in capitals right after an opening quotation mark names a show
 * or a work, no time.
 */
function quotedTitle(env: DateEnv, start: number, unit: string): boolean {
  // (typed quotes too: ``This Week'', ''60 Minutes'')
  return /^\p{Lu}/u.test(unit) && /(?:["“‘`]|'')$/u.test(env.text.slice(Math.max(0, start - 2), start));
}

/** The point of a day a span opens with ("late yesterday", "earlier today", "later this afternoon"). */
const DAY_POINT_WORDS = ['earlier', 'later', 'early', 'late'] as const;
const DAY_POINT = alt(DAY_POINT_WORDS);

// ---------- rules ----------
/** Two weeks in milliseconds: a holiday that near is the one at hand (see en.date.holiday). */
const FORTNIGHT_MS = 14 * 86_400_000;
// What may follow the digits of a number that begins a date (see DateRule.digits), by code unit.
/** "1st", "2nd", "3rd", "19th" in lower case (the rules without the i flag). */
const ORDINAL_OPENINGS = codeUnits('snrt');
/** "for Monday and ", "for Monday or ": a weekday meant for, then another joined to it. */
const FOR_DAY_AND_RE = /\bfor\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*(?:,\s*|\s+)(?:and|or)\s+$/iu;

/** The same in any case, for the rules with the i flag (ſ reads as s). */
const ORDINAL_OPENINGS_ANY_CASE = codeUnits('snrtSNRTſ');
const S_ANY_CASE = codeUnits('sSſ');
const AM_PM_OPENINGS = codeUnits('apAP');
/** A number's digits, then a decimal part or a space (amounts: "2.5 years", "10 minutes"). */
const DECIMAL_OR_SPACE = (_run: number, next: number): boolean => next === 46 || isSpaceUnit(next);
const DECIMAL_SPACE_OR_HYPHEN = (run: number, next: number): boolean =>
  next === 45 || DECIMAL_OR_SPACE(run, next);
/** As DECIMAL_SPACE_OR_HYPHEN, or a "½" right after the digits ("3½ days"). */
const DECIMAL_SPACE_HYPHEN_OR_HALF = (run: number, next: number): boolean =>
  next === 0xbd || DECIMAL_SPACE_OR_HYPHEN(run, next);

/** The words that open a quarter, alone or after "the": "fiscal 1989 second quarter", "the third quarter". */
/** A day spelled as an ordinal, "third", "twenty-first", "twenty first". */
const DAY_ORD = alt(Object.keys(DAY_ORDINALS)).replace(/-/g, '[-\\s]');
/** A word after "March eighth" that makes the ordinal no day: "the March second round", "May first-time". */
const NOT_DAY_AFTER_ORDINAL =
  /^(?:-|[^\S\n]+(?:half|quarter|time|round|term|leg|place|stage|phase|year|day|week|month|season|game|match|race|of)\b)/iu;

/** What comes before "fortnight": "the past", "the next", "a", "one", "two" (or "more than a"). */
const FORTNIGHT_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<the>the[^\\S\\n]+(?:past|last|next|coming|previous|following))|(?:(?:nearly|almost|about|around|over|some|more[^\\S\\n]+than|less[^\\S\\n]+than|just|only)[^\\S\\n]+)?(?:a|an|(?<n>${NUMW}|\\d+)))[^\\S\\n]+$`,
  'iu',
);

const QUARTER_OPENERS = [
  'fiscal',
  DIGIT,
  'this',
  'last',
  'next',
  'year',
  'comparable',
  'first',
  'second',
  'third',
  'fourth',
] as const;

export const DATE_RULES: readonly DateRule[] = dateRules([
  {
    // "Friday, April 6, 1994", "Sept. 30", "April 2nd", "Jan. 1, 1990", "June 17"
    name: 'en.date.month-day',
    indices: true,
    starts: heads(Object.keys(WEEKDAYS), Object.keys(MONTHS), Object.keys(MONTH_ABBREVIATIONS)),
    re: pattern(
      `${LB}(?:(?<wd>${WD}),?[^\\S\\n]+)?(?<mo>${MONTH_ANY})\\s+${DAYNUM}${RB}(?!\\s*(?:[-–—]|to\\s|through\\s|and\\s)\\s*\\d)(?:,?\\s+(?<y>${YEAR})${RB})?`,
    ),
    make(m, env) {
      const g = groups(m);
      const mo = monthOf(g.mo!);
      const d = Number(g.d);
      const dir = dayMonthDirection(env, g.wd ? m.indices!.groups!.mo![0] : m.index, m.index + m[0].length);
      // ("Tuesday, March 3": the year in which March 3 is a Tuesday)
      const value = dayMonthValue(env, d, mo, g.y, dir, g.wd ? WEEKDAYS[lower(g.wd)] : undefined);
      // "Thursday, Jan. 6": one expression of one day, the weekday with its date
      return { type: 'DATE', value };
    },
  },
  {
    // "the week of Oct. 7", "the week of March 3, 2025": the week that day lies in; "the weekend of
    // March 14": that week's weekend
    name: 'en.date.week-of',
    starts: phrases('the', 'week', 'weekend'),
    re: patterni(
      `${LB}the\\s+week(?<we>end)?\\s+of\\s+(?<mo>${MONTH_ANY})\\s+${DAYNUM}${RB}(?:,?\\s+(?<y>${YEAR})${RB})?`,
    ),
    make(m, env) {
      const g = groups(m);
      const value = dayMonthValue(
        env,
        Number(g.d),
        monthOf(g.mo!),
        g.y,
        dayMonthDirection(env, m.index, m.index + m[0].length),
      );
      const day = parseIsoDate(value);
      return { type: 'DATE', value: day ? `${fmtWeek(day)}${g.we ? '-WE' : ''}` : null };
    },
  },
  {
    // "Sept. 23-24", "June 3 to 5, 2021": the first day takes the month (and year) of the range
    name: 'en.date.day-range',
    indices: true,
    starts: heads(Object.keys(MONTHS), Object.keys(MONTH_ABBREVIATIONS)),
    re: pattern(
      `${LB}(?<mo>${MONTH_ANY})\\s+(?<d1>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s*(?:[-–—]|to|through|and)\\s*(?<d2>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?${RB}(?:,?\\s+(?<y>${YEAR})${RB})?`,
    ),
    make(m, env) {
      const g = groups(m);
      const mo = monthOf(g.mo!);
      const d1 = Number(g.d1);
      const d2 = Number(g.d2);
      if (d2 <= d1) return null;
      const [, e1] = m.indices!.groups!.d1!;
      const [s2] = m.indices!.groups!.d2!;
      const dir = dayMonthDirection(env, m.index, m.index + m[0].length);
      return [
        { start: m.index, end: e1, type: 'DATE', value: dayMonthValue(env, d1, mo, g.y, dir) },
        { start: s2, end: m.index + m[0].length, type: 'DATE', value: dayMonthValue(env, d2, mo, g.y, dir) },
      ];
    },
  },
  {
    // "6 April 1994", "the 6th of April"
    name: 'en.date.day-month',
    // at a number: the day, one or two digits, then a space or its ordinal ending
    digits: (run, next) => run <= 2 && (isSpaceUnit(next) || ORDINAL_OPENINGS.has(next)),
    starts: [...heads(DIGIT), ...phrases('the', DIGIT)],
    re: pattern(
      `${LB}(?:the\\s+)?${DAYNUM}\\s+(?:of\\s+)?(?<mo>${MONTH_ANY})${RB}(?:,?\\s+(?<y>${YEAR})${RB})?`,
    ),
    make(m, env) {
      const g = groups(m);
      return { type: 'DATE', value: dayMonthValue(env, Number(g.d), monthOf(g.mo!), g.y, 'nearest') };
    },
  },
  {
    // "the twenty-first of May", "the third of June, 1990", "March eighth", "Sunday, March eighth, 1998":
    // a day spelled as an ordinal (broadcast transcripts and speeches spell days out)
    name: 'en.date.spelled-day',
    indices: true,
    starts: [
      ...heads(Object.keys(WEEKDAYS), Object.keys(MONTHS), 'this', 'next', 'last'),
      ...phrases('the', Object.keys(DAY_ORDINALS)),
    ],
    re: patterni(
      `${LB}(?:(?:(?:this\\s+coming|this\\s+past|this|next|last)\\s+)?(?<wd>${WD}),?[^\\S\\n]+)?(?:the\\s+(?<o1>${DAY_ORD})\\s+of\\s+(?<mo1>${MONTH_FULL}|${MONTH_ABBR})|(?<mo2>${MONTH_FULL})\\s+(?:the\\s+)?(?<o2>${DAY_ORD}))${RB}(?:,?\\s+(?<y>${YEAR})${RB})?`,
    ),
    make(m, env) {
      const g = groups(m);
      const mo = monthOf(g.mo1 ?? g.mo2!);
      // (names are capitalized: "the first of march" is no date, and a weekday is capitalized too)
      if (!/^\p{Lu}/u.test(g.mo1 ?? g.mo2!) || (g.wd && !/^\p{Lu}/u.test(g.wd))) return null;
      const end = m.index + m[0].length;
      if (g.mo2) {
        // "the March second round", "May first-time buyers": the ordinal is of something else
        if (!g.y && NOT_DAY_AFTER_ORDINAL.test(env.text.slice(end, end + 10))) return null;
        // "May" is a modal too: "May first be approved" — May is a month after a preposition or a weekday
        if (
          lower(g.mo2) === 'may' &&
          !g.wd &&
          !/\b(?:on|by|until|till|since|from|before|after|of|to|through|for)\s+$/iu.test(
            env.text.slice(Math.max(0, m.index - 9), m.index),
          )
        )
          return null;
      }
      const d = DAY_ORDINALS[lower(g.o1 ?? g.o2).replace(/\s+/g, '-')];
      if (!d || !isValidDate(2000, mo, d)) return null;
      const start = g.wd ? (m.indices!.groups!.mo1?.[0] ?? m.indices!.groups!.mo2![0]) : m.index;
      const dow = g.wd ? WEEKDAYS[lower(g.wd)] : undefined;
      const value = dayMonthValue(env, d, mo, g.y, dayMonthDirection(env, start, end), dow);
      return { type: 'DATE', value };
    },
  },
  {
    // "the first week of February", "the last week of March 2027", "the third week of January": the ISO week
    // that holds the middle of that week of the month (not "last week")
    name: 'en.date.week-of-month',
    starts: phrases('the', 'first', 'second', 'third', 'fourth', 'final', 'last'),
    re: pattern(
      `${LB}[Tt]he\\s+(?<o>first|second|third|fourth|final|last)\\s+week\\s+of\\s+(?<mo>${MONTH_FULL}|${MONTH_ABBR})${RB}(?:,?\\s+(?<y>${YEAR})${RB})?`,
    ),
    make(m, env) {
      const g = groups(m);
      const mo = monthOf(g.mo!);
      let y: number;
      if (g.y) y = Number(g.y);
      else if (!env.ref) return { type: 'DATE', value: null };
      else {
        const dir: Direction = futureContext(env, m.index)
          ? 'future'
          : pastContext(env, m.index)
            ? 'past'
            : 'nearest';
        y = resolveMonthYear(env.ref, mo, dir);
      }
      const o = lower(g.o);
      const n = { first: 1, second: 2, third: 3, fourth: 4 }[o];
      // (the middle day of the nth seven days of the month, or of its last seven)
      const day = n ? 7 * (n - 1) + 4 : daysInMonth(y, mo) - 3;
      return { type: 'DATE', value: fmtWeek({ y, m: mo, d: day }) };
    },
  },
  {
    // "10/27/1989" (month first), "1989-10-27"
    name: 'en.date.numeric',
    // at a number: "9/19/2023", "2023-09-19"
    digits: (run, next) => (run <= 2 && next === 47) || (run === 4 && next === 45),
    starts: heads(DIGIT, DIGIT_IN_WORD),
    re: pattern(
      `(?<![\\d/.-])(?:(?<mo>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4}|\\d{2})|(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2}))(?![\\d/.-]\\d)`,
    ),
    make(m, env) {
      const g = groups(m);
      const y = g.iy ? Number(g.iy) : fullYear(g.y, env.ref)!;
      const mo = Number(g.mo ?? g.im);
      const d = Number(g.d ?? g.id);
      return isValidDate(y, mo, d) ? { type: 'DATE', value: fmtDate({ y, m: mo, d }) } : null;
    },
  },
  {
    // "November 1995", "late November", "last April", "early 2009"(year rule), "June of 1997"
    name: 'en.date.month',
    starts: [
      ...heads(
        PLAIN_MODIFIERS,
        'this',
        'last',
        'next',
        Object.keys(MONTHS),
        Object.keys(MONTH_ABBREVIATIONS),
      ),
      ...phrases('the', MODIFIERS_AFTER_THE),
    ],
    re: pattern(
      `${LB}(?:(?<mod>${MOD})[-\\s]+|(?<rel>[Tt]his\\s+past|[Ll]ast|[Tt]his|[Nn]ext|[Tt]his\\s+coming)\\s+)?(?<mo>${MONTH_FULL}|${MONTH_ABBR}(?=\\s+${YEAR}))(?:,?\\s+(?:of\\s+)?(?<y>${YEAR})|\\s+(?:of\\s+)?(?<ry>last|this|next)\\s+year)?${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      const mo = monthOf(g.mo!);
      if (g.y) return { type: 'DATE', value: fmtMonth(Number(g.y), mo) };
      if (g.ry) return { type: 'DATE', value: env.ref ? fmtMonth(env.ref.y + relOffset(g.ry), mo) : null };
      // a bare month before a capitalized word is part of a name ("April Ryan", "June Carter")
      if (
        !g.mod &&
        !g.rel &&
        /^[^\S\n]+\p{Lu}\p{Ll}/u.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 3))
      )
        return null;
      // "the March for Life", "the March of the Mothers", "a March on Washington": a march, no month
      if (
        !g.mod &&
        !g.rel &&
        mo === 3 &&
        /^[^\S\n]+(?:for|of|on)[^\S\n]+(?:the[^\S\n]+)?\p{Lu}/u.test(
          env.text.slice(m.index + m[0].length, m.index + m[0].length + 14),
        )
      )
        return null;
      // "May" alone is a modal verb unless a preposition or determiner makes it a month
      if (mo === 5 && !g.mod && !g.rel) {
        const before = env.text.slice(Math.max(0, m.index - 12), m.index);
        if (
          !/\b(?:in|since|by|until|of|during|through|from|to|before|after|early|late|mid)\s+$/i.test(before)
        )
          return null;
      }
      if (!env.ref) return { type: 'DATE', value: null };
      const rel = lower(g.rel);
      let dir: Direction = 'nearest';
      if (rel === 'last' || rel === 'this past') dir = 'past';
      else if (rel === 'next' || rel === 'this coming') dir = 'future';
      else if (rel === 'this') return { type: 'DATE', value: fmtMonth(env.ref.y, mo) };
      else if (/\bsince\s+$/i.test(env.text.slice(Math.max(0, m.index - 8), m.index))) dir = 'past';
      else if (futureContext(env, m.index) || mayHappen(env, m.index) || plannedThrough(env, m.index))
        dir = 'future';
      // a past verb right before the month wins over a future cue later in the sentence
      // ("prices rose in December and will fall in April")
      else if (pastContext(env, m.index)) dir = 'past';
      else if (pastAfter(env, m.index + m[0].length)) dir = 'past';
      else if (futureContext(env, m.index, true)) dir = 'future';
      // "could cut rates in December … 'She did not close the door to December'": the month the text
      // already put ahead is the same month, whatever the later clause's tense
      if (dir === 'past' && !rel && aheadEarlier(env, g.mo!, m.index)) dir = 'future';
      let y = resolveMonthYear(env.ref, mo, dir);
      if ((rel === 'last' || rel === 'this past') && mo === env.ref.m) y -= 1;
      if (rel === 'next' && mo === env.ref.m) y += 1;
      return { type: 'DATE', value: fmtMonth(y, mo) };
    },
  },
  {
    // "the 1990s", "the early 1990s", "the '80s"
    name: 'en.date.decade',
    // at a number: "1990s", "1990's"
    digits: (run, next) => run === 4 && (next === 39 || S_ANY_CASE.has(next)),
    starts: [...heads('early', 'late', 'mid', DIGIT), ...phrases('the', 'early', 'late', 'mid', DIGIT)],
    re: patterni(`${LB}(?:the\\s+)?(?:(?:early|late|mid)[-\\s]+)?(?<dec>(?:1[6-9]|20)\\d)0'?s${RB}`),
    make(m) {
      return { type: 'DATE', value: groups(m).dec! };
    },
  },
  {
    // "the 11th century"
    name: 'en.date.century',
    // at a number: "19th century"
    digits: (run, next) => run <= 2 && ORDINAL_OPENINGS_ANY_CASE.has(next),
    starts: [...heads(DIGIT), ...phrases('the', DIGIT)],
    re: patterni(`${LB}(?:the\\s+)?(?<n>[12]?\\d)(?:st|nd|rd|th)\\s+century${RB}`),
    make(m) {
      const n = Number(groups(m).n);
      if (n < 1) return null;
      return { type: 'DATE', value: String(n - 1).padStart(2, '0') };
    },
  },
  {
    // "1990", "fiscal 1989", "early 2009", "mid-2011", "the year 2000", "post-1959 politics", "pre-2020 levels",
    // "FY2025", "FY 2026", "FY25" (a fiscal year valued as the year it names)
    name: 'en.date.year',
    // at a number: the year's four digits and no more
    digits: (run) => run === 4,
    starts: [
      ...heads(PLAIN_MODIFIERS, 'fiscal', 'calendar', 'model', 'pre', 'post', 'FY', DIGIT),
      ...phrases('the', MODIFIERS_AFTER_THE, 'year'),
    ],
    re: patterni(
      `(?<![\\p{L}\\p{N}.,/:$£€-])(?:(?<mod>${MOD})[-\\s]+|(?<side>pre|post)-)?(?:(?:fiscal|the\\s+year|calendar|model)\\s+(?:year\\s+)?|(?<fy>FY)\\s?)?(?:(?<y>${YEAR})|(?<=FY\\s?)(?<yy>\\d{2}))(?![\\p{L}\\p{N}]|[.,/:]\\d|-(?:\\d|year|month|day))${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      const after = env.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
      if (
        !g.mod &&
        /^\s*(?:percent|%|people|shares|troops|points|feet|meters|miles|tons|cars|jobs)/i.test(after)
      )
        return null;
      // "call 0300 123 2040": a group of a phone or account number, not a year
      if (inDigitGroups(env.text, m.index, m.index + m[0].length)) return null;
      // ("FY" in capitals: "fy" is no fiscal year)
      if (g.fy && g.fy !== 'FY') return null;
      return { type: 'DATE', value: fmtYear(g.y ? Number(g.y) : 2000 + Number(g.yy)) };
    },
  },
  {
    // "since '82", "the class of '95"
    name: 'en.date.year-short',
    re: patterni(
      `['’](?<=(?:since|in|of|from|by|until|to|through)\\s+['’])(?<yy>\\d{2})(?![\\p{L}\\p{N}'’])`,
    ),
    make(m, env) {
      const yy = Number(groups(m).yy);
      const refYear = env.ref?.y ?? 2000;
      const century = Math.floor(refYear / 100) * 100;
      const y = century + yy > refYear + 10 ? century - 100 + yy : century + yy;
      return { type: 'DATE', value: fmtYear(y) };
    },
  },
  {
    // "today", "yesterday", "tomorrow", "yesterday morning", "tonight", "last night", "this time last year"; the point of the
    // day in the span as it is for a weekday or a week ("late yesterday", "earlier today", "later this
    // afternoon"), and the part of the day before it ("mid-afternoon yesterday", "late morning today")
    name: 'en.date.relative-day',
    starts: [
      ...heads('today', 'yesterday', 'tomorrow', 'tonight', 'last', 'this', 'mid', ...DAY_POINT_WORDS),
      ...phrases('the', 'day', 'night'),
    ],
    re: patterni(
      `${LB}(?:(?:${DAY_POINT})[^\\S\\n]+)?(?:(?:(?:mid|late|early)(?:-|[^\\S\\n]+)?(?<prepod>${POD})[^\\S\\n]+|the\\s+day\\s+(?<dd>after(?=\\s+tomorrow)|before(?=\\s+yesterday))\\s+)?(?<word>today|yesterday|tomorrow)(?:\\s+(?<pod>${POD}))?|(?<tonight>tonight)|(?<lastnight>last\\s+night)|(?<nbl>the\\s+night\\s+before\\s+last(?!\\s+(?:week|weekend|month|year|season|time|summer|winter|spring|autumn|fall)|['’]))|this\\s+(?<thispod>${POD})|this\\s+time\\s+(?<ttrel>last|next)\\s+(?<ttunit>week|month|year))${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      const pod = g.pod ?? g.prepod;
      if (!env.ref) return { type: g.word && !pod ? 'DATE' : 'TIME', value: null };
      // "up from this time last year": the same day a year (month, week) before or after
      if (g.ttrel) {
        const day = shiftDay(env.ref, lower(g.ttunit) as Unit, lower(g.ttrel) === 'last' ? -1 : 1);
        return { type: 'DATE', value: day ? fmtDate(day) : null };
      }
      if (g.tonight) return { type: 'TIME', value: `${fmtDate(env.ref)}TNI` };
      if (g.lastnight) return { type: 'TIME', value: `${fmtDate(addDays(env.ref, -1))}TNI` };
      // "the night before last": the night two days back
      if (g.nbl) return { type: 'TIME', value: `${fmtDate(addDays(env.ref, -2))}TNI` };
      if (g.thispod) return { type: 'TIME', value: `${fmtDate(env.ref)}T${PARTS_OF_DAY[lower(g.thispod)]!}` };
      const w = lower(g.word);
      // "today's" world, "today" as the present era, is rarer in news than today's date
      // ("the day after tomorrow", "the day before yesterday": two days off)
      const off = (w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0) * (g.dd ? 2 : 1);
      return withPart(fmtDate(addDays(env.ref, off)), pod);
    },
  },
  {
    // "Friday", "last Friday", "next Tuesday", "Wednesday night", "early Tuesday"
    name: 'en.date.weekday',
    starts: [
      ...heads('last', 'next', 'this', 'early', 'late', Object.keys(WEEKDAYS)),
      ...phrases('the', 'previous', 'preceding', 'prior', 'following'),
    ],
    re: pattern(
      `${LB}(?:(?<the>[Tt]he\\s+(?:previous|preceding|prior|following))\\s+|(?<rel>[Ll]ast|[Nn]ext|[Tt]his\\s+past|[Tt]his\\s+coming|[Tt]his)\\s+|(?:[Ee]arly|[Ll]ate)\\s+)?(?<wd>${WD})(?:\\s+(?<pod>${POD}))?(?:\\s+(?<week>[Nn]ext|[Ll]ast|[Tt]his)\\s+week)?${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      // "Black Monday", "Super Tuesday", "Bloody Sunday": the name of a day of its own, not the week's
      if (!g.the && !g.rel && NAMED_DAY_BEFORE.test(env.text.slice(Math.max(0, m.index - 8), m.index)))
        return null;
      if (!env.ref) return { type: g.pod ? 'TIME' : 'DATE', value: null };
      const dow = WEEKDAYS[lower(g.wd)]!;
      // "the previous Friday", "the following Monday": the weekday before (after) the last day named, or
      // with none, before (after) the reference date
      if (g.the) {
        const after = /following/i.test(g.the);
        const fallback = fmtDate(resolveWeekday(env.ref, dow, after ? 'strict-future' : 'strict-past'));
        if (g.pod) return withPart(fallback, g.pod);
        return { type: 'DATE', value: anaphor(after ? 'weekday-after' : 'weekday-before', dow, fallback) };
      }
      // "Tuesday next week", "Next week, on Tuesday": that weekday in the week named (weeks start on Monday)
      const week = g.rel
        ? ''
        : (g.week ?? WEEK_BEFORE.exec(env.text.slice(Math.max(0, m.index - 24), m.index))?.[1]);
      if (week) {
        const value = fmtDate(weekdayInWeek(env.ref, relOffset(lower(week)), dow));
        return withPart(value, g.pod);
      }
      // "on a Friday afternoon", "one Sunday": some such day, no day of the calendar ("in a Wednesday
      // media event" is the day's event)
      if (!g.rel && /\b(?:on\s+(?:a|one)|one)\s+$/iu.test(env.text.slice(Math.max(0, m.index - 8), m.index)))
        return withPart(`XXXX-WXX-${dow}`, g.pod);
      const rel = lower(g.rel);
      let dir: 'past' | 'future' | 'strict-past' | 'strict-future' | 'nearest';
      if (rel === 'last' || rel === 'this past') dir = 'strict-past';
      else if (rel === 'next' || rel === 'this coming') dir = 'strict-future';
      else if (rel === 'this') dir = 'nearest';
      // "had filed their reports by Wednesday", "Until Thursday, police had not named him": the past
      // perfect tells of a time before a past one
      else if (pastPerfectAround(env, m.index, m.index + m[0].length)) dir = 'past';
      // "a warning in force through Friday": a weekday the news runs up to lies ahead
      // (but "the strike lasted through Friday" narrates a past one)
      else if (runsThrough(env, m.index)) dir = 'future';
      // "red alerts for Wednesday", "a vote set for Friday": what is meant for a day lies ahead
      // (not "for Wednesday's attack")
      // ("canceled classes for Monday and Tuesday": a day joined to a day meant for is meant for too)
      // ("the vote had been scheduled for Friday": a plan made and passed points back)
      else if (
        (FOR_RE.test(env.text.slice(Math.max(0, m.index - 5), m.index)) ||
          FOR_DAY_AND_RE.test(env.text.slice(Math.max(0, m.index - 20), m.index))) &&
        !/^['’]s\b/u.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 3)) &&
        !PAST_PLAN_BEFORE_RE.test(
          env.text.slice(Math.max(env.sentenceAt(m.index).start, m.index - 60), m.index),
        )
      )
        dir = 'future';
      // "would be rested for Tuesday's league game": a day's scheduled event that a modal looks to
      // ("was criticized for Wednesday's vote" stays past)
      else if (
        FOR_RE.test(env.text.slice(Math.max(0, m.index - 5), m.index)) &&
        SCHEDULED_EVENT_AFTER.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 40)) &&
        /\b(?:will|would|could|might|shall)\s[^.;!?]{0,50}$/iu.test(
          env.text.slice(Math.max(env.sentenceAt(m.index).start, m.index - 60), m.index),
        ) &&
        // ("will be fined for Saturday's match": a penalty or a judgement looks back at the day)
        !/\b(?:fined|punished|banned|suspended|sanctioned|disciplined|charged|blamed|criticized|criticised|praised|sued|thanked|credited)\s+for\s+$/iu.test(
          env.text.slice(Math.max(0, m.index - 20), m.index),
        )
      )
        dir = 'future';
      // "Ford reports results on Thursday": a schedule in the present tense lies ahead
      else if (
        SCHEDULE_RE.test(env.text.slice(Math.max(env.sentenceAt(m.index).start, m.index - 40), m.index))
      )
        dir = 'future';
      // "staff would be notified by Friday", "must file by Monday": a deadline a modal looks to lies ahead
      else if (
        /\bby\s+$/iu.test(env.text.slice(Math.max(0, m.index - 4), m.index)) &&
        DEADLINE_MODAL_RE.test(env.text.slice(Math.max(env.sentenceAt(m.index).start, m.index - 80), m.index))
      )
        dir = 'future';
      // '"…we will…," Mr. Gerstner said Friday': the speech verb right before the day is in the past
      else if (SAID_RE.test(env.text.slice(Math.max(0, m.index - 16), m.index))) dir = 'past';
      // "expect a cut in May, later than markets had priced in on Wednesday": a past verb after the
      // future cue, nearer the day, narrates it
      // ("said Odegaard would be fit to start on Wednesday": a modal of what may happen puts the day ahead)
      else
        dir =
          (futureContext(env, m.index) ||
            (mayHappen(env, m.index) &&
              // ("would look for ways around Wednesday's ruling": a day's event is past)
              !/^['’]s\b/u.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 3)))) &&
          !pastSinceFuture(env, m.index)
            ? 'future'
            : 'past';
      return withPart(fmtDate(resolveWeekday(env.ref, dow, dir)), g.pod);
    },
  },
  {
    // "this weekend", "last weekend", "the weekend"
    name: 'en.date.weekend',
    starts: [...heads('this', 'last', 'next'), ...phrases('the', 'weekend')],
    re: patterni(`${LB}(?<rel>this|last|next|the|this\\s+past|this\\s+coming)\\s+weekend${RB}`),
    make(m, env) {
      if (!env.ref) return { type: 'DATE', value: null };
      const rel = lower(groups(m).rel);
      // "over the weekend" in a weekday's news is the one just past
      const weekend = isoWeekday(env.ref) >= 6;
      // … unless the sentence looks ahead ("will reopen over the weekend", "winds are forecast to ease")
      // … or the news runs up to it ("rivers could keep rising through the weekend")
      const ahead = !weekend && (runsThrough(env, m.index) || futureContext(env, m.index, true));
      const off = rel === 'the' ? (weekend || ahead ? 0 : -1) : relOffset(rel);
      return { type: 'DATE', value: `${shiftValue(env.ref, 'week', off)}-WE` };
    },
  },
  {
    // "last week", "this year", "next month", "earlier this year", "early next year", "the previous year", "the past year"
    name: 'en.date.relative-unit',
    starts: [
      ...heads('earlier', 'later', 'early', 'late', 'mid', 'this', 'last', 'next'),
      ...phrases(
        'the',
        'end',
        'beginning',
        'start',
        'middle',
        'rest',
        'past',
        'last',
        'previous',
        'prior',
        'preceding',
        'coming',
        'current',
        'week',
        'month',
        'year',
      ),
    ],
    // "the week before last", "the month before last": two back (not "the week before last week's vote")
    re: patterni(
      `${LB}(?:(?:(?<mod>earlier|later|early|late|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+middle\\s+of|mid|the\\s+rest\\s+of)[-\\s]+)?(?<rel>this\\s+past|this\\s+coming|this|last|next|the\\s+(?:past|last)(?=\\s+(?:decade|century))|the\\s+previous|the\\s+prior|the\\s+preceding|the\\s+coming|the\\s+current)\\s+(?<unit>week|month|year|quarter|decade|century)|the\\s+(?<blunit>week|month|year)\\s+before\\s+last(?!\\s+(?:week|weekend|month|year|season|time|summer|winter|spring|autumn|fall|night)|['’]))${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      if (g.blunit) {
        if (!env.ref) return { type: 'DATE', value: null };
        return { type: 'DATE', value: shiftValue(env.ref, UNITS[lower(g.blunit)]!.unit!, -2) };
      }
      if (quotedTitle(env, m.index, g.unit!)) return null;
      if (!env.ref) return { type: 'DATE', value: null };
      const unit = UNITS[lower(g.unit)]!.unit!;
      return { type: 'DATE', value: shiftValue(env.ref, unit, relOffset(g.rel)) };
    },
  },
  {
    // "the year-earlier period", "the year-ago quarter", "the latest quarter", "the quarter", "the 1988 period"
    name: 'en.date.period-anaphor',
    starts: [
      ...heads('year', 'comparable', 'corresponding', 'same', 'that', 'this'),
      ...phrases(
        'the',
        'year',
        'comparable',
        'corresponding',
        'same',
        'quarter',
        'period',
        DIGIT,
        'latest',
        'most',
        'recent',
        'current',
        'just',
        'fiscal',
      ),
    ],
    re: patterni(
      `${LB}(?:(?<ago>(?:the\\s+)?(?:year-earlier|year-ago|year-before|comparable|corresponding|same)(?:\\s+year-(?:earlier|ago))?\\s+(?:quarter|period)(?:\\s+(?:a\\s+year\\s+(?:earlier|ago)|last\\s+year|of\\s+last\\s+year|of\\s+the\\s+previous\\s+year))?|the\\s+(?:quarter|period)\\s+a\\s+year\\s+(?:earlier|ago))|(?<that>that\\s+(?:quarter|period))|(?<yq>the\\s+(?<qy>${YEAR})\\s+(?:quarter|period))|(?<cur>(?:the|this)\\s+(?:latest|most\\s+recent|recent|current|just-ended|latest\\s+fiscal|fiscal)?\\s*(?:quarter|period)))${RB}(?!-)`,
    ),
    make(m, env) {
      const g = groups(m);
      if (!env.ref) return { type: 'DATE', value: null };
      // anchored afterwards on the quarter the article speaks of
      if (g.yq) return { type: 'DATE', value: `QUARTER-OF-${g.qy}` };
      return { type: 'DATE', value: g.ago ? 'QUARTER-1Y' : g.that ? 'QUARTER-THAT' : 'QUARTER' };
    },
  },
  {
    // "year-earlier", "year-ago", "a year earlier", "a year ago", "two years ago", "five months ago", "a decade ago"
    name: 'en.date.offset',
    // at a number: its digits, a decimal part, a space or the hyphen of "10-year"
    digits: DECIMAL_SPACE_OR_HYPHEN,
    starts: words(
      'year',
      'nearly',
      'almost',
      'about',
      'around',
      'some',
      'more',
      'less',
      'over',
      'just',
      'only',
      DIGIT,
      Object.keys(NUMBER_WORDS),
      VAGUE_AMOUNTS,
    ),
    re: patterni(
      `${LB}(?:(?<ya>year-earlier|year-ago)|(?:(?:nearly|almost|about|around|some|more\\s+than|less\\s+than|over|just|only)\\s+)?(?:(?<n>${NUM})|(?<vague>${VAGUE}))\\s+(?<unit>days?|weeks?|months?|years?|decades?)(?:\\s+or\\s+so)?\\s+(?<dir>ago|earlier|before|from\\s+now|hence|later|from\\s+(?:(?<fromday>today|tomorrow|yesterday)|(?:next\\s+)?(?<fromwd>${WD}))))${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      // "51,200 years ago": the last digits of a bigger number count no years from now
      if (/\d[,.]$/u.test(env.text.slice(Math.max(0, m.index - 2), m.index))) return null;
      // "four years later", "two weeks later": counted from the last date the text named (no value without one)
      // ("a month later than markets had priced in": a comparison, no date)
      if (g.n && lower(g.dir) === 'later') {
        if (/^\s+than\b/iu.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 8)))
          return { type: 'DATE', value: null };
        const n = parseNumber(g.n);
        if (n === null || !Number.isInteger(n)) return null;
        const later = LATER_UNITS[UNITS[unitOf(g.unit!)]!.unit!];
        return { type: 'DATE', value: later ? anaphor(later[0], later[1] * n, null, true) : null };
      }
      if (!env.ref) return { type: 'DATE', value: null };
      if (g.ya) return { type: 'DATE', value: 'YEAR-AGO' };
      // "two weeks from today", "a week from Friday" (the coming Friday), "ten days from tomorrow": the day
      if (g.fromday || g.fromwd) {
        // ("two weeks from Friday to Friday": a span between two days)
        const end = m.index + m[0].length;
        if (/^\s+(?:to|until|till|through)\b/iu.test(env.text.slice(end, end + 10))) return null;
        if (g.vague) return { type: 'DATE', value: 'FUTURE_REF' };
        const n = g.n ? parseNumber(g.n) : null;
        if (n === null || !Number.isInteger(n)) return { type: 'DATE', value: null };
        const from = lower(g.fromday);
        const base = g.fromwd
          ? resolveWeekday(env.ref, WEEKDAYS[lower(g.fromwd)]!, 'future')
          : addDays(env.ref, from === 'tomorrow' ? 1 : from === 'yesterday' ? -1 : 0);
        const day = shiftDay(base, UNITS[unitOf(g.unit!)]!.unit!, n);
        return { type: 'DATE', value: day ? fmtDate(day) : null };
      }
      if (g.vague) {
        const d = lower(g.dir);
        return {
          type: 'DATE',
          value:
            d === 'ago' || d === 'earlier'
              ? 'PAST_REF'
              : d === 'from now' || d === 'hence'
                ? 'FUTURE_REF'
                : null,
        };
      }
      const n = parseNumber(g.n!);
      if (n === null || !Number.isInteger(n)) return null;
      const unit = UNITS[unitOf(g.unit!)]!.unit!;
      const dir = lower(g.dir);
      // "two years later" counts from a past event, not from now
      if (dir === 'later' || dir === 'before') return { type: 'DATE', value: null };
      const sign = dir === 'ago' || dir === 'earlier' ? -1 : 1;
      // "a year ago" in an earnings report is the same quarter a year before
      if (n === 1 && unit === 'year' && sign < 0) return { type: 'DATE', value: 'YEAR-AGO' };
      const value = shiftValue(env.ref, unit, sign * n);
      // "rose 2.4% in January from 2.9% a month earlier": "earlier" counts back from the day or month the
      // sentence named before it, not from now ("ago" does)
      if (dir === 'earlier' && (unit === 'day' || unit === 'week' || unit === 'month')) {
        const before = env.text.slice(env.sentenceAt(m.index).start, m.index);
        if ((unit === 'month' ? MONTH_NAMED_RE : DAY_NAMED_RE).test(before))
          return { type: 'DATE', value: anaphor(unit, -n, value) };
      }
      return { type: 'DATE', value };
    },
  },
  {
    // "the third quarter", "third-quarter", "the fourth quarter of 1989", "the first half", "fiscal 1989 second quarter",
    // "Q3" (a capital Q: the quarter of the year it is told in, as "the third quarter")
    name: 'en.date.quarter',
    // at a number: a fiscal year and a space, or "1st" … "4th"
    digits: (run, next) =>
      (run === 4 && isSpaceUnit(next)) || (run === 1 && ORDINAL_OPENINGS_ANY_CASE.has(next)),
    starts: [...heads(QUARTER_OPENERS, 'Q'), ...phrases('the', QUARTER_OPENERS)],
    re: patterni(
      `${LB}(?:the\\s+)?(?:(?<fy>(?:fiscal\\s+)?${YEAR})\\s+|(?<ry>this|last|next)\\s+year's\\s+|(?<ya>year-earlier|year-ago|comparable\\s+year-(?:earlier|ago))\\s+)?(?:(?:fiscal\\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|first\\s+two|last\\s+two)[-\\s]+(?:fiscal[-\\s]+)?(?<kind>quarters?|half|period)|(?<qn>Q[1-4]))(?:\\s+(?:of\\s+)?(?:fiscal\\s+)?(?<y>${YEAR})|\\s+of\\s+(?:this|the)\\s+year|\\s+of\\s+(?<last>last|next)\\s+year)?${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      if (g.qn && g.qn[0] !== 'Q') return null;
      const ord = lower(g.ord);
      let kind = g.qn ? 'quarter' : lower(g.kind);
      let n = g.qn ? Number(g.qn[1]) : (ORDINALS[ord] ?? 0);
      if (ord === 'first two' || ord === 'last two') {
        if (kind !== 'quarters') return null;
        kind = 'half';
        n = ord === 'first two' ? 1 : 2;
      } else if (kind === 'quarters') return null;
      if (kind === 'period') return null;
      if (kind === 'half' && ord === 'last') n = 2;
      if (kind === 'quarter' && ord === 'last' && !g.y && !g.fy && !g.ry && !g.ya)
        return { type: 'DATE', value: 'QUARTER' };
      if (kind === 'half' && n > 2) return null;
      // "a penalty in the first half": a half of a match, not of a year
      if (kind === 'half' && !g.y && !g.fy && !g.ry && !g.ya && !g.last && matchContext(env, m.index))
        return null;
      // "fouled out late in the fourth quarter": a quarter of a game, in a match report only (a sentence's
      // "scored" or "game" says nothing there: "the games unit scored gains in the third quarter")
      if (kind === 'quarter' && !g.y && !g.fy && !g.ry && !g.ya && !g.last && isSportsDocument(env.doc))
        return null;
      let y: number | null = null;
      if (g.y) y = Number(g.y);
      else if (g.fy) y = Number(g.fy.replace(/\D/g, ''));
      else if (env.ref && (g.ry || g.ya)) {
        y = env.ref.y + (g.ya ? -1 : relOffset(g.ry));
      } else if (env.ref) {
        y = env.ref.y + (g.last ? relOffset(g.last) : 0);
        // in the first months of a year, "the fourth quarter" is last year's
        // — unless the sentence looks ahead ("inflation will peak in the third quarter")
        // — and a later quarter than the current one that a past verb reports on ("Microsoft reported
        // fourth-quarter revenue" in July) is last year's too
        const q = quarterOf(env.ref);
        if (
          !g.last &&
          kind === 'quarter' &&
          (n > q + 1 || (n > q && pastContext(env, m.index))) &&
          // ("will report fourth-quarter results on Feb. 26": results are a quarter's that has ended)
          (!futureContext(env, m.index, true) ||
            (n > q + 1 &&
              RESULTS_AFTER.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 24))))
        )
          y -= 1;
        // late in a year, a quarter already past that a forecast speaks of is next year's
        // ("the chipmaker forecast second-quarter revenue" in December)
        else if (
          !g.last &&
          kind === 'quarter' &&
          n < q &&
          FORECAST_BEFORE.test(env.text.slice(Math.max(0, m.index - 30), m.index))
        )
          y += 1;
      }
      if (y === null) return { type: 'DATE', value: null };
      return { type: 'DATE', value: kind === 'half' ? fmtHalf(y, n) : fmtQuarter(y, n) };
    },
  },
  {
    // "the July-September quarter", "the April-June period", "the January-June half of 2025": a calendar quarter
    // (or half) named by its months; told without a year, the last such one begun, or the next in a sentence
    // looking ahead
    name: 'en.date.month-span-quarter',
    starts: [
      ...heads(Object.keys(MONTHS), Object.keys(MONTH_ABBREVIATIONS)),
      ...phrases('the', Object.keys(MONTHS)),
    ],
    re: pattern(
      `${LB}(?:[Tt]he\\s+)?(?<m1>${MONTH_ANY})\\s?[-–/]\\s?(?<m2>${MONTH_ANY})\\s+(?<kind>quarter|period|half)(?:,?\\s+(?:of\\s+)?(?<y>${YEAR}))?${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      const m1 = monthOf(g.m1!);
      const m2 = monthOf(g.m2!);
      const months = m2 - m1 + 1;
      // (only the months of one calendar quarter or half: "the October-March period" is none)
      const quarter = months === 3 && m1 % 3 === 1;
      const half = months === 6 && (m1 === 1 || m1 === 7);
      if (
        !(quarter || half) ||
        (lower(g.kind) === 'quarter' && !quarter) ||
        (lower(g.kind) === 'half' && !half)
      )
        return null;
      const n = quarter ? (m1 + 2) / 3 : m1 === 1 ? 1 : 2;
      let y: number;
      if (g.y) y = Number(g.y);
      else if (!env.ref) return { type: 'DATE', value: null };
      else {
        y = env.ref.y;
        const begun = m1 <= env.ref.m;
        if (!begun && !futureContext(env, m.index, true)) y -= 1;
      }
      return { type: 'DATE', value: quarter ? fmtQuarter(y, n) : fmtHalf(y, n) };
    },
  },
  {
    // "Q3 1989", "H1 2025", "Q4 FY2026", "H2 FY25" (a fiscal year valued as the year it names, as "fiscal 2025")
    name: 'en.date.quarter-q',
    starts: heads('q', 'h'),
    re: pattern(
      `${LB}(?:Q(?<n>[1-4])|H(?<h>[12]))\\s*[-/]?\\s*(?:(?<fy>FY\\s?)?(?<y>${YEAR})|FY\\s?(?<yy>\\d{2}))${RB}`,
    ),
    make(m) {
      const g = groups(m);
      const y = g.y ? Number(g.y) : 2000 + Number(g.yy);
      return { type: 'DATE', value: g.h ? fmtHalf(y, Number(g.h)) : fmtQuarter(y, Number(g.n)) };
    },
  },
  {
    // "last fall", "this summer", "the spring of 1998", "winter 2006"
    name: 'en.date.season',
    starts: [
      ...heads(
        'this',
        'last',
        'next',
        'early',
        'late',
        Object.keys(SEASONS),
        'spring',
        'summer',
        'fall',
        'autumn',
        'winter',
      ),
      ...phrases('the', 'spring', 'summer', 'fall', 'autumn', 'winter'),
    ],
    re: patterni(
      `${LB}(?:(?<rel>this\\s+past|this\\s+coming|this|last|next|the|early|late)\\s+)(?<s>spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(?<y>${YEAR}))?${RB}|${LB}(?<s2>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)\\s+(?:of\\s+)?(?<y2>${YEAR})${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      const season = g.s ?? g.s2!;
      const y = g.y ?? g.y2;
      if (y) return { type: 'DATE', value: `${y}-${SEASONS[lower(season)]!.code}` };
      if (!env.ref) return { type: 'DATE', value: null };
      const rel = lower(g.rel);
      // "the fall" after a verb is too often not a season ("the fall of the Berlin Wall")
      if (rel === 'the' && /^\s*of\b/i.test(env.text.slice(m.index + m[0].length))) return null;
      // "demand would remain weak until the spring" (in December): the season ahead
      // ("expected prices to recover by the spring", in November: a deadline is the season ahead, unless
      // the season is on)
      const start = SEASONS[lower(season)]!.month;
      const deadline =
        rel === 'the' &&
        /\b(?:by|until|till|before)\s+$/iu.test(env.text.slice(Math.max(0, m.index - 8), m.index)) &&
        /\b(?:to|will|would|could|should|must|expects?|aims?|plans?|hopes?)\s(?![^.;!?]*\b(?:had|was|were)\b)[^.;!?]{0,50}$/iu.test(
          env.text.slice(Math.max(env.sentenceAt(m.index).start, m.index - 60), m.index),
        ) &&
        !((ref: Ymd) => (ref.m - start + 12) % 12 < 3)(env.ref);
      const off =
        rel === 'last' || rel === 'this past'
          ? -1
          : rel === 'next' ||
              rel === 'this coming' ||
              (rel === 'the' && (deadline || futureContext(env, m.index)))
            ? 1
            : 0;
      return { type: 'DATE', value: seasonValue(env.ref, season, off) };
    },
  },
  {
    // "Christmas", "New Year's Day", "Thanksgiving", "last Thanksgiving", "next Christmas"
    name: 'en.date.holiday',
    starts: heads(Object.keys(HOLIDAYS), 'last', 'next'),
    re: pattern(
      `${LB}(?:(?<![Tt]he\\s+|\\b(?:his|her|their|its|our|my|your)\\s+)(?<rel>[Ll]ast|[Nn]ext)\\s+)?(?<h>Christmas(?:\\s+(?:Day|Eve))?|New\\s+Year's\\s+(?:Day|Eve)|Independence\\s+Day|Fourth\\s+of\\s+July|Halloween|Valentine's\\s+Day|Thanksgiving(?:\\s+Day)?|Labor\\s+Day|Memorial\\s+Day|Easter(?:\\s+(?:Sunday|Monday|[Ww]eek(?:end)?))?|Holy\\s+Week|Good\\s+Friday|Palm\\s+Sunday|Ash\\s+Wednesday|Martin\\s+Luther\\s+King(?:\\s+Jr\\.?)?\\s+Day|MLK\\s+Day|Presidents'?\\s+Day|(?:St\\.?|Saint)\\s+Patrick's\\s+Day|Juneteenth|Veterans\\s+Day|Remembrance\\s+Day|Black\\s+Friday|Cyber\\s+Monday|Boxing\\s+Day|(?:Lunar|Chinese)\\s+New\\s+Year(?:'s\\s+(?:Day|Eve))?)${RB}`,
    ),
    make(m, env) {
      const key = lower(groups(m).h);
      const f = HOLIDAYS[key]!;
      if (!env.ref) return { type: 'DATE', value: null };
      // "jammed on Christmas Eve" (told in the past) is the last one, "will open on Christmas Eve" the
      // next; else the occurrence closest to the reference date
      const ref = env.ref;
      const at = (x: Ymd): number => Date.UTC(x.y, x.m - 1, x.d) - Date.UTC(ref.y, ref.m - 1, ref.d);
      const options = [f(ref.y - 1), f(ref.y), f(ref.y + 1)].filter((x): x is Ymd => x !== null);
      // (a moving feast whose days around the reference date the table does not hold: no guess)
      if (options.length < 3) return { type: 'DATE', value: null };
      // "last Thanksgiving": the one before the reference date; "next Christmas": the one after it
      const rel = lower(groups(m).rel);
      if (rel === 'last')
        return { type: 'DATE', value: fmtDate([...options].reverse().find((x) => at(x) < 0)!) };
      if (rel === 'next') return { type: 'DATE', value: fmtDate(options.find((x) => at(x) > 0)!) };
      const end = m.index + m[0].length;
      const ahead = futureContext(env, m.index);
      const behind = !ahead && (pastContext(env, m.index) || pastAfter(env, end));
      let best = options[1]!;
      for (const c of options) if (Math.abs(at(c)) < Math.abs(at(best))) best = c;
      // (a holiday within a fortnight is the one at hand: "as Easter week began" four days before it)
      if (ahead && at(best) < -FORTNIGHT_MS) best = options.find((x) => at(x) >= 0) ?? best;
      else if (behind && at(best) > FORTNIGHT_MS)
        best = [...options].reverse().find((x) => at(x) <= 0) ?? best;
      // "Easter week", "Holy Week": the week that ends with Easter Sunday; "Easter weekend" its weekend
      if (key.endsWith(' week')) return { type: 'DATE', value: fmtWeek(best) };
      if (key.endsWith(' weekend')) return { type: 'DATE', value: `${fmtWeek(best)}-WE` };
      return { type: 'DATE', value: fmtDate(best) };
    },
  },
  {
    // "nineteen ninety-six", "the year two thousand", "the winter of nineteen ninety-four" (broadcast transcripts
    // spell years out)
    name: 'en.date.spelled-year',
    starts: [
      ...heads(Object.keys(MONTHS), Object.keys(SEASONS), 'nineteen', 'twenty', 'two'),
      ...phrases('the', 'year', Object.keys(SEASONS)),
    ],
    re: patterni(
      `${LB}(?:(?<mo>${MONTH_FULL})\\s+|(?:the\\s+)?(?<se>${alt(Object.keys(SEASONS))})\\s+of\\s+)?(?:the\\s+year\\s+)?(?:(?<c>nineteen|twenty)\\s+(?<t>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)|(?<k>two\\s+thousand(?:\\s+(?:and\\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?))${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      let y: number;
      if (g.k) {
        // "two thousand people", "about two thousand": a count; a year is "in two thousand", "the year two thousand"
        // ("in two thousand homes" too: a count a lower-case noun follows)
        const end = m.index + m[0].length;
        if (
          !g.mo &&
          !g.se &&
          !/^the\s+year/i.test(m[0]) &&
          (!/\b(?:in|since|by|until|from|through|before|after)\s+$/iu.test(
            env.text.slice(Math.max(0, m.index - 9), m.index),
          ) ||
            /^[^\S\n]+(?!and\b)\p{Ll}/u.test(env.text.slice(end, end + 3)))
        )
          return null;
        const rest = lower(g.k).replace(/^two thousand\s*(?:and\s+)?/, '');
        y = 2000 + (rest ? (NUMBER_WORDS[rest] ?? 0) : 0);
      } else {
        const t = lower(g.t);
        y = (lower(g.c) === 'nineteen' ? 1900 : 2000) + (t === 'hundred' ? 0 : (parseNumber(t) ?? 0));
        if (!/^(?:the\s+year)/i.test(m[0]) && !g.mo && t === 'hundred') return null;
      }
      if (g.mo) return { type: 'DATE', value: fmtMonth(y, monthOf(g.mo)) };
      // "the winter of nineteen ninety-four", as "the winter of 1994"
      if (g.se) return { type: 'DATE', value: `${fmtYear(y)}-${SEASONS[lower(g.se)]!.code}` };
      return { type: 'DATE', value: fmtYear(y) };
    },
  },
  {
    // "the nineties", "the eighties"
    name: 'en.date.decade-word',
    starts: phrases(
      'the',
      'early',
      'late',
      'mid',
      'twenties',
      'thirties',
      'forties',
      'fifties',
      'sixties',
      'seventies',
      'eighties',
      'nineties',
    ),
    re: patterni(
      `${LB}the\\s+(?:early\\s+|late\\s+|mid-)?(?<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)${RB}`,
    ),
    make(m) {
      const d: Record<string, number> = {
        twenties: 2,
        thirties: 3,
        forties: 4,
        fifties: 5,
        sixties: 6,
        seventies: 7,
        eighties: 8,
        nineties: 9,
      };
      return { type: 'DATE', value: `19${d[lower(groups(m).d)]!}` };
    },
  },
  {
    // "the end of the month", "the beginning of the week", "by the end of the decade", "the middle of the century",
    // "earlier in the week", "later in the month", "early in the week" (as "earlier in the year")
    name: 'en.date.part-of-period',
    starts: [...heads(DAY_POINT_WORDS), ...phrases('the', 'end', 'beginning', 'start', 'middle', 'rest')],
    re: patterni(
      `${LB}(?:the\\s+(?:end|beginning|start|middle|rest)\\s+of|(?:earlier|later|early|late)\\s+in)\\s+the\\s+(?<unit>week|month|decade|century)${RB}(?!-)`,
    ),
    make(m, env) {
      if (!env.ref) return { type: 'DATE', value: null };
      return { type: 'DATE', value: shiftValue(env.ref, UNITS[lower(groups(m).unit)]!.unit!, 0) };
    },
  },
  {
    // "ended the day", "for the day", "later in the day", "late in the day": the day of the report
    name: 'en.date.the-day',
    starts: [
      ...heads(
        'end',
        'ended',
        'ending',
        'ends',
        'finish',
        'finished',
        'finishing',
        'close',
        'closed',
        'closing',
        'start',
        'started',
        'open',
        'opened',
        'for',
        'rest',
        ...DAY_POINT_WORDS,
      ),
      ...phrases('the', 'start', 'end', 'close', 'rest'),
    ],
    re: patterni(
      `${LB}(?:(?<verb>end|ended|ending|ends|finish|finished|finishing|close|closed|closing|start|started|open|opened)\\s+the\\s+day|(?:for|(?:the\\s+)?(?:start|end|close|rest)\\s+of|(?<point>earlier|later|early|late)\\s+in)\\s+the\\s+day)${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      const prep = /^for\s/i.exec(m[0]);
      const start = g.verb ? m.index + g.verb.length + 1 : prep ? m.index + prep[0].length : m.index;
      // "then on to Nairobi later in the day": the day last named, the report's without one
      if (g.point) return { type: 'DATE', value: anaphor('day', 0, env.ref ? fmtDate(env.ref) : null, true) };
      return {
        start: start + (env.text.slice(start).match(/^\s*/)?.[0].length ?? 0),
        type: 'DATE',
        value: env.ref ? fmtDate(env.ref) : null,
      };
    },
  },
  {
    // "year-end", "by year's end", "the end of the year", "since the start of the year", "the year", "the full year", "the fiscal year", "the past year"
    name: 'en.date.this-year',
    starts: [
      ...heads('around', 'year', 'earlier', 'later'),
      ...phrases(
        'the',
        'end',
        'start',
        'beginning',
        'middle',
        'full',
        'fiscal',
        'current',
        'calendar',
        'past',
        'latest',
        'year',
      ),
    ],
    re: patterni(
      `${LB}(?:(?<end>(?:around\\s+)?year[-\\s]end|year's\\s+end|the\\s+(?:end|start|beginning|middle)\\s+of\\s+the\\s+year)|the\\s+(?<q>full|fiscal|current\\s+fiscal|calendar|past|latest\\s+fiscal)?\\s*year(?!['’-])|(?<early>earlier|later)\\s+in\\s+the\\s+year)${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      if (!env.ref) return { type: 'DATE', value: null };
      const q = lower(g.q);
      // "the year ended Sept. 30", "for the year": the current (fiscal) year
      if (q === 'past' || q === 'latest fiscal') return { type: 'DATE', value: fmtYear(env.ref.y - 1) };
      const after = env.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (!g.end && !g.early && !q && /^\s*(?:before|after|earlier|ago|of\b|in\s+which)/i.test(after))
        return null;
      // "in the year to September 2025": the twelve months that end in the month named
      const upTo = YEAR_UP_TO.exec(env.text.slice(m.index + m[0].length, m.index + m[0].length + 40));
      if (!g.end && !g.early && upTo) return { type: 'DATE', value: fmtYear(Number(upTo[1])) };
      return { type: 'DATE', value: fmtYear(env.ref.y) };
    },
  },
  {
    // "the same day", "that day", "later that year", "that month": the period of the last date named
    name: 'en.date.anaphor',
    starts: [
      ...heads('earlier', 'later', 'that'),
      ...phrases('the', 'same', 'following', 'next', 'day', 'previous', 'preceding', 'prior'),
    ],
    re: patterni(
      `${LB}(?:(?:(?:earlier|later)\\s+)?(?:that(?:\\s+same)?|the\\s+same)\\s+(?<unit>day|month|year)|the\\s+(?<next>following|next)\\s+(?<unit2>day|week|month|year)|the\\s+(?<prev>previous|preceding|prior)\\s+day|the\\s+day\\s+(?<ba>before|after)(?!\\s+\\p{L}))${RB}`,
    ),
    make(m) {
      const g = groups(m);
      const u = lower(g.unit ?? g.unit2 ?? 'day') as 'day' | 'week' | 'month' | 'year';
      // "the next day" is anaphoric; "the next year" from now is the relative rule's
      if (g.next && lower(g.next) === 'next' && u !== 'day') return null;
      // ("the previous day", "the preceding day": the day before the last day named; "the following week" the
      // week after its week)
      const off = g.unit2 || lower(g.ba) === 'after' ? 1 : g.ba || g.prev ? -1 : 0;
      return { type: 'DATE', value: anaphor(u, off) };
    },
  },
  {
    // "now", "currently", "recently", "the past", "the future", "soon"
    name: 'en.date.ref',
    // ("the" only before the second word of a phrase of its own: "the coming months", "the past")
    starts: [
      ...words(Object.keys(REFS).filter((w) => !w.startsWith('the '))),
      ...phrases('the', AFTER_THE_REFS),
    ],
    re: patterni(`${LB}(?<w>${alt(Object.keys(REFS))})${RB}`),
    make(m, env) {
      const w = lower(groups(m).w);
      const after = env.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (w === 'current' && /^\s+(?:account|assets|liabilities|events|affairs|flow|ratio)/i.test(after))
        return null;
      if (w === 'once' && !/^\s*,/.test(after)) return null;
      // "Now, ..." opening a sentence is a discourse marker, not a time
      if (groups(m).w === 'Now' && /^\s*,/.test(after)) return null;
      return { type: 'DATE', value: REFS[w]! };
    },
  },
  {
    // "10 a.m.", "3:30 p.m. EDT", "16:08 UTC", "0800 GMT", "noon", "midnight"
    name: 'en.time.clock',
    // at a number: the hour then ":", a space or am/pm; or "1400 GMT"
    digits: (run, next) =>
      (run <= 2 && (next === 58 || isSpaceUnit(next) || AM_PM_OPENINGS.has(next))) ||
      (run === 4 && isSpaceUnit(next)),
    starts: heads(
      DIGIT,
      'noon',
      'midnight',
      'midday',
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
      'nine',
      'ten',
      'eleven',
      'twelve',
    ),
    re: patterni(
      `(?<![\\p{L}\\p{N}.,:$])(?:(?<h>\\d{1,2})(?::(?<mi>\\d{2}))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)(?![\\p{L}])(?:\\s+(?<z1>${ZONE}))?|(?<h2>\\d{1,2}):(?<mi2>\\d{2})(?:\\s+(?<z2>${ZONE}))?|(?<hh>[01]\\d|2[0-3])(?<mm>[0-5]\\d)\\s+(?<z3>GMT|UTC)|(?<word>noon|midnight|midday)|(?<oc>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+o'clock|(?<=\\bat\\s+)(?<ih>1[012]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+in\\s+the\\s+(?<ipod>morning|afternoon|evening))${RB}(?:\\s+(?:${ZONE}|(?:Eastern|Central|Mountain|Pacific|local)\\s+(?:(?:standard|daylight)\\s+)?time))?(?:,?\\s+(?:on\\s+)?(?:(?<cwd>${WD})${RB}|(?<cmo>${MONTH_ANY})\\s+${DAYNUM}${RB}(?:,?\\s+(?<cy>${YEAR})${RB})?))?`,
    ),
    make(m, env) {
      const g = groups(m);
      let h: number;
      let mi = 0;
      if (g.word) {
        // "high noon" is a showdown, no hour
        if (/\bhigh[^\S\n]+$/iu.test(env.text.slice(Math.max(0, m.index - 6), m.index))) return null;
        h = lower(g.word) === 'midnight' ? 24 : 12;
      } else if (g.oc) {
        h = parseNumber(g.oc) ?? -1;
      } else if (g.ih) {
        // "at 4 in the morning", "at seven in the evening"
        h = parseNumber(g.ih) ?? -1;
        if (lower(g.ipod) === 'morning' && h === 12) h = 0;
        else if (lower(g.ipod) !== 'morning' && h < 12) h += 12;
      } else if (g.hh) {
        h = Number(g.hh);
        mi = Number(g.mm);
      } else {
        h = Number(g.h ?? g.h2);
        mi = Number(g.mi ?? g.mi2 ?? 0);
        const ap = lower(g.ap);
        if (ap.startsWith('p') && h < 12) h += 12;
        if (ap.startsWith('a') && h === 12) h = 0;
        // "3:30" alone may be a score or a ratio: keep it only with a zone or a.m./p.m.
        if (g.h2 && !g.z2) return null;
      }
      if (h < 0 || h > 24 || mi > 59) return null;
      const zone = lower(g.z1 ?? g.z2 ?? g.z3);
      const z = zone === 'utc' || zone === 'gmt' ? 'Z' : '';
      if (g.cmo) {
        // "5 p.m. EST Nov. 9", "noon, June 3, 2027": the clock on that day
        const end = m.index + m[0].length;
        const day = dayMonthValue(
          env,
          Number(g.d),
          monthOf(g.cmo),
          g.cy,
          dayMonthDirection(env, m.index, end),
        );
        return { type: 'TIME', value: day ? `${day}T${fmtClock(h, mi)}${z}` : null };
      }
      if (g.cwd) {
        // "noon Saturday", "9 a.m. EST Tuesday": the clock on that day
        if (!env.ref) return { type: 'TIME', value: null };
        const dir = futureContext(env, m.index) ? 'future' : 'past';
        const day = fmtDate(resolveWeekday(env.ref, WEEKDAYS[lower(g.cwd)]!, dir));
        return { type: 'TIME', value: `${day}T${fmtClock(h, mi)}${z}` };
      }
      return { type: 'TIME', value: null, clock: fmtClock(h, mi) + z };
    },
  },
  {
    // "every day", "each week", "daily", "annually", "per year", "every Sunday"
    name: 'en.set.every',
    starts: heads('every', 'each', 'per', 'on'),
    re: patterni(
      `${LB}(?:(?<q>every|each|per)\\s+(?:(?<n>${NUM})\\s+)?(?<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?)|(?<adv>(?<!\\p{L})(?:on\\s+an?\\s+)(?:daily|weekly|monthly|annual|yearly|quarterly|hourly|nightly)\\s+basis)|(?<wdq>every|each)\\s+(?:(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?<season>${alt(Object.keys(SEASONS))})|(?<pod>${POD})|(?<mo>${MONTH_FULL})))${RB}`,
    ),
    make(m, env) {
      const g = groups(m);
      // "every spring", "each July", "every morning": that season, month or part of any day
      // ("every fall in prices" is a drop, no autumn)
      if (
        g.season &&
        /^[^\S\n]+(?:in|of)\b/iu.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 4))
      )
        return null;
      if (g.season) return { type: 'SET', value: `XXXX-${SEASONS[lower(g.season)]!.code}` };
      if (g.mo) return { type: 'SET', value: `XXXX-${String(monthOf(g.mo)).padStart(2, '0')}` };
      if (g.pod) return { type: 'SET', value: `XXXX-XX-XXT${PARTS_OF_DAY[lower(g.pod)]!}` };
      if (g.adv) {
        const v: Record<string, string> = {
          daily: 'P1D',
          nightly: 'P1D',
          weekly: 'P1W',
          monthly: 'P1M',
          annually: 'P1Y',
          annual: 'P1Y',
          yearly: 'P1Y',
          quarterly: 'P3M',
          hourly: 'PT1H',
        };
        const word = lower(g.adv).split(' ')[2]!;
        return { type: 'SET', value: v[word === 'annual' ? 'annually' : word]! };
      }
      if (g.wd) return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS[lower(g.wd)]!}` };
      // "60 miles per hour", "a million visitors per week": a rate of a measure or a count, no time of its own
      if (
        lower(g.q) === 'per' &&
        !g.n &&
        RATE_BEFORE.test(env.text.slice(Math.max(0, m.index - 24), m.index))
      )
        return null;
      const n = g.n ? parseNumber(g.n) : 1;
      return { type: 'SET', value: durationValue(n, unitOf(g.unit!) as 'day') };
    },
  },
  {
    // "the past fortnight", "for a fortnight", "a fortnight ago", "two fortnights": two weeks (read from
    // the word "fortnight" back, so that the rule is tried at that word only)
    name: 'en.date.fortnight',
    starts: words('fortnight', 'fortnights'),
    re: patterni(`${LB}fortnights?${RB}(?!-)(?<dir>\\s+(?:ago|earlier|later|from\\s+now|hence))?`),
    make(m, env) {
      const g = groups(m);
      const before = env.text.slice(Math.max(0, m.index - 24), m.index);
      const det = FORTNIGHT_BEFORE.exec(before);
      if (!det) return null;
      const start = m.index - det[0].length;
      const end = m.index + m[0].length;
      // "the past fortnight", "the next fortnight": the span up to (or from) now
      if (det.groups!.the) {
        if (g.dir) return null;
        return { start, end, type: 'DURATION', value: 'P2W' };
      }
      const count = det.groups!.n ? parseNumber(det.groups!.n) : 1;
      if (count === null || !Number.isInteger(count) || count < 1) return null;
      if (g.dir) {
        const dir = lower(g.dir).trim();
        // "a fortnight later": two weeks after the last day the text named
        if (dir === 'later')
          return { start, end, type: 'DATE', value: anaphor('day', 14 * count, null, true) };
        if (!env.ref) return { start, end, type: 'DATE', value: null };
        const sign = dir === 'ago' || dir === 'earlier' ? -1 : 1;
        return { start, end, type: 'DATE', value: shiftValue(env.ref, 'week', sign * 2 * count) };
      }
      // "£40 a fortnight" is a rate: "a fortnight" is a span after "for", "in", "within", "over", …
      if (!det.groups!.n && !DURATION_CUE.test(env.text.slice(Math.max(0, start - 12), start))) return null;
      return { start, end, type: 'DURATION', value: `P${2 * count}W` };
    },
  },
  {
    // "over the past week", "in the past month": the span up to now, not the past as such
    name: 'en.duration.past-unit',
    starts: phrases('the', 'past'),
    re: patterni(`${LB}the\\s+past\\s+(?<unit>week|month|year)${RB}(?!-)`),
    make(m) {
      return { type: 'DURATION', value: durationValue(1, lower(groups(m).unit) as 'week') };
    },
  },
  {
    // "three years", "the past two months", "10 minutes", "several weeks", "a decade", "24-hour", "five trading days"
    name: 'en.duration.amount',
    // at a number: its digits, a decimal part, a space, the hyphen of "10-year" or the "½" of "3½ days"
    digits: DECIMAL_SPACE_HYPHEN_OR_HALF,
    starts: [
      ...words(
        'past',
        'last',
        'next',
        'coming',
        'first',
        'previous',
        'following',
        'more',
        'less',
        'nearly',
        'almost',
        'about',
        'around',
        'over',
        'some',
        'at',
        DIGIT,
        Object.keys(NUMBER_WORDS),
        VAGUE_AMOUNTS,
      ),
      ...phrases('the', 'past', 'last', 'next', 'coming', 'first', 'previous', 'following'),
    ],
    re: patterni(
      `${LB}(?:(?:the\\s+)?(?:past|last|next|coming|first|previous|following)\\s+)?(?:(?:more\\s+than|less\\s+than|nearly|almost|about|around|over|some|at\\s+least)\\s+)?(?:(?<n>${NUM})(?<half>\\s+and\\s+a\\s+half|(?<=\\d)\\s+1\\/2|(?<=\\d)\\s*½)?(?:\\s+|-(?=\\p{Ll}))|(?<vague>${VAGUE})\\s+)(?:(?:consecutive|straight|successive)\\s+)?(?:(?<kind>trading|business|working|school|calendar)\\s+(?=days?|weeks?))?(?<unit>${UNIT}|quarters)${RB}(?!-)`,
    ),
    make(m, env) {
      const g = groups(m);
      // "three quarters of the vote" is a share, no time
      if (
        lower(g.unit) === 'quarters' &&
        /^[^\S\n]+of\b/iu.test(env.text.slice(m.index + m[0].length, m.index + m[0].length + 4))
      )
        return null;
      const article = /^(?:a|an)$/i.test(g.n ?? '');
      // "a second" is an ordinal far more often than a duration; "one day" is "some day"
      if (article && /^(?:second|minute)$/i.test(g.unit!)) return null;
      if (quotedTitle(env, m.index, g.unit!)) return null;
      if (/^one\s+day$/i.test(m[0])) return null;
      // "51,200 years": the last digits of a bigger number; "1/2 hour": of a fraction
      if (/\d[,./]$/u.test(env.text.slice(Math.max(0, m.index - 2), m.index))) return null;
      // "the trial could last six weeks": "last" the verb, not the adjective (the amount alone is the duration)
      const lastWord = /^last\s+/iu.exec(m[0]);
      const verb =
        lastWord &&
        /\b(?:will|would|could|can|may|might|must|should|to|not|did|does|do|'ll|’ll)\s+$/iu.test(
          env.text.slice(Math.max(0, m.index - 8), m.index),
        )
          ? lastWord[0].length
          : 0;
      const end = m.index + m[0].length;
      // "52 years old" is an age
      if (/^[^\S\n]+old\b/i.test(env.text.slice(end, end + 5))) return null;
      // "$1.76 a year", "millions of euros a day": a rate, not a duration; "for a day", "within a week" are
      if (
        article &&
        m[0].toLowerCase().startsWith(lower(g.n)) &&
        !DURATION_CUE.test(env.text.slice(Math.max(0, m.index - 12), m.index))
      )
        return null;
      const unit = unitOf(g.unit!);
      // ("a couple of years": two, as TimeML counts it)
      const couple = g.vague !== undefined && /couple/i.test(g.vague);
      const whole = couple ? 2 : g.vague ? null : parseNumber(g.n!);
      if (!g.vague && whole === null) return null;
      // "three and a half years", "2 1/2 years", "5½ hours"
      const n = whole !== null && g.half ? whole + 0.5 : whole;
      // "will play in Doha in two weeks", "the bonds would be redeemed in five years": a time ahead that
      // "in" counts from now, in a clause looking ahead, is the day, week, month or year it falls in
      // ("in two business days": counted in days of work, no calendar day to name)
      if (
        env.ref &&
        whole !== null &&
        g.n !== undefined &&
        !g.half &&
        !g.kind &&
        /^(?:day|week|month|year)$/u.test(unit) &&
        /^\p{L}*\d*$/u.test(g.n!) &&
        m[0].toLowerCase().startsWith(lower(g.n)) &&
        /(?<![\p{L}])in\s+$/iu.test(env.text.slice(Math.max(0, m.index - 8), m.index)) &&
        !/^['’]?s?\s+(?:time\s+)?(?:of|from|after|before|since|ago|earlier|later)\b/iu.test(
          env.text.slice(end, end + 12),
        ) &&
        (futureContext(env, m.index) ||
          DEADLINE_MODAL_RE.test(
            env.text.slice(Math.max(env.sentenceAt(m.index).start, m.index - 80), m.index),
          )) &&
        !pastSinceFuture(env, m.index) &&
        // ("will be the first rise in five years", "its lowest level in two years": a span up to now)
        !SPAN_UP_TO_NOW_BEFORE.test(env.text.slice(Math.max(0, m.index - 40), m.index))
      )
        return { type: 'DATE', value: shiftValue(env.ref, unit as 'day', whole) };
      const value = durationValue(n, unit as 'day');
      return verb ? { type: 'DURATION', value, start: m.index + verb } : { type: 'DURATION', value };
    },
  },
]);

// ---------- anchoring on the quarter the article speaks of ----------
const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/;
const QUARTER_WORD = /\bquarter\b/i;

/**
 * Earnings reports speak of "the quarter", "the year-earlier period", "a year ago": the quarter
 * that ended last before the reference date (or, for "that quarter", the last one named), and
 * the same quarter a year before.
 */
function anchorQuarters(found: DateCandidate[], ref: Ymd | null, text: string): void {
  const prev = ref ? addMonths(ref, -3) : null;
  const last = prev ? { y: prev.y, q: quarterOf(prev) } : null;
  const quarterly = QUARTER_WORD.test(text);
  let focus: { y: number; q: number } | null = null;
  for (const c of found) {
    const v = c.value ?? '';
    const qm = QUARTER_VALUE.exec(v);
    if (qm) {
      focus = { y: Number(qm[1]), q: Number(qm[2]) };
      continue;
    }
    if (!v.startsWith('QUARTER') && v !== 'YEAR-AGO') continue;
    if (!last || !ref) {
      c.value = null;
      continue;
    }
    if (v === 'YEAR-AGO') c.value = quarterly ? fmtQuarter(last.y - 1, last.q) : fmtYear(ref.y - 1);
    else if (v === 'QUARTER') c.value = fmtQuarter(last.y, last.q);
    else if (v === 'QUARTER-1Y') c.value = fmtQuarter(last.y - 1, last.q);
    else if (v === 'QUARTER-THAT') c.value = fmtQuarter((focus ?? last).y, (focus ?? last).q);
    else c.value = fmtQuarter(Number(v.slice('QUARTER-OF-'.length)), last.q);
  }
}

/** Date and time expressions in en text, valued against ctx.referenceDate. */
export function dates(doc: Doc, ctx: Context): DateCandidate[] {
  const found = runDateRules(DATE_RULES, doc, ctx);
  anchorQuarters(found, parseIsoDate(ctx.referenceDate), doc.text);
  return found;
}

// ---------- the reference date the text states about itself ----------
const LEAD_CHARS = 600;
const FULL_DATE = re(
  `${LB}(?:(?<wd>${WD}),?\\s+)?(?<mo>${MONTH_ANY})\\s+(?<d>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\\s+(?<y>${YEAR})${RB}|${LB}(?<d2>[12]\\d|3[01]|0?[1-9])\\s+(?<mo2>${MONTH_ANY})\\s+(?<y2>${YEAR})${RB}|(?<![\\d-])(?<iy>\\d{4})-(?<im>\\d{2})-(?<id>\\d{2})(?![\\d-])`,
);

/** The first full date in the lead (a dateline, "June 6, 2005"), or null. */
export function inferReferenceDate(doc: Doc): string | null {
  const lead = doc.text.slice(0, LEAD_CHARS);
  for (const m of lead.matchAll(FULL_DATE)) {
    const g = groups(m);
    const y = Number(g.y ?? g.y2 ?? g.iy);
    const mo = g.im ? Number(g.im) : monthOf(g.mo ?? g.mo2 ?? '');
    const d = Number(g.d ?? g.d2 ?? g.id);
    if (isValidDate(y, mo, d)) return fmtDate({ y, m: mo, d });
  }
  return null;
}
