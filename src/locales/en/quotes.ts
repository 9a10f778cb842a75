// English quotes: direct quotes with the cue next to them ("…," Smith said / "…," said Smith, a
// doctor at X / Smith said: "…" / According to Smith, "…"), quotes mixed into reported speech
// (Smith called the plan "a disaster"), and indirect quotes (Smith said (that) … / …, Smith said. /
// According to Smith, …).
import {
  type Attribution,
  attribute,
  colonHeadline,
  type MarkedQuote,
  overlapsAny,
  pairQuotes,
  startsTurn,
  TokenView,
} from '../../recognize/quotes.js';
import type { Context, Doc, EntityIndex, QuoteCandidate } from '../../recognize/types.js';
import { type SpeakerPhrase as Phrase, SpeakerResolver } from '../../resolve/speakers.js';
import { afterDateline } from '../../text/dateline.js';
import type { Span } from '../../text/segment.js';
import { MONTHS } from './lexicon/dates.js';
import {
  ADVERBS,
  BE_FORMS,
  COGNITION_VERBS,
  IRREGULAR_PAST_FORMS,
  inflect,
  MODALS,
  NOT_NAME,
  NOUN_LIKE_BASES,
  NOUN_LIKE_VERBS,
  OBJECT_VERB_SPECS,
  PARTICIPLES,
  PHRASE_STOPS,
  PRONOUNS,
  REPORT_NOUNS,
  REPORT_VERBS,
  REPORTER_NOUNS,
  RESTRICTED_OBJECT_VERBS,
  ROLE_NOUNS,
  SENTENCE_OPENERS,
  SPEECH_VERBS,
  STANCE_OBJECT_NOUNS,
  TITLES,
  WEAK_VERBS,
} from './speech.js';

/** Verbs of knowing, finding and showing: reported content when "that" follows. */
const THAT_VERBS = new Set(
  `found finds show shows showed shown believe believed know knows knew expect expects expected
  agree agreed hope hopes hoped fear fears feared worried worry worries acknowledge recognized
  realized understand understands understood think thought felt feel feels learned suggest
  predicted indicate ruled decided determined assured reminded informed projected estimate
  concluded conclude argue claim insist warned noted stressed emphasize emphasize announced
  confirm deny alleged assert reveal reveals revealed acknowledges admit admitted complain
  complained boasted bragged contends contended maintained maintain`.split(/\s+/u),
);
/** Days, parts of days and months: what follows a preposition of time ("voted on Friday"). */
const isTimeWord = (w: string | null): boolean => w !== null && (TIME_WORDS.has(w) || w in MONTHS);

/** Each inflected form of a verb whose object is what was said, with the particles it takes. */
const OBJECT_VERBS: ReadonlyMap<string, ReadonlySet<string | null>> = (() => {
  const map = new Map<string, Set<string | null>>();
  for (const [verb, particle] of OBJECT_VERB_SPECS) {
    for (const form of inflect(verb)) {
      const set = map.get(form) ?? new Set<string | null>();
      set.add(particle);
      map.set(form, set);
    }
  }
  return map;
})();
/** Words that open a clause right after a verb of knowing ("knows he …", "found there …"). */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'there', 'you']);
/** Where something is said: "in a statement", "in an interview". */
const VENUES = new Set(
  'statement statements interview interviews speech speeches letter tweet post release ruling filing op-ed editorial memo remarks debate appearance email'.split(
    ' ',
  ),
);
/** Words that end the object of a verb of judging or proposing ("… while …", "… but …"). */
const OBJECT_ENDS = new Set([
  'when',
  'while',
  'because',
  'although',
  'though',
  'whereas',
  'but',
  'until',
  'since',
]);
/** Words before "as" that make it a comparison or a list ("as well as", "such as"). */
const AS_NOT_CLAUSE_BEFORE = new Set(['well', 'such', 'so', 'same', 'just', 'known', 'seen', 'regarded']);
/** Words after "as" that open no clause ("as much as", "as part of", "as expected"). */
const AS_NOT_CLAUSE = new Set(
  'much many long soon far well good part little few if though to of for a an usual ever always opposed expected planned'.split(
    ' ',
  ),
);
/** Words after a plural noun that are no verbs ("as crimes rather than …", "as members too"). */
const AS_NOT_VERB = new Set(
  'rather than too alone together instead also only even still such more less most both all each abroad overseas here there home first last'.split(
    ' ',
  ),
);
/** Words that go on with the subject of an as-clause ("as tensions between …", "as prices and …"). */
const AS_SUBJECT_GOES_ON = new Set(['and', 'or', 'the', 'a', 'an', 'that', 'which', 'who', 'than']);
/** Double quotation marks (single ones double as apostrophes). */
const DOUBLE_MARK = /["“”„«»]/u;
/** What a pair of marks holds: "…", “…”. */
const MARKED_SEGMENT = /(?:"([^"“”\n]{1,80})"|“([^"“”\n]{1,80})”)/gu;
/** A work's title: capitalized words (small words between them), an article first: "The Salt Road,". */
const WORK_TITLE =
  /^(?:(?:The|A|An)[ \t]+)?\p{Lu}[\p{L}\d'’-]*(?:[ \t]+(?:of|the|and|in|on|at|for|a|an|to|\p{Lu}[\p{L}\d'’-]*)){0,6}[,.]?$/u;

/** Do the marks in `text` hold only titles of works ("The Salt Road"), two words or more each? */
function onlyTitlesMarked(text: string): boolean {
  let any = false;
  for (const m of text.matchAll(MARKED_SEGMENT)) {
    const inner = (m[1] ?? m[2] ?? '').trim();
    if (!WORK_TITLE.test(inner) || !/\s/u.test(inner)) return false;
    any = true;
  }
  // (an unpaired mark is a quotation cut by the span: words)
  return any && (text.match(/["“”]/gu)?.length ?? 0) % 2 === 0;
}

/**
 * An indirect report: `content` said by `phrase` (null: no source named), introduced by `cue`;
 * a pronoun source resolves to the nearest speaker before `anchor`.
 */
function reported(
  content: Span,
  cue: Span,
  phrase: Phrase | null,
  anchor: number,
  rule: string,
): Attribution {
  return Object.assign({}, content, {
    type: 'indirect' as const,
    cue,
    phrase,
    anchor,
    continues: false,
    rule,
  });
}
/** The most tokens a reported clause runs (well past any real sentence). */
const MAX_CONTENT = 250;
/** Conjunctions that open the writer's clause after a cue and its comma ("said, as …"). */
const AFTER_CUE = new Set([
  'as',
  'while',
  'because',
  'since',
  'though',
  'although',
  'whereas',
  'after',
  'before',
  'and',
  'but',
]);
/** Words that open the writer's own clause after a comma ending what was reported. */
const CLAUSE_AFTER = new Set(['which', 'though', 'although', 'whereas', 'while']);
/** Verbs of stance whose forms mostly mean something else ("raised", "offered", "backed"). */
const GENERIC_STANCE = new Set(
  'raise offer back support request approve promote frame term reference invoke recount portray depict credit'
    .split(' ')
    .flatMap((v) => inflect(v)),
);
/** What may follow a trailing cue before the sentence ends ("said in a statement", "said, adding"). */
const TRAIL_AFTER_CUE = new Set([
  'in',
  'on',
  'at',
  'during',
  'after',
  'before',
  'to',
  'from',
  'with',
  'by',
  'of',
  'about',
  'as',
  'while',
  'when',
  'because',
  'though',
  'although',
  'since',
  'adding',
  'saying',
  'noting',
  'citing',
  'according',
  'earlier',
  'later',
  'recently',
  'previously',
  'last',
  'this',
  'late',
  'early',
  'again',
  'too',
  'also',
  'then',
  'privately',
  'publicly',
  'repeatedly',
]);
/** Words that open an adverbial clause, which is no reported content. */
const ADVERBIAL_OPENERS = new Set([
  'when',
  'if',
  'because',
  'although',
  'though',
  'while',
  'after',
  'before',
  'since',
  'as',
  'unless',
  'until',
  'once',
  'whether',
]);
/** Adverbs set off by commas between a subject and its verb ("Democrats, however, said"). */
const ASIDES = new Set([
  'however',
  'meanwhile',
  'too',
  'also',
  'though',
  'in turn',
  'for example',
  'for instance',
  'for his part',
  'for her part',
  'for their part',
  'in a statement',
  'in an interview',
  'nonetheless',
  'nevertheless',
  'likewise',
  'separately',
  'in particular',
  'in fact',
  'of course',
  'in contrast',
  'by contrast',
  'for its part',
  'in response',
  'instead',
  'similarly',
  'moreover',
  'in a tweet',
  'on twitter',
]);
/** Words that open a free relative clause ("what Smith says", "everything he says"). */
const FREE_RELATIVE = new Set(['what', 'whatever', 'everything', 'anything', 'something', 'nothing', 'how']);
/** An age used as a noun or an adjective: "the 31-year-old (striker)". */
const AGE = /^\d{1,3}-year-old$/u;
/** Prepositions that cannot be a speaker's head noun. */
const NUMBER_WORD =
  /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens|hundreds|thousands)(-[a-z]+)?$/;
const TIME_WORDS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'morning',
  'afternoon',
  'evening',
  'night',
  'earlier',
  'later',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'one', 'another']);
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'st',
  'jr',
  'sr',
  'rev',
  'adm',
  'cmdr',
  'atty',
  'supt',
  'pres',
]);
/** Occupations by their ending, which no family name has ("Meteorologist", "Physician", "Economist"). */
const OCCUPATION = /^\p{Ll}{3,}(?:ologist|ographer|ician|nomist|entist|acist)$/u;
/** Verbs that take a quoted word or phrase as what someone said or called something. */
const MIXED_VERBS = new Set([
  'called',
  'calls',
  'call',
  'calling',
  'described',
  'describes',
  'describing',
  'labeled',
  'labelled',
  'dubbed',
  'termed',
  'branded',
  'accused',
  'accuses',
  'accusing',
  'urged',
  'encouraged',
  'promised',
  'promising',
  'vowed',
  'pledged',
  'cited',
  'decried',
  'denounced',
  'praised',
  'criticized',
  'blasted',
  'slammed',
]);
const QUOTE_CHARS = /^["“”„«»‘’'‚‹›]$/u;
/** An Arabic name written with its particle and a hyphen: "al-Ansari", "el-Sisi", "bin-Salman", "ibn-Khaldun". */
const PARTICLE_NAME = /^(?:al|el|ul|as|ash|ad|ar|at|az|an|bin|ibn|abu|abd|el)-\p{Lu}\p{Ll}/u;
/** Lower-case particles inside personal names ("van der Berg", "bin Said"). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'di',
  'del',
  'della',
  'bin',
  'binti',
  'al',
  'el',
  'la',
  'le',
  'ter',
  'dos',
  'du',
]);
/** Verbs of telling someone something, the hearer before "that": "warned residents that …". */
const HEARER_VERBS = new Set(
  'warned warns warn warning reminded reminds remind reminding assured assures assure assuring informed informs inform informing notified notifies notify advised advises advise promised promises promise convinced convinces persuaded'.split(
    ' ',
  ),
);

/** Words that may stand between "told" and what was told ("told reporters that …"). */
const TOLD_OBJECTS = new Set([
  'reporters',
  'journalists',
  'me',
  'him',
  'her',
  'them',
  'us',
  'lawmakers',
  'supporters',
  'viewers',
  'listeners',
  'investigators',
  'detectives',
  'police',
  'officers',
  'officials',
  'prosecutors',
  'jurors',
  'students',
  'workers',
  'employees',
  'members',
  'voters',
  'residents',
  'parents',
  'donors',
  'delegates',
  'senators',
  'legislators',
  'shareholders',
  'investors',
  'analysts',
  'colleagues',
  'friends',
  'you',
  // bodies and crowds told without an article: "told parliament the plan …", "told staff that …"
  'parliament',
  'congress',
  'staff',
  'fans',
  'troops',
  'diplomats',
  'customers',
  'clients',
  'parliamentarians',
  'councillors',
  'councilors',
]);

/** Who is told something, after "the" or "a" ("told the crowd …", "told a news conference …"). */
const LISTENER_NOUNS = new Set(
  'crowd audience court jury committee panel reporter interviewer newspaper magazine station gathering conference rally hearing broadcaster network radio'.split(
    ' ',
  ),
);

interface CueWords {
  verbs: ReadonlySet<string>;
  /** Speech verbs from the user's lexicon. */
  extra: ReadonlySet<string>;
}

function cueWords(ctx: Context): CueWords {
  // The built-in set is shared; the user's verbs (a short list) go in a set of their own.
  const extra = new Set(
    (ctx.lexicon.speechVerbs?.en ?? []).map((w) => w.toLowerCase().trim()).filter(Boolean),
  );
  return { verbs: SPEECH_VERBS, extra };
}

/** Participles of a poll before "by" and its pollster ("economists polled by Reuters"). */
const POLLED = new Set(['polled', 'surveyed', 'interviewed', 'questioned', 'consulted', 'contacted']);
/** What a broadcaster or a publisher airs or prints, named after it ("Today programme", "'Meet the Press' show"). */
const PROGRAMME_NOUNS = new Set([
  'programme',
  'program',
  'show',
  'podcast',
  'newspaper',
  'magazine',
  'channel',
]);
/** "told reporters": tell takes its hearer, not what was said, but reports as a verb of saying does. */
const TELL_FORMS = /^(?:tells?|told|telling)$/u;

class EnView extends TokenView {
  constructor(
    doc: Doc,
    private readonly words: CueWords,
  ) {
    super(doc);
  }

  /** A capitalized word, or an Arabic name behind its particle and hyphen ("al-Ansari", "el-Sisi"). */
  override isCapitalized(k: number): boolean {
    if (super.isCapitalized(k)) return true;
    const t = this.text(k);
    const c = t.charCodeAt(0);
    return (c === 97 || c === 98 || c === 101 || c === 105 || c === 117) && PARTICLE_NAME.test(t);
  }

  isVerb(k: number): boolean {
    // "United States", "Says Who": a capitalized form is a name or a headline word
    const w = this.lower(k);
    if (!(this.words.verbs.has(w) || this.words.extra.has(w)) || this.isCapitalized(k)) return false;
    return !NOUN_LIKE_VERBS.has(w) || this.verbAfter(k - 1);
  }

  /**
   * Whether token p can stand before an -s form that is also a plural noun and make it a verb:
   * a name, a pronoun, an adverb, or a noun that can report ("the report states"), not a number,
   * a determiner or a modifier ("Twenty-seven states", "member states", "those claims").
   */
  verbAfter(p: number): boolean {
    // "the audit last month reveals": a phrase of time between subject and verb
    if (isTimeWord(this.lower(p)) || /^(week|month|year)$/u.test(this.lower(p))) return true;
    const w = this.lower(p);
    if (
      NUMBER_WORD.test(w) ||
      /^\p{N}/u.test(w) ||
      /-(one|two|three|four|five|six|seven|eight|nine)$/u.test(w)
    )
      return false;
    // "Smith's Fifth Amendment claims", "Friday's tweets": a noun compound after a possessive
    if ([p, p - 1, p - 2].some((i) => /['’]s$/u.test(this.lower(i)))) return false;
    // "the study, which notes …": a relative pronoun
    if (this.isCapitalized(p) || PRONOUNS.has(w) || ADVERBS.has(w) || /^(which|who)$/u.test(w)) return true;
    return ROLE_NOUNS.has(w) || REPORTER_NOUNS.has(w) || TITLES.has(w);
  }
  isParticiple(k: number): boolean {
    return PARTICIPLES.has(this.lower(k));
  }
  isAbbrevDot(k: number): boolean {
    if (this.text(k) !== '.' || this.end(k - 1) !== this.start(k)) return false;
    const w = this.lower(k - 1);
    return ABBREVIATIONS.has(w) || (this.isCapitalized(k - 1) && /^(\p{L}\.)*\p{L}$/u.test(w));
  }
  /** Index after a bracketed group right at k ("(D-Wis.)", "(R-IN)"), or k itself. */
  skipBrackets(k: number): number {
    if (this.text(k) !== '(') return k;
    for (let j = k + 1; j < this.size && j - k < 10; j++) if (this.text(j) === ')') return j + 1;
    return k;
  }
  private isNameWord(k: number): boolean {
    const w = this.lower(k);
    // ("Theresa May": the month's name after another name word is a surname)
    if (w === 'may' && this.text(k) === 'May' && k > 0 && this.isNameWord(k - 1)) return true;
    return (
      this.isCapitalized(k) && !TITLES.has(w) && !NOT_NAME.has(w) && !ROLE_NOUNS.has(w) && !OCCUPATION.test(w)
    );
  }

  /** The person's name at the end of tokens [a, b]: the last run of capitalized non-title words. */
  nameIn(a: number, b: number): Span | null {
    let j = b;
    if (this.text(j) === ')') return null;
    while (j >= a && !this.isWord(j)) j--;
    // "Jr", "Sr" and particles belong to the name.
    const last = j;
    let first = -1;
    for (; j >= a; j--) {
      if (this.isAbbrevDot(j) && ABBREVIATIONS.has(this.lower(j - 1)) && !/^(jr|sr)$/.test(this.lower(j - 1)))
        break;
      if (this.isAbbrevDot(j)) continue;
      if (this.isNameWord(j) || /^(jr|sr)$/.test(this.lower(j))) {
        first = j;
        continue;
      }
      // particles between name words: "van der" in "Marieke van der Berg"
      if (
        PARTICLES.has(this.lower(j)) &&
        first > j &&
        j > a &&
        (this.isNameWord(j - 1) || PARTICLES.has(this.lower(j - 1)))
      )
        continue;
      break;
    }
    if (first < 0) return null;
    return { start: this.start(first), end: this.end(last) };
  }

  /** Are the tokens from a up to (not including) b all lowercase words ("the chief executive")? */
  lowercaseUpTo(a: number, b: number): boolean {
    for (let j = a; j < b; j++) if (!/^\p{Ll}[\p{Ll}'’-]*$/u.test(this.text(j))) return false;
    return b > a;
  }

  /** A speaker phrase from token k on: "Smith", "Sen. John Smith", "the spokesman", "he". */
  phraseAfter(k: number, limit: number): Phrase | null {
    if (k >= this.size || this.start(k) >= limit) return null;
    const w0 = this.lower(k);
    if (PRONOUNS.has(w0)) return { start: this.start(k), end: this.end(k), kind: 'pronoun' };
    let j = k;
    if (DETERMINERS.has(w0)) j++;
    let last = -1;
    let beforeLink = -1;
    while (j < this.size && this.start(j) < limit && j - k < 14) {
      const w = this.lower(j);
      if (this.isCapitalized(j) && !(PHRASE_STOPS.has(w) && j > k)) {
        last = j++;
        continue;
      }
      if (this.isAbbrevDot(j)) {
        j++;
        continue;
      }
      // "U.S. and South Korean officials": two countries' words joined before the role they share
      if (w === 'and' && last >= 0 && last >= j - 2 && this.isCapitalized(j + 1) && this.roleAhead(j + 1)) {
        j++;
        continue;
      }
      if (this.text(j) === '-' && this.isWord(j + 1) && last === j - 1) {
        j++;
        continue;
      }
      // "Marieke van der Berg", "Ahmad bin Said": particles inside a name
      const prevOk = last === j - 1 || PARTICLES.has(this.lower(j - 1));
      if (
        last >= 0 &&
        prevOk &&
        PARTICLES.has(w) &&
        (this.isCapitalized(j + 1) || PARTICLES.has(this.lower(j + 1)))
      ) {
        j++;
        continue;
      }
      // "said the 22-year-old", "said the 31-year-old striker": an age right after the determiner
      if (j === k + 1 && DETERMINERS.has(w0) && AGE.test(w)) {
        last = j++;
        continue;
      }
      if (/^\p{Ll}/u.test(this.text(j)) && !PHRASE_STOPS.has(w) && !this.isVerb(j) && j - k <= 6) {
        // lowercase words of a role: "the campaign's press secretary", "a senior official"
        // ("Board member Shin Hae-won": a body's member before a name)
        const member = w === 'member' && this.isCapitalized(j + 1);
        if (ROLE_NOUNS.has(w) || TITLES.has(w) || member || (DETERMINERS.has(w0) && this.roleAhead(j))) {
          last = j++;
          continue;
        }
      }
      // "a spokesman for the State Department"
      if ((w === 'for' || w === 'of' || w === 'at') && last >= 0) {
        if (beforeLink < 0) beforeLink = last;
        let m = j + 1;
        if (this.lower(m) === 'the') m++;
        if (this.isCapitalized(m)) {
          while (this.isCapitalized(m + 1) || this.isAbbrevDot(m + 1)) m++;
          last = m;
          j = m + 1;
          continue;
        }
      }
      break;
    }
    if (last < k) return null;
    const start = this.start(DETERMINERS.has(w0) ? k + 1 : k);
    const span = { start, end: this.end(last) };
    // "Cameron Easley for Morning Consult": a person's name before the link is who speaks
    // ("lead author Thomas Watters of the Smithsonian": so is one after the lowercase words of a role)
    if (beforeLink >= 0) {
      const own = this.nameIn(k, beforeLink);
      if (
        own &&
        own.end === this.end(beforeLink) &&
        (own.start === this.start(k) || this.lowercaseUpTo(k, this.tokenAt(own.start)))
      )
        return { start, end: span.end, kind: 'name', name: own };
    }
    const name = this.nameIn(k, last);
    if (name && this.endsRunAt(last, name)) return { start, end: span.end, kind: 'name', name };
    // "the company's chief executive, John Smith,", "the foundation's medical officer, Dr. Ann Lee."
    let first = last + 2;
    while (
      first < last + 6 &&
      this.text(last + 1) === ',' &&
      (TITLES.has(this.lower(first).replace(/\.$/u, '')) || (first > last + 2 && this.isAbbrevDot(first)))
    )
      first++;
    if (this.text(last + 1) === ',' && this.isNameWord(first)) {
      let e = first;
      while (e + 1 < this.size && (this.isNameWord(e + 1) || this.isAbbrevDot(e + 1))) e++;
      const n = { start: this.start(first), end: this.end(e) };
      if (/^[,.;]?$/.test(this.text(e + 1))) return { start, end: n.end, kind: 'name', name: n };
    }
    if (name) return { start, end: span.end, kind: 'name', name };
    if (start >= span.end) return null;
    return { start, end: span.end, kind: 'role' };
  }

  /**
   * A speaker phrase after a verb: phraseAfter, or a name behind lowercase modifiers and a role
   * or title ("said union president Keisha Brown", "said state Sen. Ray Mendez").
   */
  speakerAfter(k: number, limit: number): Phrase | null {
    const plain = this.phraseAfter(k, limit);
    if (plain) return plain;
    for (let j = k + 1; j <= k + 4 && j < this.size && this.start(j) < limit; j++) {
      const w = this.lower(j - 1);
      // lowercase modifiers ("union", "talk radio"), or a date-like one ("9/11 widow")
      if (
        !/^(?:\p{Ll}[\p{Ll}-]*|\d+\/\d+)$/u.test(this.text(j - 1)) ||
        PHRASE_STOPS.has(w) ||
        DETERMINERS.has(w)
      )
        return null;
      if (this.isVerb(j - 1) || AUXILIARIES.has(w) || PRONOUNS.has(w)) return null;
      const named = this.phraseAfter(j, limit);
      if (named?.kind !== 'name' || named.start !== this.start(j)) continue;
      const head = this.lower(j);
      const titled = ROLE_NOUNS.has(head) || TITLES.has(head) || TITLES.has(head.replace(/\.$/u, ''));
      // "said 9/11 widow Terry Strada": a lowercase noun right before the name describes the person
      const described =
        named.name?.start === this.start(j) &&
        w.length >= 4 &&
        !ADVERBS.has(w) &&
        !this.lyAdverb(j - 1) &&
        !/^(more|again|then|once|also|even|still|later|earlier)$/u.test(w);
      if (!titled && !described) continue;
      return Object.assign({}, named, { start: this.start(k) });
    }
    return null;
  }

  /** The first speech verb within a dozen tokens from k, before any sentence end or quotation mark. */
  verbAhead(k: number, limit: number): number | null {
    for (let j = k; j < this.size && j - k < 14 && this.start(j) < limit; j++) {
      const t = this.text(j);
      if (t === '.' && !this.isAbbrevDot(j)) return null;
      if (QUOTE_CHARS.test(t) || t === '!' || t === '?' || t === ';') return null;
      if (this.isVerb(j)) return j;
    }
    return null;
  }

  /** A finite verb or participle, by form: a known verb, or a lowercase word in -ed or -ing. */
  looksLikeVerb(k: number): boolean {
    const w = this.lower(k);
    if (this.isVerb(k) || this.isParticiple(k) || MIXED_VERBS.has(w) || THAT_VERBS.has(w)) return true;
    if (IRREGULAR_PAST_FORMS.has(w) && /^\p{Ll}/u.test(this.text(k))) return true;
    if (!/^\p{Ll}+$/u.test(this.text(k)) || w.length < 5) return false;
    // "Trump openly admires …": -s after a name or pronoun (and an adverb)
    const subj = this.lower(k - 1).endsWith('ly') ? k - 2 : k - 1;
    if (/[^s]s$/.test(w) && (this.isCapitalized(subj) || PRONOUNS.has(this.lower(subj)))) return true;
    return (
      /(ed|ing)$/.test(w) &&
      !/^(need|speed|seed|feed|bed|red|shed|thing|king|ring|spring|string|wing|evening|morning|building|meeting|during|nothing|something|anything|everything)$/.test(
        w,
      )
    );
  }

  /**
   * Where the clause that runs on after a quote ends: the end of the sentence, or a new clause
   * ("… and encouraged …", ", saying …", ", which …", " — …").
   */
  clauseEnd(from: number): number {
    const end = this.sentenceEnd(from);
    const first = this.tokenAt(from);
    for (let k = first; k < this.size && this.start(k) < end; k++) {
      const w = this.lower(k);
      const t = this.text(k);
      if (t === ';' || t === '—' || t === '―' || t === '--') return this.start(k);
      // '… “remains essential,” while Russia abstained': the quote's comma ended the clause
      if (k === first && (CLAUSE_AFTER.has(w) || w === 'while')) return this.start(k);
      // '… only “partial,” meaning it …': a participle after the quote's own comma
      if (
        k === first &&
        /,\s*[”"’']$/u.test(this.doc.text.slice(Math.max(0, from - 3), from)) &&
        this.ingAddition(k)
      )
        return this.start(k);
      if ((w === 'and' || w === 'but') && this.looksLikeVerb(k + 1)) return this.start(k);
      // '“on a firm footing” as trade tensions weighed on …': the writer's clause of circumstance
      if (this.asClause(k)) return this.start(this.text(k - 1) === ',' ? k - 1 : k);
      // "…, and he urged …": a new clause with a pronoun subject
      if (
        (w === 'and' || w === 'but') &&
        PRONOUNS.has(this.lower(k + 1)) &&
        (this.looksLikeVerb(k + 2) || AUXILIARIES.has(this.lower(k + 2)) || ADVERBS.has(this.lower(k + 2)))
      )
        return this.start(this.text(k - 1) === ',' ? k - 1 : k);
      if (
        t === ',' &&
        (this.isParticiple(k + 1) ||
          this.ingAddition(k + 1) ||
          CLAUSE_AFTER.has(this.lower(k + 1)) ||
          /^(but|while)$/.test(this.lower(k + 1)))
      ) {
        return this.start(k);
      }
    }
    return end;
  }

  /**
   * A clause of circumstance at token j: "as" with a subject and a finite verb of its own ("as
   * trade tensions mount", "as the company cut jobs", "as she hurries"), not a comparison ("as
   * much as", "as well as", "such as") or a role ("as a negotiator").
   */
  asClause(j: number): boolean {
    const before = this.lower(j - 1);
    // "point to X as …", "refer to as": after a preposition "as" names a role
    if (this.lower(j) !== 'as' || AS_NOT_CLAUSE_BEFORE.has(before) || isPreposition(before)) return false;
    let s = j + 1;
    const first = this.lower(s);
    if (AS_NOT_CLAUSE.has(first) || !this.isWord(s)) return false;
    // "as it turned out", "as he hurries": a pronoun and its verb
    if (PRONOUNS.has(first) || /^(you|we)$/u.test(first)) {
      const v = this.lower(s + 1);
      return AUXILIARIES.has(v) || (this.looksLikeVerb(s + 1) && !v.endsWith('ing'));
    }
    if (DETERMINERS.has(first) || /['’]s$/u.test(first)) s++;
    // the subject: up to six words with no verb among them, then a finite verb
    for (let v = s; v < s + 7 && v < this.size; v++) {
      const w = this.lower(v);
      // "as the reason he gave", "as examples that …": a noun with its relative clause
      if (w === 'as' || (v > s && (PRONOUNS.has(w) || /^(that|which|who|whom|whose|than)$/u.test(w))))
        return false;
      if (
        v > s &&
        (AUXILIARIES.has(w) || (this.looksLikeVerb(v) && !w.endsWith('ing') && !this.isCapitalized(v)))
      )
        return true;
      // "as prices rise.", "as tensions mount in …": a plain form right after a short plural subject
      if (
        v > s &&
        v <= s + 2 &&
        isPlural(this.lower(v - 1)) &&
        !/['’]s$/u.test(this.lower(v - 1)) &&
        /^\p{Ll}{3,}$/u.test(this.text(v)) &&
        !w.endsWith('s') &&
        !w.endsWith('ly') &&
        !isPreposition(w) &&
        !AS_SUBJECT_GOES_ON.has(w) &&
        !AS_NOT_VERB.has(w)
      )
        return true;
      if (!this.isWord(v) && !/^['’]s$/u.test(this.text(v))) return false;
      if (this.looksLikeVerb(v) && !this.isCapitalized(v)) return false;
    }
    return false;
  }

  /** A subordinating word or a verb at j (what was said has begun a clause of its own). */
  clauseWord(j: number): boolean {
    const w = this.lower(j);
    return SUBORDINATORS.has(w) || ADVERBIAL_OPENERS.has(w) || AUXILIARIES.has(w) || this.looksLikeVerb(j);
  }

  /**
   * An apposition after the comma at k to the name before it, running to the sentence's end with
   * no verb: "…, the party's favorite.", "…, a former mayor of the city."
   */
  closingApposition(k: number, end: number): boolean {
    if (!this.isCapitalized(k - 1) && this.text(k - 1) !== ')') return false;
    if (!/^(the|a|an)$/u.test(this.lower(k + 1))) return false;
    for (let j = k + 2; j < this.size && this.start(j) < end; j++) {
      const w = this.lower(j);
      // an apposition is short
      if (j - k > 30 || this.text(j) === ',' || this.text(j) === ';') return false;
      // "…, the singer Chuck Berry, the pitcher Willie Mays and …": a list of names
      if (AUXILIARIES.has(w) || /^(who|which|that|whose|and|or)$/u.test(w)) return false;
      if (this.looksLikeVerb(j) && !w.endsWith('ing') && !w.endsWith('ed')) return false;
    }
    return true;
  }

  /**
   * A participle that opens the writer's addition after a comma ("…, meaning …", "…, engaging in
   * …", "…, implicitly putting …"), with an adverb in -ly before it.
   */
  ingAddition(k: number): boolean {
    const j = this.lyAdverb(k) ? k + 1 : k;
    const w = this.lower(j);
    // a noun in -ing is one of a list ("schools, housing and the courts"), a participle takes more
    const next = this.lower(j + 1);
    return (
      /^\p{Ll}{3,}ing$/u.test(this.text(j)) &&
      !/^(including|according|regarding|during|nothing|something|anything|everything)$/u.test(w) &&
      this.isWord(j + 1) &&
      !/^(and|or|nor)$/u.test(next)
    );
  }

  /**
   * The token before a time phrase that ends at k ("Smith last month said", "the panel on Friday
   * voted"), or k when there is none.
   */
  timeBefore(k: number, floor: number): number {
    let j = k;
    const unit = (w: string): boolean => /^(week|month|year|weekend|night|morning)$/u.test(w);
    if (unit(this.lower(j)) && /^(last|this|next|that)$/u.test(this.lower(j - 1))) j -= 2;
    else if (TIME_WORDS.has(this.lower(j)) && !/^(earlier|later)$/u.test(this.lower(j))) {
      j--;
      if (this.lower(j) === 'on') j--;
    } else return k;
    return j >= 0 && this.start(j) >= floor ? j : k;
  }

  /** Index after time words right at k ("Friday", "on Monday afternoon", "yesterday"), or k. */
  skipTime(k: number): number {
    let j = k;
    if (this.lower(j) === 'on' && TIME_WORDS.has(this.lower(j + 1))) j++;
    while (TIME_WORDS.has(this.lower(j))) j++;
    return j;
  }

  /** A role noun or title within the next three tokens ("senior administration [official]"). */
  private roleAhead(j: number): boolean {
    for (let m = j; m < j + 4 && m < this.size; m++) {
      const w = this.lower(m);
      if (ROLE_NOUNS.has(w) || TITLES.has(w)) return true;
      // "the union filed a lawsuit": a determiner inside opens a verb's object
      if (m > j && DETERMINERS.has(w)) return false;
      if (!this.isWord(m) && !/^['’]s$/.test(this.text(m))) return false;
    }
    return false;
  }

  /** Whether a name ends the phrase (a role after a name, "Smith, the spokesman", is not). */
  private endsRunAt(last: number, name: Span): boolean {
    return name.end === this.end(last);
  }

  /** The subject right before the verb at k: "Smith (also) said", "Hugh Hill, a doctor, said". */
  subjectBefore(k: number, floor: number): Phrase | null {
    let j = k - 1;
    // "Smith is now saying": a form of "be" before an -ing verb belongs to the verb
    const progressive = /ing$/u.test(this.lower(k));
    const light = (w: string): boolean =>
      ADVERBS.has(w) || (progressive && (BE_FORMS.has(w) || w === 'been'));
    // ("Theresa May said": "May" after a capitalized word is a surname, not the modal)
    const surname = (i: number): boolean =>
      this.text(i) === 'May' && i > 0 && /^\p{Lu}\p{Ll}/u.test(this.text(i - 1));
    while (
      j >= 0 &&
      this.start(j) >= floor &&
      (light(this.lower(j)) || this.lyAdverb(j)) &&
      !surname(j) &&
      k - j < 5
    )
      j--;
    // "Lane (D-Ore.) and Mendez (D-N.J.) both said": a floating quantifier after its subject
    if (
      /^(both|all|each)$/u.test(this.lower(j)) &&
      j > 0 &&
      this.start(j - 1) >= floor &&
      (this.isWord(j - 1) || this.text(j - 1) === ')') &&
      !SUBJECT_BOUNDARY.has(this.lower(j - 1))
    )
      j--;
    j = this.timeBefore(j, floor);
    // "The bank just this month announced"
    while (j >= 0 && this.start(j) >= floor && ADVERBS.has(this.lower(j)) && !surname(j) && k - j < 7) j--;
    if (j < 0 || this.start(j) < floor) return null;
    const w = this.lower(j);
    if (PRONOUNS.has(w)) return { start: this.start(j), end: this.end(j), kind: 'pronoun' };
    // "Mr. Obama's remarks", "Twenty-seven states": a possessive or a number is no subject
    if ((/['’]s$/.test(w) && !/^who['’]s$/u.test(w)) || NUMBER_WORD.test(w)) return null;
    // "victims' families, many of whom say …": the noun before the quantifier
    // "who’s called for …": the relative pronoun with its "has"
    let rel = w === 'who' || /^who['’]s$/u.test(w);
    if (w === 'whom' && this.lower(j - 1) === 'of' && QUANTIFIERS.has(this.lower(j - 2))) {
      j -= 2;
      rel = true;
    }
    // "the study, which notes that …": a relative pronoun before a verb with its "that"
    if ((w === 'which' || w === 'that') && this.lower(this.skipTime(k + 1)) === 'that') rel = true;
    // "a letter from his doctor Friday that says he …": a document that says something
    if ((w === 'that' || w === 'which') && !rel && this.isVerb(k)) {
      let e = this.text(j - 1) === ',' ? j - 2 : j - 1;
      for (let n = 0; n < 3 && e >= 0; n++) {
        const t = this.timeBefore(e, floor);
        if (t === e) break;
        e = t;
      }
      const head = this.lower(e);
      if (e >= 0 && this.start(e) >= floor && (REPORTER_NOUNS.has(head) || ROLE_NOUNS.has(head))) {
        const first = this.runBefore(e + 1, floor) ?? e;
        return { start: this.start(first), end: this.end(e), kind: 'role' };
      }
    }
    // "an architect who said …": the noun the relative clause hangs on
    if (rel && j > 0) {
      // "Karen Wu, who …", "Karen Wu — who …"
      const e = this.text(j - 1) === ',' || DASHES.has(this.text(j - 1)) ? j - 2 : j - 1;
      if (e < 0 || this.start(e) < floor) return null;
      // "unions, who say …": the noun itself when no name or role phrase ends there
      const noun = this.lower(e);
      const bare =
        /^\p{Ll}+$/u.test(this.text(e)) && (ROLE_NOUNS.has(noun) || /[^s]s$/u.test(noun))
          ? { start: this.start(e), end: this.end(e), kind: 'role' as const }
          : null;
      const own = this.subjectBefore(e + 1, floor) ?? bare;
      // "economists polled by Reuters, who had expected …": the people polled, not the pollster
      if (own) {
        const s = this.tokenAt(own.start);
        const head = this.lower(s - 3);
        if (
          this.lower(s - 1) === 'by' &&
          POLLED.has(this.lower(s - 2)) &&
          this.start(s - 3) >= floor &&
          /^\p{Ll}+$/u.test(this.text(s - 3)) &&
          (ROLE_NOUNS.has(head) || /[^s]s$/u.test(head))
        )
          return { start: this.start(s - 3), end: this.end(s - 3), kind: 'role' };
        return own;
      }
      // "listeners to his radio show who said …": the plural noun before the noun's phrase
      for (let p = e - 1; p > 0 && e - p < 6 && this.start(p - 1) >= floor; p--) {
        if (!this.isWord(p)) break;
        if (!isPreposition(this.lower(p))) continue;
        const head = this.lower(p - 1);
        if (/^\p{Ll}+$/u.test(this.text(p - 1)) && (ROLE_NOUNS.has(head) || /[^s]s$/u.test(head)))
          return { start: this.start(p - 1), end: this.end(p - 1), kind: 'role' };
        break;
      }
      return null;
    }
    if (this.text(j) === ',') {
      // "Hugh Hill, a doctor at X, said" / "The spokesman, John Smith, said"
      let p = j - 1;
      while (p >= 0 && this.start(p) >= floor && this.text(p) !== ',' && j - p < 20) p--;
      if (p < 0 || this.start(p) < floor || this.text(p) !== ',') return null;
      // "The deposits, in a region of Mars, could be thick, said Ann Lee.": a predicate between the
      // commas, opened by its auxiliary, is no apposition; the cue is inverted
      if (AUXILIARIES.has(this.lower(p + 1))) return null;
      // "Democrats, however, said" / "John Doe, R-Ky., said": an adverb or a party label set off
      // by commas stands between the subject and its verb
      if (this.asideAt(p + 1, j)) return p > 0 ? this.subjectBefore(p, floor) : null;
      const inner = this.nameIn(p + 1, j - 1);
      if (inner && inner.start === this.start(p + 1))
        return { start: inner.start, end: inner.end, kind: 'name', name: inner };
      // "The trade minister, Mr. Alvarez, argues": a titled name in the apposition
      if (inner && this.titlesOnly(p + 1, this.tokenAt(inner.start)))
        return { start: this.start(p + 1), end: inner.end, kind: 'name', name: inner };
      // "His lawyer, public defender Laura Weiss, said": lowercase words that end in a role or title
      if (inner && inner.end === this.end(j - 1)) {
        const b = this.tokenAt(inner.start);
        const head = this.lower(b - 1);
        const noun =
          TITLES.has(head) ||
          ROLE_NOUNS.has(head) ||
          // (two lowercase words or more: "public defender", not "like" in "Clinton, like Obama, has")
          (b - (p + 1) >= 2 &&
            head.length >= 4 &&
            !/^(like|unlike|including|besides|notably|especially|particularly)$/u.test(head) &&
            !this.looksLikeVerb(b - 1) &&
            !isPreposition(head) &&
            !DETERMINERS.has(head) &&
            !ADVERBS.has(head));
        let plain = b - (p + 1) >= 1 && b - (p + 1) <= 3 && noun;
        // ("The Football Association, which runs Wembley, said": a relative clause names no speaker)
        for (let m = p + 1; plain && m < b; m++)
          plain = /^\p{Ll}+$/u.test(this.text(m)) && !/^(which|who|whom|whose|that)$/u.test(this.lower(m));
        if (plain) return { start: this.start(p + 1), end: inner.end, kind: 'name', name: inner };
      }
      // "Its organizer, Maria Gonzalez of Round Rock, told": the name before where she is from
      for (let m = p + 2; m < j - 1 && m - p < 6; m++) {
        if (!/^(of|from)$/u.test(this.lower(m))) continue;
        const lead = this.nameIn(p + 1, m - 1);
        if (
          lead &&
          lead.start === this.start(p + 1) &&
          lead.end === this.end(m - 1) &&
          this.isCapitalized(m + 1)
        )
          return { start: lead.start, end: this.end(j - 1), kind: 'name', name: lead };
        break;
      }
      // "Supporters of the law, including parent groups, argued": the noun phrase before the
      // examples, from the start of its clause
      const examples = /^(including|like|especially|notably)$/u.test(this.lower(p + 1));
      if (examples && this.runBefore(p, floor) === null) {
        const loose = looseSubject(this, p, floor, true);
        return loose && headsPhrase(this, loose) ? loose : null;
      }
      // "Dr. Ann Lee, a surgeon at City Hospital, who was not involved, said": a relative clause
      // set off by commas hangs on the phrase before it, which may be an apposition itself
      // (the apposition a role in lower case: "Name, 59, of Ashton, Md., who …" names a place before it)
      if (/^(which|who|whose)$/u.test(this.lower(p + 1)) && p > 0 && this.text(p - 1) !== ',') {
        let q = p - 1;
        while (q > 0 && this.start(q) >= floor && this.text(q) !== ',' && p - q < 20) q--;
        const outer =
          this.text(q) === ',' && /^\p{Ll}/u.test(this.text(q + 1)) ? this.subjectBefore(p + 1, floor) : null;
        if (outer?.kind === 'name') return outer;
      }
      const first = this.runBefore(p, floor);
      if (first === null) {
        // "The Chicago-based company, which makes frozen meals, said": a noun phrase with modifiers
        // before a relative clause
        if (!/^(which|who)$/u.test(this.lower(p + 1))) return null;
        const loose = looseSubject(this, p, floor, true);
        return loose && headsPhrase(this, loose) ? loose : null;
      }
      const name = this.nameIn(first, this.beforeBrackets(p - 1));
      if (name) return { start: this.start(first), end: this.end(p - 1), kind: 'name', name };
      // "The firm, which employs 12,000 people, said": the noun before a relative clause
      if (/^(which|who|whose|that)$/u.test(this.lower(p + 1))) return this.subjectBefore(p, floor);
      // "Critics, including the residents' association, say": the noun before the examples
      if (/^(including|like|especially|notably)$/u.test(this.lower(p + 1)))
        return { start: this.start(first), end: this.end(p - 1), kind: 'role' };
      return null;
    }
    const first = this.runBefore(j + 1, floor);
    if (first === null) return null;
    // "a poll released in late August found": a month or a day is when, not who
    if (first === j && isTimeWord(this.lower(j))) return null;
    // "Union leaders who attended the trial said", "Residents who lost homes in the fire said", "Farmers
    // who lost the harvest told reporters": the object of a relative clause is not who speaks; the noun the
    // clause hangs on is
    if (REPORT_VERBS.has(this.lower(k)) || TELL_FORMS.test(this.lower(k)))
      for (
        let r = first - 1;
        r > first - 8 && r > 1 && this.start(r - 1) >= floor && /^\p{Ll}+$/u.test(this.text(r));
        r--
      ) {
        if (!/^(who|that)$/u.test(this.lower(r - 1)) || !this.looksLikeVerb(r)) continue;
        const own = this.subjectBefore(r - 1, floor);
        if (own) return own;
        break;
      }
    // "Jane Doe of the University of Toronto said": the person named before "of/at/from (the)"
    // the body speaks, not the body
    {
      let p = first - 1;
      if (this.lower(p) === 'the') p--;
      if (p > 0 && this.start(p) >= floor && /^(of|at|from)$/u.test(this.lower(p))) {
        const pf = this.runBefore(p, floor);
        const pname = pf === null ? null : this.nameIn(pf, p - 1);
        if (pf !== null && pname && pname.end === this.end(p - 1))
          return { start: this.start(pf), end: this.end(j), kind: 'name', name: pname };
        // "The president of the United States said": the role with its body
        const role = this.lower(p - 1);
        if (pf !== null && (ROLE_NOUNS.has(role) || TITLES.has(role)))
          return { start: this.start(pf), end: this.end(j), kind: 'role' };
      }
    }
    // "Analyst Dan Ives of Wedbush Securities said": a run read on through "of", "at" or "from" holds the
    // person named before it, two name words or more after any titles ("Bank of America" is one body)
    for (let p = first + 1; p < j; p++) {
      if (!/^(of|at|from)$/u.test(this.lower(p))) continue;
      const lead = this.nameIn(first, p - 1);
      if (
        lead &&
        lead.end === this.end(p - 1) &&
        p - this.tokenAt(lead.start) >= 2 &&
        (lead.start === this.start(first) || this.titlesOnly(first, this.tokenAt(lead.start)))
      )
        return { start: this.start(first), end: this.end(j), kind: 'name', name: lead };
      break;
    }
    const span = { start: this.start(first), end: this.end(j) };
    // "Rep. Jane Doe (D-Ore.) said": the name ends before the party label
    const nameEnd = this.beforeBrackets(j);
    const name = this.nameIn(first, nameEnd);
    if (name && name.end === this.end(nameEnd))
      return { start: span.start, end: span.end, kind: 'name', name };
    return { start: span.start, end: span.end, kind: 'role' };
  }

  /** Whether token j is the apostrophe of a plural possessive ("teachers'", "players’"). */
  pluralPossessive(j: number): boolean {
    const t = this.text(j);
    return (
      (t === "'" || t === '’') &&
      j > 0 &&
      this.end(j - 1) === this.start(j) &&
      /^\p{L}+s$/u.test(this.text(j - 1)) &&
      this.isWord(j + 1)
    );
  }

  /** Whether tokens [a, b) are titles and their abbreviation dots only ("Mr.", "Sen. Dr."), and at least one. */
  titlesOnly(a: number, b: number): boolean {
    if (b <= a) return false;
    for (let m = a; m < b; m++) if (!TITLES.has(this.lower(m)) && !this.isAbbrevDot(m)) return false;
    return true;
  }

  /** Whether tokens [a, b) are an adverb or a party label set off by commas ("however", "R-Ky."). */
  asideAt(a: number, b: number): boolean {
    const words = this.doc.text.slice(this.start(a), this.start(b)).trim();
    return ASIDES.has(words.toLowerCase()) || /^[RDI]-[A-Z][A-Za-z.]{0,8}$/u.test(words);
  }

  /** The token before a bracketed group that ends at k ("Doe (D-Ore.)" → "Doe"), or k. */
  beforeBrackets(k: number): number {
    if (this.text(k) !== ')') return k;
    for (let o = k - 1; o > 0 && k - o < 9; o--) if (this.text(o) === '(') return o - 1;
    return k;
  }

  /** First token of the noun phrase that ends right before token k, or null. */
  private runBefore(k: number, floor: number): number | null {
    let j = k - 1;
    let first = -1;
    let head = true;
    while (j >= 0 && this.start(j) >= floor && k - j <= 12) {
      const w = this.lower(j);
      const t = this.text(j);
      if (
        this.isCapitalized(j) &&
        !(SENTENCE_OPENERS.has(w) && !head && first >= 0 && this.start(j) === floor)
      ) {
        first = j--;
        head = false;
        continue;
      }
      if (this.isAbbrevDot(j) || (t === '-' && first === j + 1)) {
        j--;
        continue;
      }
      // "Erik van der Berg said"
      if (
        PARTICLES.has(w) &&
        first === j + 1 &&
        (this.isCapitalized(j - 1) || PARTICLES.has(this.lower(j - 1)))
      ) {
        first = j--;
        continue;
      }
      // "Sen. David Perdue (R-Ga.) said"
      if (t === ')' && first < 0) {
        let o = j - 1;
        while (o > 0 && j - o < 9 && this.text(o) !== '(') o--;
        if (this.text(o) === '(') {
          j = o - 1;
          continue;
        }
      }
      if (/^\p{Ll}/u.test(t) && (ROLE_NOUNS.has(w) || TITLES.has(w))) {
        first = j--;
        head = false;
        continue;
      }
      // "the teachers' union", "the players’ association": a plural possessive inside the phrase
      if (first < 0 && /^\p{Ll}+$/u.test(t) && this.pluralPossessive(j - 1)) {
        first = j--;
        continue;
      }
      if (first === j + 1 && this.pluralPossessive(j)) {
        first = j - 1;
        j -= 2;
        head = false;
        continue;
      }
      if (DETERMINERS.has(w) && first >= 0) {
        first = j--;
        break;
      }
      // "the announcer", "a witness"
      // ("the owner of the mill": not the noun of a prepositional phrase)
      // "the 31-year-old", "the 31-year-old striker": an age stands for the person or describes them
      if ((first < 0 || first === j + 1) && AGE.test(t) && DETERMINERS.has(this.lower(j - 1))) {
        first = j - 1;
        break;
      }
      if (
        first < 0 &&
        /^\p{Ll}+$/u.test(t) &&
        (DETERMINERS.has(this.lower(j - 1)) ||
          (AGE.test(this.text(j - 1)) && DETERMINERS.has(this.lower(j - 2)))) &&
        !this.isVerb(j) &&
        !isPreposition(this.lower(j - 2))
      ) {
        first = AGE.test(this.text(j - 1)) ? j - 2 : j - 1;
        break;
      }
      if (
        /^\p{Ll}[\p{Ll}-]*$/u.test(t) &&
        first >= 0 &&
        !PHRASE_STOPS.has(w) &&
        !this.isVerb(j) &&
        k - j < 6
      ) {
        // an adjective or noun inside a role ("a senior administration official")
        const before = this.lower(j - 1);
        if (DETERMINERS.has(before) || ROLE_NOUNS.has(before) || this.isCapitalized(j - 1)) {
          first = j--;
          continue;
        }
      }
      break;
    }
    if (first < 0) return null;
    while (first < k - 1 && (SENTENCE_OPENERS.has(this.lower(first)) || DETERMINERS.has(this.lower(first))))
      first++;
    if (SENTENCE_OPENERS.has(this.lower(first)) || DETERMINERS.has(this.lower(first))) return null;
    return first;
  }

  /** What was said after the verb ending before token k: "(reporters) (that) …". */
  contentAfter(k: number, verb: number): Span | null {
    let c = k;
    const v = this.lower(verb);
    if (v === 'told' || v === 'tells' || v === 'tell') {
      // the person told: "told reporters", "told the Associated Press", "told CNN"
      let m = c;
      if (/^(the|a|an)$/.test(this.lower(m))) {
        // "told the newspaper that …": the object runs to "that"
        let t = m + 1;
        while (t < this.size && t - m < 5 && this.lower(t) !== 'that' && this.isWord(t)) t++;
        if (this.lower(t) === 'that' || this.isCapitalized(m + 1)) m = this.lower(t) === 'that' ? t : m + 1;
        else {
          // "told the crowd the plan …", "told a news conference he …": a listener and the clause
          for (let l = m + 1; l <= m + 3 && l < this.size && /^\p{Ll}+$/u.test(this.text(l)); l++) {
            if (LISTENER_NOUNS.has(this.lower(l))) {
              m = l + 1;
              break;
            }
          }
        }
      }
      while (
        m < this.size &&
        m - c < 6 &&
        (this.isCapitalized(m) || TOLD_OBJECTS.has(this.lower(m)) || this.isAbbrevDot(m))
      )
        m++;
      // "told BBC Radio 4's Today programme that …", "told CNN's "State of the Union" that …": a broadcaster's
      // programme named after the hearer runs on to "that"
      if (m > c) {
        let inTitle = false;
        for (let t = m; t < this.size && t - m < 12; t++) {
          const w = this.lower(t);
          if (w === 'that' && !inTitle) {
            m = t;
            break;
          }
          if (QUOTE_CHARS.test(this.text(t)) && this.text(t) !== "'") inTitle = !inTitle;
          else if (
            !this.isCapitalized(t) &&
            !/^\d+(?:['’]s)?$/u.test(w) &&
            !/^['’]s$/u.test(w) &&
            !PROGRAMME_NOUNS.has(w) &&
            !(inTitle && this.isWord(t))
          )
            break;
        }
      }
      // "told workers that …": any short object before "that"
      if (m === c) {
        let t = c;
        while (t < this.size && t - c < 5 && this.isWord(t) && this.lower(t) !== 'that') t++;
        if (this.lower(t) === 'that' && t > c) m = t;
      }
      if (m === c) return null;
      c = m;
    } else if (HEARER_VERBS.has(v) && this.lower(c) !== 'that' && this.lower(c) !== 'to' && !this.isVerb(c)) {
      // "warned residents who stayed behind that …": the hearer before "that" is no part of what was said
      // ("warned North Korea to refrain from actions that …": an infinitive is)
      for (let t = c + 1; t < this.size && t - c <= 8 && this.isWord(t); t++) {
        if (this.lower(t) === 'to') break;
        if (this.lower(t) === 'that') {
          c = t;
          break;
        }
      }
    }
    c = this.skipTime(c);
    // "on Monday", "in a statement", "last week" between the verb and what was said ("said at least
    // 40 …" is a number, not an occasion)
    if (
      /^(on|in|last|this|at|during|after|before|following|late|early|earlier|later|previously|recently|yesterday|today|repeatedly|publicly|privately|flatly)$/.test(
        this.lower(c),
      ) &&
      !this.atLeast(c)
    ) {
      // … up to "that", a comma, or a pronoun opening the reported clause ("said after the
      // meeting he would …")
      let m = c + 1;
      while (
        m < this.size &&
        m - c < 7 &&
        this.lower(m) !== 'that' &&
        this.text(m) !== ',' &&
        !CLAUSE_SUBJECTS.has(this.lower(m))
      )
        m++;
      if (this.lower(m) === 'that' || this.text(m) === ',' || CLAUSE_SUBJECTS.has(this.lower(m))) c = m;
    }
    let marked = false;
    // "cautioned, as did the campaign itself, that …": an aside before the that-clause
    c = this.pastAside(c);
    // "…, Smith said Friday, as protesters gathered": the writer's clause, not what was said
    if (this.text(c) === ',' && AFTER_CUE.has(this.lower(c + 1))) return null;
    // "He added: It's typical. She knows nothing.": a colon introduces the rest of the paragraph
    const colon = this.text(c) === ':';
    if (this.text(c) === ',' || colon) {
      c++;
      marked = true;
    }
    // the complementizer opens what was said ("said that …"), as in the PARC/PolNeAR convention
    let that = -1;
    if (this.lower(c) === 'that') {
      that = c++;
      marked = true;
      // "said that, if elected, he would …"
      if (this.text(c) === ',') c++;
    }
    if (!marked && WEAK_VERBS.has(v)) return null;
    // "a program that critics say has been plagued …": a gapped subject, the clause is not theirs
    if (!marked && AUXILIARIES.has(this.lower(c))) return null;
    if (c >= this.size || QUOTE_CHARS.test(this.text(c))) return null;
    // "Smith said." / "said in a statement." — nothing reported
    // "said about 20 people …": "about" before a number is no preposition
    const approx =
      (/^(about|around)$/u.test(this.lower(c)) && /^\p{N}/u.test(this.text(c + 1))) || this.atLeast(c);
    if (!this.isWord(c) || (PHRASE_STOPS.has(this.lower(c)) && !marked && this.lower(c) !== 'the' && !approx))
      return null;
    return this.withThat(this.contentFrom(c, colon), that);
  }

  /** "at least" / "at most" at k: a quantity, not a preposition of occasion. */
  atLeast(k: number): boolean {
    return this.lower(k) === 'at' && /^(least|most)$/u.test(this.lower(k + 1));
  }

  /**
   * Past an aside set off by commas right before a that-clause ("insisted, most recently in an
   * interview, that …"): the index of "that", or c when there is none.
   */
  pastAside(c: number): number {
    if (this.text(c) !== ',') return c;
    for (let j = c + 1; j < this.size && j - c < 14; j++) {
      const t = this.text(j);
      if (t === ',') return this.lower(j + 1) === 'that' ? j + 1 : c;
      if (!this.isWord(j) && !this.isAbbrevDot(j)) return c;
    }
    return c;
  }

  /** The content widened back to the "that" opening it (token index, or -1 for none). */
  withThat(content: Span | null, that: number): Span | null {
    return content && that >= 0 ? { start: this.start(that), end: content.end } : content;
  }

  /** An adverb in -ly at k ("spoke emotionally of", "complained bitterly that"). */
  lyAdverb(k: number): boolean {
    const t = this.text(k);
    return /^\p{Ll}{3,}ly$/u.test(t) && !NOT_LY_ADVERBS.has(t);
  }

  /** An -ing form of a verb of reporting or of judging ("citing", "urging", "accusing"). */
  reportingParticiple(k: number): boolean {
    const w = this.lower(k);
    return w.endsWith('ing') && (REPORT_VERBS.has(w) || OBJECT_VERBS.has(w));
  }

  /** A name or a subject of a few words, then a finite verb of saying or judging ("Democrats accused"). */
  opensAttribution(k: number, trailing = false): boolean {
    // "… and Democrats accused …", ", a spokesman announced Monday."
    let j = k;
    if (DETERMINERS.has(this.lower(j))) j++;
    if (!this.isCapitalized(j) && !PRONOUNS.has(this.lower(j)) && !ROLE_NOUNS.has(this.lower(j)))
      return false;
    for (j++; j < k + 5 && j < this.size; j++) {
      const w = this.lower(j);
      if (trailing) {
        // after a comma only a cue that closes the sentence ("…, a spokesman said Monday.")
        if (this.isVerb(j) || REPORT_VERBS.has(w))
          return !NOUN_LIKE_VERBS.has(w) && closesSentence(this, j + 1, this.sentenceEnd(this.start(j)));
      } else if (this.isVerb(j) || REPORT_VERBS.has(w) || OBJECT_VERBS.has(w)) return !NOUN_LIKE_VERBS.has(w);
      if (!this.isCapitalized(j) && !this.isAbbrevDot(j) && !ROLE_NOUNS.has(w)) return false;
    }
    return false;
  }

  /**
   * A new clause at k: a subject (a pronoun, or a noun phrase opened by a determiner or a name, up
   * to five words) and then a finite verb ("the downgrade is casting", "Clinton is promising").
   */
  opensClause(k: number): boolean {
    const w = this.lower(k);
    let j: number;
    if (PRONOUNS.has(w) && w !== 'it') j = k + 1;
    else if (DETERMINERS.has(w) || this.isCapitalized(k)) {
      j = k + 1;
      while (
        j < this.size &&
        j - k < 6 &&
        (this.isWord(j) || this.isAbbrevDot(j) || /^['’]s?$/u.test(this.text(j))) &&
        !AUXILIARIES.has(this.lower(j)) &&
        !this.looksLikeVerb(j)
      )
        j++;
    } else return false;
    while (j < this.size && ADVERBS.has(this.lower(j)) && !AUXILIARIES.has(this.lower(j))) j++;
    const v = this.lower(j);
    return AUXILIARIES.has(v) || (this.looksLikeVerb(j) && !v.endsWith('ing'));
  }

  /** A verb of saying, reporting or demanding at k, or a pronoun followed by one. */
  startsAttribution(k: number): boolean {
    const at = (j: number): boolean => {
      const w = this.lower(j);
      // "federal and state law", "and claims": a form that is also a noun opens no new clause;
      // "born and raised": nor does a verb of stance that is mostly something else
      if (NOUN_LIKE_BASES.has(w) || NOUN_LIKE_VERBS.has(w) || GENERIC_STANCE.has(w)) return false;
      return !this.isCapitalized(j) && (this.isVerb(j) || REPORT_VERBS.has(w) || OBJECT_VERBS.has(w));
    };
    return at(k) || (PRONOUNS.has(this.lower(k)) && at(k + 1));
  }

  /** "a statement", "an interview on Fox", "his speech": where something was said. */
  isVenue(k: number): boolean {
    if (!DETERMINERS.has(this.lower(k))) return false;
    const j = k + 1;
    for (let m = j; m < j + 3 && m < this.size; m++) {
      if (VENUES.has(this.lower(m))) return true;
      if (!this.isWord(m)) return false;
    }
    return false;
  }

  /**
   * Whether the venue at k ("the debate", "an email to the board", "his first debate against …") is
   * an occasion inside what was said: a definite one, or one sent to or held against someone.
   */
  venueGoesOn(k: number): boolean {
    // ("… in the interview", "… in the statement": still where it was said)
    if (this.lower(k) === 'the')
      return !/^(statements?|interviews?|remarks|speech)$/u.test(this.lower(k + 1));
    for (let m = k + 1; m < k + 4 && m < this.size; m++) {
      if (VENUES.has(this.lower(m))) return /^(to|against)$/u.test(this.lower(m + 1));
      if (!this.isWord(m)) return false;
    }
    return false;
  }

  /** Content from token c to the end of its sentence, cut before a trailing cue (", he said"). */
  contentFrom(c: number, paragraph = false): Span | null {
    const start = this.start(c);
    // "…, study finds" ending a headline line: the next line (a byline) is not what was found
    if (!paragraph && c > 0 && this.doc.text.slice(this.end(c - 1), start).includes('\n')) return null;
    const end = paragraph ? this.paragraphEnd(start) : this.sentenceEnd(start);
    let k = c;
    let modal = false;
    // what was said runs at most MAX_CONTENT tokens (a run-on text is not scanned again per cue)
    // whether a subordinating word or a verb has come (what was said has a clause of its own)
    let begun = false;
    for (; k < this.size && this.start(k) < end && k - c < MAX_CONTENT; k++) {
      const t = this.text(k);
      if (k > c) begun ||= this.clauseWord(k - 1);
      // a dash or semicolon ends the reported clause
      if (t === ';' && k > c) break;
      // "… and criticized the party": the same speaker's next attribution
      // (unless a clause with a pronoun subject was reported and goes on with a verb that is no
      // verb of saying: "he posed a threat and refused …")
      if (
        (t === 'and' || t === 'but') &&
        k > c + 2 &&
        this.startsAttribution(k + 1) &&
        (!PRONOUNS.has(this.lower(c)) || this.isVerb(k + 1))
      )
        break;
      // "signaled support but has been met with …": the subject's next verb, before what was said
      // has a verb of its own
      if (
        (t === 'and' || t === 'but') &&
        k > c + 2 &&
        !begun &&
        /^(has|have|had|was|were)$/u.test(this.lower(k + 1)) &&
        /^\p{Ll}+(ed|en)$/u.test(this.text(k + 2))
      )
        break;
      // "conceded defeat but said …", "praised the plan and said …": however short the object,
      // a verb of saying after and/but opens the same speaker's next statement
      if ((t === 'and' || t === 'but') && k > c && SAYING_AFTER_AND.has(this.lower(k + 1))) break;
      // "said the release followed weeks of talks and thanked the authorities": after a clause of its
      // own, a verb of courtesy is the speaker's own act, nothing reported
      if (t === 'and' && begun && k > c + 2 && COURTESY_AFTER_AND.has(this.lower(k + 1))) break;
      // "… and Democrats accused the party of …": another speaker's attribution
      if ((t === 'and' || t === 'but') && k > c + 2 && this.opensAttribution(k + 1)) break;
      // "… in a statement on Thursday": where it was said, not what
      // ("… appeared unsteady in the debate", "… raised concerns in the email": a definite occasion
      // after a clause of its own is part of what was said)
      if (t === 'in' && k > c + 1 && this.isVenue(k + 1) && !(begun && this.venueGoesOn(k + 1))) break;
      // "… a tightening race as the rival gains ground": the writer's clause of circumstance
      // (in a forecast, "prices would fall as demand slows", the clause is part of what was said)
      if (t === 'will' || t === 'would' || t === 'could' || t === 'might' || t === 'may') modal = true;
      if (!paragraph && !modal && k > c + 2 && this.asClause(k)) break;
      if (t !== ',') continue;
      if (this.lower(k + 1) === 'according' || this.isVerb(k + 1) || this.isParticiple(k + 1)) break;
      // ", citing …", ", urging …": a participle of reporting opens the next attribution
      if (k > c + 2 && this.reportingParticiple(k + 1)) break;
      // ", even suggesting …", ", again calling …": the same with an adverb before it
      if (
        k > c + 2 &&
        (/^(even|again|also|later|then|further)$/u.test(this.lower(k + 1)) || this.lyAdverb(k + 1)) &&
        this.reportingParticiple(k + 2)
      )
        break;
      // "…, a spokesman announced Monday.": a trailing cue of another speaker
      if (k > c + 2 && this.opensAttribution(k + 1, true)) break;
      // ", but he said …", ", focusing on …": a new clause
      // (after a colon the speaker goes on to the end of the paragraph)
      if (paragraph) continue;
      if (k > c + 2 && this.lower(k + 1) === 'but') break;
      // "… did not support Smith, the favorite of the party.": the writer's apposition to a name
      // that ends the sentence
      if (!paragraph && k > c + 2 && this.closingApposition(k, end)) break;
      // ", with claims of abuse in …": the writer's absolute phrase
      if (k > c + 2 && this.lower(k + 1) === 'with') break;
      if (k > c + 2 && this.lower(k + 1) === 'and' && this.startsAttribution(k + 2)) break;
      // ", and the union also stepped in": a new clause with its own subject
      if (k > c + 2 && /^(and|but)$/u.test(this.lower(k + 1)) && this.opensClause(k + 2)) break;
      // ", and that's something …": a demonstrative subject with its verb (not "and that the …")
      if (
        k > c + 2 &&
        /^(and|but)$/u.test(this.lower(k + 1)) &&
        (/^(that|this)['’]s$/u.test(this.lower(k + 2)) ||
          (/^(that|this)$/u.test(this.lower(k + 2)) && AUXILIARIES.has(this.lower(k + 3))))
      )
        break;
      // ", which forced …", ", though …": the writer's addition, not what was said
      if (k > c + 2 && CLAUSE_AFTER.has(this.lower(k + 1)) && this.lower(k + 1) !== 'which') break;
      if ((PRONOUNS.has(this.lower(k + 1)) || this.isCapitalized(k + 1)) && this.isVerb(k + 2)) break;
      // "said his piece, he is ready to …": a main clause of the writer's after a short object
      // (not after a subordinate clause inside what was said: "said that if elected, he would …")
      if (
        k > c + 1 &&
        PRONOUNS.has(this.lower(k + 1)) &&
        this.lower(k + 1) !== 'it' &&
        AUXILIARIES.has(this.lower(k + 2)) &&
        !isPreposition(this.lower(c)) &&
        this.lower(c - 1) !== 'that' &&
        this.lower(c - 2) !== 'that' &&
        !begun
      )
        break;
    }
    const stop = k < this.size && this.start(k) < end ? this.start(k) : end;
    const span = this.trim(start, stop);
    if (!span || this.wordsBetween(span.start, span.end) < 2) return null;
    return span;
  }
}

/** The figures a company reports: "(its) (third-quarter) results", "earnings", "a loss". */
const FIGURES_REPORTED =
  /^(?!that\b)(?:[\w’'-]{1,20}\s{1,3}){0,3}(?:results|earnings|profits?|losses|loss|revenues?|sales|figures)\b/iu;

/** Past and present forms of the plainest verbs of saying, as they follow "and"/"but". */
/** Verbs of courtesy that after "and" are the speaker's next act: "… and thanked the authorities". */
const COURTESY_AFTER_AND = new Set(
  'thanked thanks congratulated congratulates apologized apologised apologizes apologises welcomed welcomes'.split(
    ' ',
  ),
);
const SAYING_AFTER_AND = new Set(
  'said says told tells added adds insisted insists warned warns argued argues noted notes explained explains'.split(
    ' ',
  ),
);

/** Direct and indirect quotes in en text, with speakers linked to entities. */
export function quotes(doc: Doc, entities: EntityIndex, ctx: Context): QuoteCandidate[] {
  const view = new EnView(doc, cueWords(ctx));
  const items: Attribution[] = [];
  // 'an episode of “The Morning Show,”', 'MSNBC's “Morning Joe”': the title of a work is no quote
  const marked = withoutTitles(view, pairQuotes(doc.text, doc.paragraphs));
  const usedCues = new Set<number>();
  const taken: Attribution[] = [];
  let prev: Attribution | null = null;
  for (let i = 0; i < marked.length; i++) {
    const q = marked[i]!;
    // a cue after the quote stays in its paragraph and before the next quote
    const nextStart = Math.min(
      i + 1 < marked.length ? marked[i + 1]!.start : doc.text.length,
      view.paragraphEnd(q.end),
    );
    const prevEnd = i > 0 ? marked[i - 1]!.end : 0;
    // a later quote inside a reported clause already taken as one quote
    if (prev !== null && q.start < prev.end) continue;
    const a = directQuote(view, q, prevEnd, nextStart);
    if (!a) continue;
    // “Q1,” said Smith. “Q2.” — one statement, interrupted by its cue.
    // “Q1,” she said, “Q2.” — the cue stands between the two parts
    const sharesCue =
      a.cue !== null &&
      prev?.cue?.start === a.cue.start &&
      a.cue.start >= prev.end &&
      view.tokenAt(a.start) - view.tokenAt(prev.end) <= 12;
    if (
      (a.continues || sharesCue) &&
      prev !== null &&
      sameParagraph(doc, prev.end, a.start) &&
      a.start - prev.end < 300
    ) {
      prev.end = a.end;
      continue;
    }
    // A quote standing alone continues a speaker quoted shortly before; otherwise who said it is
    // unknown and it is left out.
    if (
      a.continues &&
      (prev === null || a.start - prev.end > CONTINUE_WITHIN || view.wordsBetween(a.start, a.end) < 4)
    )
      continue;
    items.push(a);
    taken.push(a);
    if (a.cue) usedCues.add(a.cue.start);
    prev = a;
  }
  taken.sort((x, y) => x.start - y.start);
  for (const a of indirectQuotes(view, taken, usedCues)) {
    // 'his claim that there were “thousands of shootings” this year': a reported clause with a
    // quoted fragment no other cue took is a mixed quote
    if (DOUBLE_MARK.test(doc.text.slice(a.start, a.end))) a.type = 'direct';
    items.push(a);
  }
  for (const a of headlineQuotes(view, taken)) items.push(a);
  for (const a of headlineSays(view, taken)) items.push(a);
  dropNested(items);
  // 'Critics had tipped the drama "Sunset County,"': a verb that reports nothing, found only by the marks
  // around a work's title, reports nothing at all (a clause reported with a title in it stays a mixed
  // quote, as the marks make it: 'She said "The Salt Road" had moved the jury')
  for (let i = items.length - 1; i >= 0; i--) {
    const a = items[i]!;
    if (a.type !== 'direct' || a.rule !== 'en.quote.after-verb' || !a.cue) continue;
    if (reportsSpeech(doc.text.slice(a.cue.start, a.cue.end).toLowerCase())) continue;
    const text = doc.text.slice(a.start, a.end);
    if (/\p{L}/u.test(text.replace(MARKED_SEGMENT, '')) && onlyTitlesMarked(text)) items.splice(i, 1);
  }
  // "Ocampo conceded shortly before midnight": a time is when something was done, nothing reported;
  // "Tatum added 27 points and 11 rebounds": a player's figures are no words
  // "Hurricane Delphine slams Louisiana coast": a storm says nothing
  for (let i = items.length - 1; i >= 0; i--) {
    const phrase = items[i]!.phrase;
    if (
      (items[i]!.type === 'indirect' &&
        (TIME_ONLY.test(doc.text.slice(items[i]!.start, items[i]!.end)) ||
          STAT_LINE.test(doc.text.slice(items[i]!.start, items[i]!.end)))) ||
      (phrase && STORM_SPEAKER.test(doc.text.slice(phrase.start, phrase.end)))
    )
      items.splice(i, 1);
  }
  for (const a of items) {
    if (a.phrase)
      a.phrase = withoutDescriber(
        doc.text,
        withoutLeadingTime(doc.text, withoutDateline(doc.text, a.phrase)),
      );
    // "SANTA ROSA, Calif. (AP) — A wildfire …": the dateline is no part of what was reported
    // (also a direct quote whose sentence opens the story: 'BOSTON (AP) — A manager lied "month after month,"')
    if (a.type === 'indirect' || !QUOTE_CHARS.test(doc.text.charAt(a.start))) {
      // ("MEDFORD, Ore. — A wildfire …": a dateline with no agency too)
      const body = afterDateline(doc.text, a.start);
      if (body > a.start && body < a.end) a.start = body;
      const m = CONTENT_DATELINE.exec(doc.text.slice(a.start, Math.min(a.end, a.start + 90)));
      if (m && a.start + m[0].length < a.end) a.start += m[0].length;
      // "March 3, 2025 - People who …": neither is a date line that opens the story
      const d = DATE_LINE.exec(doc.text.slice(a.start, Math.min(a.end, a.start + 40)));
      if (d && a.start + d[0].length < a.end) a.start += d[0].length;
    }
  }
  return attribute(
    doc.text,
    items,
    new SpeakerResolver(
      doc.text,
      entities,
      (o) => view.startsSentence(o),
      // "the fire service said …  He urged …": "he" is no body ("service" is kept out of the reporters
      // themselves: "Service industries showed gains" reports nothing)
      (d) => {
        const head = /\S+$/u.exec(d)?.[0].toLowerCase() ?? '';
        return REPORTER_NOUNS.has(head) || head === 'service';
      },
    ),
  );
}

/** A time of day or a day alone, maybe with "shortly before" ("shortly before midnight", "on Friday night"). */
const TIME_ONLY =
  /^(?:(?:shortly|just|soon|early|late|right|well|long)[ \t]+)?(?:(?:before|after|until|by|at|on|around|about)[ \t]+)?(?:midnight|noon|midday|dawn|daybreak|dusk|nightfall|sunrise|sunset|(?:(?:last|this|next|early|late)[ \t]+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday)(?:[ \t]+(?:morning|afternoon|evening|night))?|\d{1,2}(?::\d\d)?[ \t]*[ap]\.?m\.?)[.,]?$/iu;

/** A storm as the subject of a verb ("Hurricane Delphine", "Tropical Storm Rafael", "the storm"). */
const STORM_SPEAKER =
  /^(?:the[ \t]+)?(?:Hurricane|Typhoon|Cyclone|(?:Tropical|Subtropical|Winter)[ \t]+Storm|storm|hurricane|typhoon|cyclone)\b/u;

/** A player's figures ("27 points and 11 rebounds for Boston", "two goals"). */
const STAT_LINE =
  /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+(?:points?|rebounds?|assists?|goals?|yards?|runs?|saves?|strikeouts?|hits?|wickets?|tackles?|touchdowns?|penalties|penalty|conversions?|tries|try|drop[ \t]+goals?|birdies|birdie|aces?|sacks?|steals?|blocks?|catches)\b/iu;

/** A dateline that opens a story ("RIVERTON - ", "LONDON (Reuters) — "). */
const DATELINE = /^\p{Lu}[\p{Lu} .,'’-]*(?: \([^)]{1,30}\))? +[-—–]+ +/u;

/** A date that opens a story's first line before a dash ("March 3, 2025 - ", "Oct. 10 — "). */
const DATE_LINE =
  /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2}(?:, \d{4})? *[-—–]+ +/u;

/** A dateline with its agency that opens a story ("SANTA ROSA, California, Aug. 22 (AP) — "). */
const CONTENT_DATELINE = /^\p{Lu}{2,}[\p{L}\p{N} .,'’-]{0,70}?\([\p{L} ]{2,20}\) *[-—–]+ */u;

/** "Last year Viatris and its rivals announced …": the speaker phrase without the time that opens the sentence. */
function withoutLeadingTime(text: string, phrase: Phrase): Phrase {
  if (phrase.kind === 'pronoun') return phrase;
  const m = LEADING_TIME.exec(text.slice(phrase.start, Math.min(phrase.end, phrase.start + 20)));
  if (!m || !/\b(?:last|this|next)\s+$/iu.test(text.slice(Math.max(0, phrase.start - 6), phrase.start)))
    return phrase;
  const start = phrase.start + m[0].length;
  if (start >= phrase.end || (phrase.name && phrase.name.start < start)) return phrase;
  return Object.assign({}, phrase, { start });
}
const LEADING_TIME =
  /^(?:year|week|month|quarter|season|spring|summer|autumn|fall|winter|weekend)\s+(?=\p{Lu})/u;

/** "Rival Pellworth Software announced …": the speaker's name without the word describing it. */
function withoutDescriber(text: string, phrase: Phrase): Phrase {
  if (phrase.kind !== 'name') return phrase;
  const m = LEADING_DESCRIBER.exec(text.slice(phrase.start, Math.min(phrase.end, phrase.start + 16)));
  if (!m) return phrase;
  const start = phrase.start + m[0].length;
  if (start >= phrase.end) return phrase;
  const name = phrase.name && phrase.name.start < start ? { start, end: phrase.name.end } : phrase.name;
  return Object.assign({}, phrase, { start }, name ? { name } : {});
}
/** A word describing a business or a person before its name: "Rival", "Fellow", "Compatriot". */
const LEADING_DESCRIBER = /^(?:Rival|Rivals|Competitor|Fellow|Compatriot|Teammate)\s+(?=\p{Lu})/u;

/** "RIVERTON - The owner of the mill": the speaker phrase without the dateline before it. */
function withoutDateline(text: string, phrase: Phrase): Phrase {
  if (phrase.kind === 'pronoun') return phrase;
  const m = DATELINE.exec(text.slice(phrase.start, Math.min(phrase.end, phrase.start + 60)));
  if (!m || phrase.start + m[0].length >= phrase.end) return phrase;
  let start = phrase.start + m[0].length;
  // "The owner": the determiner stays out, as in other phrases
  const det = /^(?:the|a|an) /iu.exec(text.slice(start, phrase.end));
  if (det) start += det[0].length;
  if (phrase.name && phrase.name.start < start) return phrase;
  return Object.assign({}, phrase, { start });
}

/**
 * An indirect quote that lies inside another quote's content ("said he has other questions than
 * the ones he refused to answer") is part of that statement, not a statement of its own.
 */
function dropNested(items: Attribution[]): void {
  const sorted = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const nested = new Set<Attribution>();
  let outer: Attribution | null = null;
  for (const a of sorted) {
    // the same span found by two rules ("…, according to X results" also read as "X results
    // said"): one quote
    if (outer && a.start === outer.start && a.end === outer.end && a !== outer) {
      nested.add(a);
      continue;
    }
    if (outer && a.start >= outer.start && a.end <= outer.end && a.type === 'indirect' && a !== outer) {
      if (a.start > outer.start || a.end < outer.end) nested.add(a);
      continue;
    }
    if (!outer || a.end > outer.end) outer = a;
  }
  if (nested.size === 0) return;
  const kept = items.filter((a) => !nested.has(a));
  items.length = 0;
  items.push(...kept);
}

/** "Name: words" in a headline: a capitalized label of up to four words, then what was said. */
const HEADLINE =
  /^(\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|of|the|and|de|van)){0,4}): +(\p{Lu}|\p{N}|['‘"“])/u;
/** Labels of a headline that say what kind of item follows, not who spoke. */
const NOT_SPEAKER_LABELS = new Set(
  'update updated note correction clarification watch read related photo photos video source see also more breaking exclusive live opinion analysis editorial abstract transcript q a summary contact advertisement sponsored subscribe by from to date subject re fwd the-latest'.split(
    ' ',
  ),
);

/** Verbs of saying in a title-case headline ("Mayor Says Bridge Will Reopen"). */
const HEADLINE_VERBS =
  'Says|Say|Tells|Tell|Warns|Warn|Claims|Claim|Insists|Insist|Admits|Admit|Vows|Vow|Denies|Deny|Predicts|Argues|Argue|Urges|Urge|Suggests|Confirms|Calls|Call|Slams|Slam|Rips|Rip|Blasts|Blast|Praises|Praise|Hits|Hit|Bashes|Bash|Endorses|Endorse|Backs|Back|Defends|Defend|Attacks|Attack|Accuses|Accuse|Knocks|Knock|Rebukes|Rebuke|Criticizes|Criticize|Questions|Question|Rejects|Reject|Dismisses|Dismiss|Demands|Demand|Wants|Want|Pledges|Pledge|Promises|Promise|Shows|Show|Finds|Find';
/** "Mayor Reyes Says Bridge Will Reopen": a title-case speaker of up to five words, the verb, the words said. */
const HEADLINE_SAYS = new RegExp(
  `^((?:\\p{Lu}[\\p{L}.'’-]*|of|the|and) ){1,5}?(${HEADLINE_VERBS}) (?=\\S)`,
  'u',
);
/** "Bridge Will Reopen in May, Mayor Says": the words said, a comma, the speaker and the verb. */
const HEADLINE_SAYS_AFTER = new RegExp(
  `, ((?:\\p{Lu}[\\p{L}.'’-]*|of|the|and)(?: (?:\\p{Lu}[\\p{L}.'’-]*|of|the|and)){0,5}) (${HEADLINE_VERBS})\\.?$`,
  'u',
);

/** Whether every word of four letters or more is capitalized (a headline in title case). */
function titleCase(words: string): boolean {
  const long = words.match(/\p{L}[\p{L}'’-]{3,}/gu) ?? [];
  return long.length >= 2 && long.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Headlines that attribute with a verb of saying in title case: "Mayor Reyes Says Bridge Will
 * Reopen", "Bridge Will Reopen in May, Mayor Says". A short paragraph with no final sentence.
 */
function headlineSays(view: EnView, direct: readonly Span[]): Attribution[] {
  const out: Attribution[] = [];
  const text = view.doc.text;
  for (const para of view.doc.paragraphs) {
    if (para.end - para.start > 200) continue;
    const line = text.slice(para.start, para.end);
    if (/[\r\n]/u.test(line) || /[.!?]\s+\S/u.test(line)) continue;
    let speaker: Span | null = null;
    let content: Span | null = null;
    let verb: Span | null = null;
    // "Council Backs Ferry Plan, Mayor Says": a trailing ", X Says" names the speaker
    const after = HEADLINE_SAYS_AFTER.exec(line);
    const before = after ? null : HEADLINE_SAYS.exec(line);
    if (before) {
      const v = before[2] ?? '';
      const vStart = para.start + before[0].length - v.length - 1;
      speaker = { start: para.start, end: vStart - 1 };
      verb = { start: vStart, end: vStart + v.length };
      content = view.trim(verb.end, para.end);
    } else if (after) {
      const who = after[1] ?? '';
      const at = para.start + after.index;
      speaker = { start: at + 2, end: at + 2 + who.length };
      verb = { start: speaker.end + 1, end: speaker.end + 1 + (after[2] ?? '').length };
      content = view.trim(para.start, at);
    }
    if (!speaker || !verb || !content || view.wordsBetween(content.start, content.end) < 3) continue;
    // a title-case line: the words said open with a capital, and a headline ends with no period
    if (!/^[\p{Lu}\p{N}'‘"“]/u.test(text.slice(content.start, content.end))) continue;
    // (with a period, only a verb in -s and every longer word said capitalized: "New Poll Shows
    // Big Gain.", not "Post Hit Piece Exploits …")
    if (
      before &&
      /\.\s*$/u.test(line) &&
      (!/s$/u.test(before[2] ?? '') || !titleCase(text.slice(content.start, content.end)))
    )
      continue;
    if (overlapsAny(content, direct)) continue;
    const phrase = view.phraseAfter(view.tokenAt(speaker.start), speaker.end);
    if (!phrase) continue;
    out.push(reported(content, verb, phrase, phrase.start, 'en.quote.headline-says'));
  }
  return out;
}

/**
 * Headlines that attribute with a colon ("Mayor Reyes: Bridge Will Reopen in May"): a short
 * paragraph with no final period, a label naming a speaker, and the words said after it.
 */
function headlineQuotes(view: EnView, direct: readonly Span[]): Attribution[] {
  const out: Attribution[] = [];
  for (const para of view.doc.paragraphs) {
    const h = colonHeadline(view, para, HEADLINE, direct);
    if (!h) continue;
    const label = view.doc.text.slice(h.name.start, h.name.end);
    // "PENCE: …" is a transcript turn; "Update: …" names no speaker
    if (label === label.toUpperCase() || NOT_SPEAKER_LABELS.has(label.toLowerCase().replace(' ', '-')))
      continue;
    out.push(
      reported(
        h.said,
        { start: h.name.end, end: h.name.end + 1 },
        { ...h.name, kind: 'name', name: h.name },
        h.name.start,
        'en.quote.headline-colon',
      ),
    );
  }
  return out;
}

/** How far (in characters) a cue-less quote may stand from the previous quote it continues. */
const CONTINUE_WITHIN = 800;

function sameParagraph(doc: Doc, a: number, b: number): boolean {
  return !/[\r\n]/.test(doc.text.slice(a, b));
}

interface CueFound {
  cue: Span;
  phrase: Phrase | null;
  rule: string;
}

function directQuote(
  view: EnView,
  q: { start: number; end: number; innerStart: number; innerEnd: number; closed: boolean },
  prevEnd: number,
  nextStart: number,
): Attribution | null {
  // (Attributions are built with Object.assign, not object spread: on this V8 `{ ...a, ...b, k }`
  // builds a new hidden class per object, several microseconds and hundreds of bytes each, which
  // dominated a document of 60,000 quotes. Object.assign gives the same keys in the same order.)
  const base = { start: q.start, end: q.end, type: 'direct' as const, continues: false };
  // A transcript turn: "PENCE: Well, look, …" — the speaker's label, then the words.
  if (startsTurn(view.doc.text, q.innerStart)) {
    const colon = view.doc.text.indexOf(':', q.innerStart);
    const label = { start: q.innerStart, end: colon };
    let s = colon + 1;
    let e = q.closed ? q.innerEnd : q.end;
    while (s < e && /\s/u.test(view.doc.text[s]!)) s++;
    while (e > s && /\s/u.test(view.doc.text[e - 1]!)) e--;
    const content = e > s ? { start: s, end: e } : null;
    if (content) {
      return Object.assign(base, content, {
        cue: { start: colon, end: colon + 1 },
        phrase: { start: label.start, end: label.end, kind: 'name' as const, name: label },
        anchor: label.start,
        rule: 'en.quote.transcript-turn',
      });
    }
  }
  const after = q.closed ? cueAfter(view, q, nextStart) : null;
  if (after) {
    // 'The tunnel is “a waste of money,” Smith said': a quote inside a clause takes the clause
    const start = clauseBefore(view, q.start, prevEnd) ?? q.start;
    // '“You squeezed employees” to drive up the price, she said': the words up to the cue's comma
    const at = Math.min(after.cue.start, after.phrase?.start ?? after.cue.start);
    if (runsOn(view, q) && at > q.end) {
      const comma = view.doc.text.lastIndexOf(',', at);
      const tail = comma > q.end ? view.trim(q.end, comma) : null;
      if (tail && view.wordsBetween(tail.start, tail.end) > 0)
        return Object.assign(base, after, { start, end: tail.end, anchor: q.start });
    }
    return Object.assign(base, after, { start, anchor: q.start });
  }
  const before = cueBefore(view, q.start, prevEnd);
  if (before) {
    const { found, contentStart } = before;
    // A quote mixed into reported speech: the whole reported content is the quote.
    const start = contentStart ?? q.start;
    let end = q.end;
    // 'he said "budget reforms" and unpaid taxes would pay for it': a quote that opens what was
    // said runs on in the sentence
    if ((contentStart !== undefined || runsOn(view, q)) && !namingEnds(view, found.cue, q.end)) {
      const tail = view.trim(q.end, view.clauseEnd(q.end));
      if (tail && view.wordsBetween(tail.start, tail.end) > 0) {
        end = tail.end;
      }
    }
    base.start = start;
    base.end = end;
    return Object.assign(base, found, { anchor: found.cue.start });
  }
  // He said:\n\n“…” — the cue closes the paragraph before
  const colonCue = introducedByColon(view, q.start);
  if (colonCue) return Object.assign(base, colonCue, { anchor: colonCue.cue.start });
  if (view.startsSentence(q.start) && view.wordsBetween(q.start, q.end) >= 1 && !isSubhead(view, q)) {
    base.continues = true;
    return Object.assign(base, { cue: null, phrase: null, anchor: q.start, rule: 'en.quote.continued' });
  }
  return quotedAfterVerb(view, q);
}

/**
 * The title of a work in quotation marks after a preposition, an article or a possessive ("a clip
 * of ‘The 411’", "MSNBC's “Morning Joe”"): every word capitalized, at most eight, no final stop.
 */
function isTitle(view: EnView, q: { start: number; innerStart: number; innerEnd: number }): boolean {
  if (q.innerEnd - q.innerStart > 120) return false;
  const before = view.tokenAt(q.start) - 1;
  const b = view.lower(before);
  if (!(WORDS_BEFORE_TITLE.has(b) || b.endsWith("'s") || b.endsWith('’s'))) return false;
  const words = headingWords(view.doc.text.slice(q.innerStart, q.innerEnd));
  if (words.length === 0 || words.length > 8) return false;
  return inHeadingCase(words);
}

/**
 * The quotes but the titles of works (isTitle): the list itself when it holds none, as it mostly does
 * (a megabyte of quotation marks pairs hundreds of thousands: no copy of them).
 */
function withoutTitles(view: EnView, quotes: MarkedQuote[]): MarkedQuote[] {
  for (let i = 0; i < quotes.length; i++) {
    if (!isTitle(view, quotes[i]!)) continue;
    const out = quotes.slice(0, i);
    for (let j = i + 1; j < quotes.length; j++) if (!isTitle(view, quotes[j]!)) out.push(quotes[j]!);
    return out;
  }
  return quotes;
}

/** Words before the title of a work ("an episode of “…”"), besides a possessive. */
const WORDS_BEFORE_TITLE = new Set('of in on at for from with by the a an'.split(' '));

/** The words of a quoted phrase, to tell a heading or a title ("All Bets Are Off."). */
function headingWords(s: string): string[] {
  return s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** Does every word open with a capital or a digit, but for the small words after the first? */
function inHeadingCase(words: readonly string[]): boolean {
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && HEADING_SMALL.has(w)));
}

/** Words a title-case heading leaves in lower case ("Legend in the Coal Fields"). */
const HEADING_SMALL = new Set('a an the and or but nor of in on at to for by with from as is'.split(' '));

/**
 * A subheading in quotation marks: a paragraph that holds nothing but a short quoted phrase in
 * title case ('All Bets Are Off.'), which continues no one's words.
 */
function isSubhead(
  view: EnView,
  q: { start: number; end: number; innerStart: number; innerEnd: number },
): boolean {
  const text = view.doc.text;
  // only spaces between the paragraph's breaks and the quote (looked at within a short reach)
  if (q.innerEnd - q.innerStart > 120) return false;
  const before = text.slice(Math.max(0, q.start - 20), q.start);
  const after = text.slice(q.end, q.end + 20);
  const opens = q.start < 20 ? /^\s*$/u.test(before) || /\n\s*$/u.test(before) : /\n\s*$/u.test(before);
  const closes = q.end + 20 >= text.length ? /^\s*(?:\n|$)/u.test(after) : /^\s*\n/u.test(after);
  if (!opens || !closes) return false;
  const words = headingWords(text.slice(q.innerStart, q.innerEnd));
  if (words.length < 2 || words.length > 8) return false;
  return inHeadingCase(words);
}

/**
 * Where the clause holding a quote starts, when the quote stands inside it after a word ("The
 * tunnel is “a waste”"): the sentence start (or the end of the quote before), if the words
 * between hold no quotation mark. Null when the quote opens its clause.
 */
function clauseBefore(view: EnView, quoteStart: number, prevEnd: number): number | null {
  const k = view.tokenAt(quoteStart);
  if (k === 0 || !view.isWord(k - 1)) return null;
  const floor = Math.max(view.sentenceStart(quoteStart), prevEnd);
  const first = view.tokenAt(floor);
  if (k - first < 2 || k - first > 40 || view.hasQuoteMark(floor, quoteStart)) return null;
  // a cue before the quote belongs to the rules for cues before ("Smith said the plan is “…”")
  for (let j = first; j < k; j++)
    if (view.isVerb(j) || view.text(j) === ',' || view.text(j) === ':') return null;
  return view.start(first);
}

/** A closed quote with no final punctuation that a lowercase word continues ("“a mistake” to …"). */
function runsOn(
  view: EnView,
  q: { end: number; innerStart: number; innerEnd: number; closed: boolean },
): boolean {
  const next = view.tokenAt(q.end);
  return (
    q.closed &&
    !/[,.!?;:]$/u.test(view.doc.text.slice(q.innerStart, q.innerEnd).trimEnd()) &&
    /^\p{Ll}/u.test(view.text(next)) &&
    !view.startsAttribution(next)
  );
}

/**
 * A quoted phrase inside a clause whose verb is not one of saying ("Reid has gone after Trump as a
 * “con artist”", "Clinton criticized the law as a “crazy system”"): the clause's object with the
 * quote is what the subject is reported to have said.
 */
function quotedAfterVerb(
  view: EnView,
  q: { start: number; end: number; innerStart: number; innerEnd: number; closed: boolean },
): Attribution | null {
  const floor = view.sentenceStart(q.start);
  const qk = view.tokenAt(q.start);
  for (let k = qk - 1; k >= 0 && view.start(k) >= floor && qk - k <= 12; k--) {
    const t = view.text(k);
    if (t === ',' || t === ';' || t === ':' || QUOTE_CHARS.test(t)) return null;
    // "Reid has gone after Trump as a “con artist”": a verb of going with its particle
    if (
      view.lower(k) === 'after' &&
      /^(go|goes|going|gone|went|come|comes|coming|came)$/u.test(view.lower(k - 1))
    ) {
      const phrase = view.subjectBefore(k - 1, floor);
      if (!phrase || view.lower(view.tokenAt(q.start) - 1) === 'after') return null;
      const rest = runsOn(view, q) ? view.trim(q.end, view.clauseEnd(q.end)) : null;
      return {
        start: view.start(k + 1),
        end: rest && view.wordsBetween(rest.start, rest.end) > 0 ? rest.end : q.end,
        type: 'direct',
        cue: { start: view.start(k - 1), end: view.end(k) },
        phrase,
        anchor: phrase.start,
        continues: false,
        rule: 'en.quote.after-verb',
      };
    }
    if (!view.looksLikeVerb(k)) continue;
    // "Website Shows Bias …", "what he calls “hell”", "requires a “targeted area”": a headline
    // word, a free relative, or a verb that reports nothing; any -ing verb before "X as a “…”"
    // judges X ("pounding Trump as a “con artist”")
    const judged =
      /^\p{Ll}{3,}ing$/u.test(view.text(k)) &&
      asBefore(view, qk) &&
      !view.looksLikeVerb(view.tokenAt(q.end)) &&
      !AUXILIARIES.has(view.lower(view.tokenAt(q.end)));
    if (!afterVerbCue(view, k) && !judged) return null;
    // 'passed the so-called "foreign agents" law', 'arrested two "suspicious" men': a quoted word
    // inside a noun phrase, after a verb that reports nothing, is the writer's scare quote
    const vk = view.lower(k);
    if (
      (!reportsSpeech(vk) || (RESTRICTED_OBJECT_VERBS.has(vk) && !fitsRestrictedObject(view, vk, k + 1))) &&
      scareQuote(view, q)
    )
      return null;
    const phrase = view.subjectBefore(k, floor);
    if (!phrase) return null;
    let b = view.tokenAt(phrase.start) - 1;
    while (b > 0 && DETERMINERS.has(view.lower(b))) b--;
    if (FREE_RELATIVE.has(view.lower(b))) return null;
    // 'likened the refugees to a “vicious snake” in a song': the clause runs on after the quote
    // … but a phrase of time or occasion after the quote is no part of it ("on Wednesday")
    const n = view.lower(view.tokenAt(q.end));
    const occasion = isTimeWord(n) || /^(on|during|at|while|when|after|before)$/u.test(n);
    const tail = runsOn(view, q) && !occasion ? view.trim(q.end, view.clauseEnd(q.end)) : null;
    return {
      start: view.start(k + 1),
      end: tail && view.wordsBetween(tail.start, tail.end) > 0 ? tail.end : q.end,
      type: 'direct',
      cue: { start: view.start(k), end: view.end(k) },
      phrase,
      anchor: phrase.start,
      continues: false,
      rule: 'en.quote.after-verb',
    };
  }
  return null;
}

/**
 * A quoted word or two that modifies a noun ("the so-called “foreign agents” law", "two
 * “suspicious” men"): after "so-called", or between a determiner or number and a noun.
 */
function scareQuote(
  view: EnView,
  q: { start: number; end: number; innerStart: number; innerEnd: number },
): boolean {
  const inner = view.doc.text.slice(q.innerStart, q.innerEnd).trim();
  if (inner.length === 0 || /[,.!?;:]/u.test(inner) || inner.split(/\s+/u).length > 3) return false;
  const before = view.lower(view.tokenAt(q.start) - 1);
  if (before === 'so-called') return true;
  if (
    !(
      DETERMINERS.has(before) ||
      /^(two|three|four|five|several|some|these|those|this|that|\d+)$/u.test(before)
    )
  )
    return false;
  const n = view.tokenAt(q.end);
  const next = view.lower(n);
  return (
    /^\p{Ll}+$/u.test(view.text(n)) &&
    !view.looksLikeVerb(n) &&
    !AUXILIARIES.has(next) &&
    !isPreposition(next) &&
    !/^(and|or|but|that|which|who|as|than|to)$/u.test(next)
  );
}

/** Whether "as" (with "a", "an", "the" or "being") stands right before token qk ("as a “…”"). */
function asBefore(view: EnView, qk: number): boolean {
  const p = view.lower(qk - 1);
  return p === 'as' || (/^(a|an|the|being)$/u.test(p) && view.lower(qk - 2) === 'as');
}

/** Verbs that name or judge something with a quoted word ("called the plan “a disaster”"). */
const NAMING_VERBS = new Set(
  'call calls called calling describe describes described describing label labels labeled labelled dub dubbed term termed brand branded blast blasted slam slammed denounce denounced decry decried criticize criticized praise praised accuse accuses accused accusing'.split(
    ' ',
  ),
);

/**
 * "blasted Clinton as a “disgrace” Wednesday on a radio show": after a verb of naming, the quoted
 * word closes what was said when only a phrase of time, place or occasion follows it.
 */
function namingEnds(view: EnView, cue: Span, quoteEnd: number): boolean {
  if (!NAMING_VERBS.has(view.doc.text.slice(cue.start, cue.end).toLowerCase())) return false;
  const n = view.tokenAt(quoteEnd);
  const w = view.lower(n);
  return view.text(n) === ',' || isTimeWord(w) || /^(in|on|at|during|over|after|before|while|when)$/u.test(w);
}

/**
 * A verb that can take a quoted phrase as what someone said or how they judged something: a
 * verb of saying, reporting or judging, or a lowercase past form ("likened", "exhorted").
 */
function afterVerbCue(view: EnView, k: number): boolean {
  if (view.isCapitalized(k)) return false;
  const w = view.lower(k);
  return (
    view.isVerb(k) ||
    MIXED_VERBS.has(w) ||
    REPORT_VERBS.has(w) ||
    OBJECT_VERBS.has(w) ||
    /^\p{Ll}{3,}ed$/u.test(w)
  );
}

/** A paragraph ending "Smith said:" right before the quote: that clause's verb and subject. */
function introducedByColon(view: EnView, quoteStart: number): CueFound | null {
  const text = view.doc.text;
  let i = quoteStart - 1;
  while (i >= 0 && /\s/u.test(text[i]!)) i--;
  if (i < 0 || text[i] !== ':' || !/[\r\n]/.test(text.slice(i, quoteStart))) return null;
  const colon = view.tokenAt(i);
  const floor = view.sentenceStart(i);
  for (let k = colon - 1; k >= 0 && view.start(k) >= floor && colon - k <= 12; k--) {
    if (!view.isVerb(k)) continue;
    const phrase = view.subjectBefore(k, floor);
    if (!phrase) return null;
    return {
      cue: { start: view.start(k), end: view.end(k) },
      phrase,
      rule: 'en.quote.colon-paragraph-before',
    };
  }
  return null;
}

/** Does an office's title ("Civil Protection Minister") open the speaker after the joiner at j? */
function titledAfter(view: EnView, j: number): boolean {
  for (let m = j + 1; m < j + 5 && view.isCapitalized(m); m++) if (TITLES.has(view.lower(m))) return true;
  return false;
}

/** "…," said Smith / "…," Smith said / "…," he told reporters / "…," according to Smith. */
function cueAfter(view: EnView, q: { end: number; innerEnd: number }, limit: number): CueFound | null {
  let k = view.tokenAt(q.end);
  while (k < view.size && view.text(k) === ',' && view.start(k) < limit) k++;
  if (k >= view.size || view.start(k) >= limit) return null;
  // "…” ― Jane Smith" (a dash and the name)
  if (/^[―—–-]$/.test(view.text(k))) {
    const phrase = view.phraseAfter(k + 1, limit);
    if (phrase?.kind !== 'name') return null;
    return { cue: { start: view.start(k), end: view.end(k) }, phrase, rule: 'en.quote.dash-speaker-after' };
  }
  // A quote that ends its sentence ('… win." Smith then left') only takes a lowercase cue or a
  // short "Smith said." clause.
  const lastInner = view.doc.text[q.innerEnd - 1] ?? '';
  const ended = /[.]/.test(lastInner);
  const w = view.lower(k);
  if (view.isVerb(k) || view.isParticiple(k)) {
    // "…," said Smith. / "…," said union president Keisha Brown.
    const phrase = view.speakerAfter(k + 1, limit);
    if (!phrase) return null;
    return { cue: { start: view.start(k), end: view.end(k) }, phrase, rule: 'en.quote.verb-speaker-after' };
  }
  if (w === 'according' && view.lower(k + 1) === 'to') {
    const phrase = view.phraseAfter(k + 2, limit);
    return {
      cue: { start: view.start(k), end: view.end(k + 1) },
      phrase,
      rule: 'en.quote.according-to-after',
    };
  }
  // "…," Smith said. / "…," the spokesman told reporters. / "…," panel Chairman Rep. X (R-Utah) said.
  const found = view.verbAhead(k, limit);
  if (found !== null) {
    const subject = view.subjectBefore(found, view.start(k));
    // '“robust steps” in response, and he urged …': a new clause after "and", no trailing cue
    // ("Climate Crisis and Civil Protection Minister X told": "and" joins two fields of one office)
    const joiner = subject === null ? -1 : view.tokenAt(subject.start) - 1;
    const coordinated =
      subject !== null &&
      subject.start > view.start(k) &&
      /^(and|but|while|as)$/u.test(view.lower(joiner)) &&
      !(
        view.lower(joiner) === 'and' &&
        view.isCapitalized(joiner - 1) &&
        joiner - 1 >= k &&
        titledAfter(view, joiner)
      );
    if (subject && !coordinated) {
      // after a quote that ends its sentence only a closing "Smith said." belongs to it
      if (ended && !/^\.?$/.test(view.text(view.skipTime(found + 1)))) return null;
      // 'his “Live Wire” radio program who said': a title with no punctuation, then a relative
      // clause, is no quote with its cue
      if (view.lower(found - 1) === 'who' && !/[,.!?…—-]/u.test(lastInner) && view.text(k) !== ',')
        return null;
      return {
        cue: { start: view.start(found), end: view.end(found) },
        phrase: subject,
        rule: 'en.quote.speaker-verb-after',
      };
    }
  }
  const phrase = view.phraseAfter(k, limit);
  if (!phrase) return null;
  let v = view.skipBrackets(view.tokenAt(phrase.end));
  // "Smith, a doctor at X, said" after the quote
  // "Smith, the state's attorney general, one of the officials suing, said": up to three parts
  for (let part = 0; part < 3 && view.text(v) === ','; part++) {
    let m = v + 1;
    while (m < view.size && view.start(m) < limit && view.text(m) !== ',' && m - v < 16) m++;
    if (view.text(m) !== ',') break;
    v = m + 1;
    if (view.isVerb(v) || ADVERBS.has(view.lower(v))) break;
    v = m;
  }
  if (view.text(v) === ',') v++;
  while (ADVERBS.has(view.lower(v)) && view.start(v) < limit) v++;
  if (!view.isVerb(v) || view.start(v) >= limit) return null;
  if (ended) {
    // only a bare "Smith said." closes the sentence
    const after = view.text(v + 1);
    if (after !== '.' && after !== '' && after !== ',') return null;
  }
  return { cue: { start: view.start(v), end: view.end(v) }, phrase, rule: 'en.quote.speaker-verb-after' };
}

/**
 * Smith said: "…" / He told reporters, "…" / According to Smith, "…" / Smith called it "a
 * disaster" (a quote mixed into reported speech: contentStart says where the reported content starts).
 */
function cueBefore(
  view: EnView,
  quoteStart: number,
  prevEnd: number,
): { found: CueFound; contentStart?: number } | null {
  const sentenceStart = view.sentenceStart(quoteStart);
  const floor = Math.max(sentenceStart, prevEnd);
  const last = view.tokenAt(quoteStart) - 1;
  for (let k = last, seen = 0; k >= 0 && view.start(k) >= floor && seen < 40; k--, seen++) {
    const w = view.lower(k);
    const cue = { start: view.start(k), end: view.end(k) };
    if (w === 'according' && view.lower(k + 1) === 'to') {
      // "According to conservative talk radio host Rush Limbaugh, “…”", "According to a
      // complaint filed by …, “…”"
      const phrase = view.speakerAfter(k + 2, quoteStart) ?? sourceUpTo(view, k + 2, quoteStart);
      return {
        found: {
          cue: { start: cue.start, end: view.end(k + 1) },
          phrase,
          rule: 'en.quote.according-to-before',
        },
      };
    }
    // "Said Ellis: “…”": a verb of saying that opens the sentence, before its speaker
    const opening =
      view.start(k) === sentenceStart &&
      view.isCapitalized(k) &&
      SPEECH_VERBS.has(w) &&
      !NOUN_LIKE_VERBS.has(w);
    // "As one resident put it: “…”": the words that follow are how the subject put it
    const putIt =
      w === 'put' &&
      view.lower(k + 1) === 'it' &&
      /^[:,]$/u.test(view.text(k + 2)) &&
      k + 3 === last + 1 &&
      view.lower(view.tokenAt(sentenceStart)) === 'as';
    const verb = view.isVerb(k) || MIXED_VERBS.has(w) || opening || putIt;
    if (!verb && !view.isParticiple(k)) continue;
    // "Smith is telling voters …": a progressive has its subject before the auxiliary
    let phrase =
      verb || BE_FORMS.has(view.lower(k - 1))
        ? (view.subjectBefore(k, floor) ?? (verb ? describedSubject(view, k, floor) : null))
        : subjectOfClause(view, k, floor, true);
    // "As one resident put it: …": a described subject; never the "it" after the verb
    if (putIt && !phrase) phrase = looseSubject(view, k, floor, true);
    if (putIt && !phrase) continue;
    // "Roberts said that she thinks …", "Ban condemned what he called …": a pronoun inside a
    // clause that a named subject reports is that subject
    // "He laughed and said, “…”": the subject the verb shares with the verb before "and"
    if (!phrase && verb && /^(and|but)$/u.test(view.lower(k - 1)) && /^[,:]$/u.test(view.text(k + 1)))
      phrase = subjectAcross(view, k, floor);
    const own = phrase;
    if (phrase?.kind === 'pronoun') phrase = outerSubject(view, phrase, floor) ?? phrase;
    if (!phrase && verb) {
      // "said Smith: "…""
      const after = view.phraseAfter(k + 1, quoteStart);
      if (!after) continue;
      // "said it was “encouraged”": the subject of what was said, not the speaker
      const next = view.tokenAt(after.end);
      // "Said Ellis: “…”" (a name, then the colon or comma)
      const head = view.lower(view.tokenAt(after.start));
      if (
        opening &&
        (!/^[:,]$/u.test(view.text(next)) ||
          AUXILIARIES.has(head) ||
          FREE_RELATIVE.has(head) ||
          head === 'who')
      )
        continue;
      if (after.kind === 'pronoun' && (AUXILIARIES.has(view.lower(next)) || view.looksLikeVerb(next)))
        continue;
      return { found: { cue, phrase: after, rule: 'en.quote.verb-speaker-before' } };
    }
    // What stands between the verb and the quote: nothing much, or reported content with the
    // quote inside it.
    const between = betweenKind(view, k + 1, last);
    if (between === 'content') {
      if (seen > 40) return null;
      // 'passed the so-called "foreign agents" law', 'launched a "premium" line': a quoted word
      // inside what an act did is the writer's scare quote; a verb of saying further back may
      // still report the clause
      if (!reportsSpeech(w) || (RESTRICTED_OBJECT_VERBS.has(w) && !fitsRestrictedObject(view, w, k + 1)))
        continue;
      let c = k + 1;
      // "calling on leaders to “speak with one voice”", "called for a “full review”": the particle
      // belongs to the cue, as for an indirect quote
      let cueAt = cue;
      if (!REPORT_VERBS.has(w) && OBJECT_VERBS.get(w)?.has(view.lower(c)) && c < last) {
        cueAt = { start: cue.start, end: view.end(c) };
        c++;
      }
      if (view.lower(verb ? k : -1) === 'told') {
        while (c <= last && (view.isCapitalized(c) || TOLD_OBJECTS.has(view.lower(c)))) c++;
      }
      // "tweeted in the early morning hours that …": what was said starts after "that" (further
      // after "told", whose object may be long: "told one of his young protégés on a regular basis that …")
      const reach = /^(told|tells|tell)$/u.test(w) ? 16 : 8;
      for (let t = c; t <= last && t - c < reach; t++) {
        if (view.lower(t) === 'that') {
          c = t;
          break;
        }
      }
      // what was said opens with its "that", as for indirect quotes
      // "…, he said, can “rock”": the aside's comma is not part of what was said
      while (c < last && view.text(c) === ',') c++;
      // "These employees, Stumpf explained at the hearing, were “well-paid”": a cue set off by
      // commas inside the sentence; what was said is the sentence around it
      let open = own ? view.tokenAt(own.start) - 1 : -1;
      while (open > 0 && DETERMINERS.has(view.lower(open))) open--;
      if (
        own !== null &&
        view.text(open) === ',' &&
        view.start(open) > sentenceStart &&
        view.lower(view.tokenAt(sentenceStart)) !== 'according'
      ) {
        let comma = -1;
        for (let j = k + 1; j <= last && j - k < 10; j++) {
          if (view.text(j) === ',') {
            comma = j;
            break;
          }
          if (!view.isWord(j) || view.lower(j) === 'that') break;
        }
        if (comma >= 0 && comma < last && view.isWord(comma + 1)) {
          return {
            found: { cue, phrase, rule: 'en.quote.mixed' },
            contentStart: Math.max(sentenceStart, floor),
          };
        }
      }
      return {
        found: { cue: cueAt, phrase, rule: 'en.quote.mixed' },
        contentStart: view.start(c),
      };
    }
    // "what she called a “rant”": the relative clause is part of what is quoted
    const before = own ? view.tokenAt(own.start) - 1 : -1;
    if (phrase && view.lower(before) === 'what' && MIXED_VERBS.has(w)) {
      return { found: { cue, phrase, rule: 'en.quote.mixed' }, contentStart: view.start(before) };
    }
    return {
      found: { cue, phrase, rule: verb ? 'en.quote.speaker-verb-before' : 'en.quote.participle-before' },
    };
  }
  return null;
}

/** Does the verb w report what someone said, thought or judged ("said", "called", "praised", "believes")? */
function reportsSpeech(w: string): boolean {
  return (
    SPEECH_VERBS.has(w) ||
    REPORT_VERBS.has(w) ||
    OBJECT_VERBS.has(w) ||
    MIXED_VERBS.has(w) ||
    COGNITION_VERBS.has(w) ||
    PARTICIPLES.has(w)
  );
}

/** The subject of the clause a participle hangs on: "Smith left, saying "…"". */
function subjectOfClause(view: EnView, k: number, floor: number, roles = false): Phrase | null {
  let first = view.tokenAt(floor);
  // "SAN DIEGO — A federal judge …": the dateline is no part of the clause's subject
  const dateline = DATELINE.exec(view.doc.text.slice(floor, Math.min(view.start(k), floor + 60)));
  if (dateline) first = view.tokenAt(floor + dateline[0].length);
  else {
    // ("TBILISI, Georgia (AP) — Police …": a dateline with its country and agency too)
    const body = afterDateline(view.doc.text, floor);
    if (body > floor && body < view.start(k)) first = view.tokenAt(body);
  }
  // "On Monday night, Clinton leaned in, painting …": past an opening phrase and its comma
  // ("Chastened by the polls, Hale revised his plan, promising …", "Speaking at a rally, …": past an opening
  // participle and its phrase)
  const participle =
    /^\p{Lu}\p{Ll}+(?:ed|en|ing)$/u.test(view.text(first)) && PREPOSITIONS.has(view.lower(first + 1));
  if (
    PREPOSITIONS.has(view.lower(first)) ||
    /^(after|before|when|while|as|at|last|earlier|later)$/u.test(view.lower(first)) ||
    participle
  ) {
    for (let j = first + 1; j < k && j - first < 20; j++) {
      // (a participle's phrase runs on past a comma to a capital or a pronoun: "Chastened by the analyses, as well
      // as complaints over its costs, Trump revised …")
      if (
        view.text(j) === ',' &&
        (!participle || /^\p{Lu}/u.test(view.text(j + 1)) || PRONOUNS.has(view.lower(j + 1)))
      ) {
        first = j + 1;
        break;
      }
    }
  }
  for (let j = first; j < k && j - first < 4; j++) {
    if (PRONOUNS.has(view.lower(j))) return { start: view.start(j), end: view.end(j), kind: 'pronoun' };
  }
  const phrase = view.phraseAfter(first, view.start(k)) ?? (roles ? clauseSubject(view, first, k) : null);
  if (!phrase) return null;
  // "In …", "During …": an opening word is no subject
  const only = view.doc.text.slice(phrase.start, phrase.end).toLowerCase();
  if (SENTENCE_OPENERS.has(only) || PREPOSITIONS.has(only)) return null;
  // "The judge has …, saying": a described speaker, when its head can report
  return phrase.kind !== 'role' || (roles && headsPhrase(view, phrase)) ? phrase : null;
}

/** "The union sued …": the words from the clause's start up to its verb (at most six), as a role. */
function clauseSubject(view: EnView, first: number, limit: number): Phrase | null {
  let j = first;
  while (
    j < limit &&
    j - first < 6 &&
    view.isWord(j) &&
    !AUXILIARIES.has(view.lower(j)) &&
    !view.looksLikeVerb(j)
  )
    j++;
  if (j === first || j >= limit || !(AUXILIARIES.has(view.lower(j)) || view.looksLikeVerb(j))) return null;
  let s = first;
  while (s < j - 1 && (SENTENCE_OPENERS.has(view.lower(s)) || DETERMINERS.has(view.lower(s)))) s++;
  return { start: view.start(s), end: view.end(j - 1), kind: 'role' };
}

/**
 * Who a participle after a comma reports for: the speaker of a cue right before it ("…,” he said,
 * adding …"), or the subject of the clause it hangs on ("The union sued, arguing …").
 */
function participleSubject(view: EnView, k: number, floor: number): Phrase | null {
  // "she said in the Oval Office, emphasizing …", "…,” said Smith on Friday, citing …": the
  // verb of saying a few words back, with its subject before or after it
  for (let v = k - 2; v > 0 && k - v < 9 && view.start(v) >= floor; v--) {
    if (!view.isWord(v) && !view.isAbbrevDot(v)) break;
    if (view.isVerb(v) || REPORT_VERBS.has(view.lower(v))) {
      const phrase =
        view.subjectBefore(v, floor) ??
        (/^[,"“”']$/u.test(view.text(v - 1)) ? view.phraseAfter(v + 1, view.start(k - 1)) : null);
      if (phrase) return phrase;
      break;
    }
  }
  const subject = subjectOfClause(view, k, floor, true);
  // "Shares fell after the company cut its forecast, citing …": prices and shares cite nothing;
  // the subject of the clause after "after", "when", "as" or "because" does, or no one
  if (subject && cannotSpeak(view, subject)) {
    for (let j = view.tokenAt(subject.end); j < k - 1; j++) {
      if (!SUBORDINATE_CAUSES.has(view.lower(j))) continue;
      const inner = view.phraseAfter(j + 1, view.start(k - 1)) ?? describedAfter(view, j + 1);
      return inner && headsPhrase(view, inner) && !cannotSpeak(view, inner) ? inner : null;
    }
    return null;
  }
  return subject;
}

/** A subject headed by a noun of quantities ("Shares", "oil prices"), not a name that looks like one. */
function cannotSpeak(view: EnView, phrase: Phrase): boolean {
  const head = view.tokenAt(phrase.end) - 1;
  // "Oil prices": a name that modifies the noun after it
  if (NON_AGENTS.has(view.lower(head + 1)) && /^\p{Ll}/u.test(view.text(head + 1))) return true;
  if (!NON_AGENTS.has(view.lower(head))) return false;
  return phrase.kind === 'role' || (head === view.tokenAt(phrase.start) && view.startsSentence(phrase.start));
}

/** "the company", "the oil cartel", "its new owners": a determiner and a noun that can report. */
function describedAfter(view: EnView, d: number): Phrase | null {
  if (!DETERMINERS.has(view.lower(d))) return null;
  for (let h = d + 1; h <= d + 3 && /^\p{Ll}+$/u.test(view.text(h)); h++) {
    const w = view.lower(h);
    if (ROLE_NOUNS.has(w) || REPORTER_NOUNS.has(w))
      return { start: view.start(d), end: view.end(h), kind: 'role' };
  }
  return null;
}

/** Nouns of quantities and markets, which move but never say anything ("Shares fell, citing …"). */
const NON_AGENTS = new Set(
  `shares stocks stock prices price markets sales profits profit revenue revenues earnings rates
  yields bonds futures exports imports output inflation costs indexes indices index currency
  temperatures values volumes`
    .trim()
    .split(/\s+/u),
);

/** Words that open a clause of time or cause inside a sentence ("… after the company cut …"). */
const SUBORDINATE_CAUSES = new Set(['after', 'when', 'as', 'because', 'since', 'once']);

/** Between a verb and its quote: only punctuation and light words ("said on Monday:") or content. */
function betweenKind(view: EnView, from: number, to: number): 'light' | 'content' {
  // "said: “…”", "told reporters, “…”": the quote is introduced, not mixed in
  if (to < from || view.text(to) === ':') return 'light';
  // "said that if elected, “…”": a that-clause the quote completes is content all the same
  if (view.text(to) === ',') {
    let that = -1;
    for (let j = from; j < to && j - from < 6; j++) if (view.lower(j) === 'that') that = j;
    if (that < 0 || view.wordsBetween(view.start(that + 1), view.start(to)) < 2) return 'light';
  }
  let words = 0;
  for (let j = from; j <= to; j++) {
    if (!view.isWord(j)) continue;
    const w = view.lower(j);
    if (
      /^(that|on|in|at|a|an|the|to|of|statement|interview|reporters|twitter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|recently|later|earlier|then|also|simply|flatly)$/.test(
        w,
      )
    )
      continue;
    words++;
  }
  return words > 0 ? 'content' : 'light';
}

/** Smith said (that) … / …, Smith said. / According to Smith, … / …, according to Smith. */
function indirectQuotes(
  view: EnView,
  direct: readonly Attribution[],
  usedCues: ReadonlySet<number>,
): Attribution[] {
  const out: Attribution[] = [];
  // the subject shared with the attribution just before (looked for only when a cue needs it)
  const sharedAt = (k: number): Phrase | null =>
    sharedSubject(view, k, latest(out[out.length - 1], directBefore(direct, view.start(k))));
  let d = 0;
  const inDirect = (pos: number): boolean => {
    while (d < direct.length && direct[d]!.end <= pos) d++;
    return d < direct.length && direct[d]!.start <= pos;
  };
  for (let k = 0; k < view.size; k++) {
    const pos = view.start(k);
    if (inDirect(pos) || usedCues.has(pos)) continue;
    // "Smith said she plans to …": one attribution, not a second one right at the start of what
    // was said
    const last = out[out.length - 1];
    if (last && last.start <= pos && pos < last.end && k - view.tokenAt(last.start) <= 4) continue;
    const w = view.lower(k);
    if (w === 'according' && view.lower(k + 1) === 'to') {
      const a = accordingTo(view, k);
      if (a) out.push(a);
      continue;
    }
    // "Asked about the delay, Smith said …": the question put, up to the comma
    if (w === 'asked' && view.start(k) === view.sentenceStart(pos)) {
      const a = askedOpening(view, k);
      if (a) {
        if (!overlapsAny(a, direct)) out.push(a);
        continue;
      }
    }
    // "As Smith noted, …", "…, as one adviser pointed out, …"
    if (w === 'as') {
      const a = asCue(view, k);
      if (a) {
        if (!overlapsAny(a.attribution, direct)) out.push(a.attribution);
        k = a.comma;
        continue;
      }
    }
    // "is a staunch opponent of …", "has been critical of …": a stance the subject holds
    if (w === 'of' && (STANCE_HOLDERS.has(view.lower(k - 1)) || STANCE_ADJECTIVES.has(view.lower(k - 1)))) {
      const a = stanceOf(view, k);
      if (a) {
        if (!overlapsAny(a, direct)) out.push(a);
        continue;
      }
    }
    // "The vote is expected to pass", "It was announced that …": a passive report, no one named
    if (PASSIVE_REPORTS.has(w)) {
      const a = passiveReport(view, k);
      if (a) {
        if (!overlapsAny(a, direct)) out.push(a);
        continue;
      }
    }
    // "found that …", "believes that …": verbs of knowing and showing report with a that-clause
    // ("an hourlong show that aired": a base form after a modifier is a noun)
    const verb = view.isVerb(k);
    const thatVerb =
      !verb &&
      THAT_VERBS.has(w) &&
      view.lower(view.skipTime(k + 1)) === 'that' &&
      !(
        NOUN_LIKE_BASES.has(w) &&
        !BASE_BEFORE.has(view.lower(k - 1)) &&
        !view.verbAfter(k - 1) &&
        !isPlural(view.lower(k - 1))
      );
    if (/^(make|makes|made|making)$/u.test(w)) {
      const a = madeClear(view, k);
      if (a) {
        if (!overlapsAny(a, direct)) out.push(a);
        continue;
      }
    }
    if (!verb && !thatVerb) {
      const a = reportedBy(view, k, sharedAt);
      if (a && !overlapsAny(a, direct)) out.push(a);
      continue;
    }
    const sentenceStart = view.sentenceStart(pos);
    const cue = { start: pos, end: view.end(k) };
    // "Acts of protest, Smith said, are acts of patriotism.": the cue inside the sentence
    const aside = parentheticalCue(view, k, sentenceStart);
    if (aside) {
      if (!overlapsAny(aside, direct)) out.push(aside);
      continue;
    }
    // "Smith says … and said …": the second verb shares the subject
    const prev = out[out.length - 1];
    const shared =
      /^(and|but)$/.test(view.lower(k - 1)) &&
      prev?.phrase != null &&
      prev.start >= sentenceStart &&
      prev.end <= pos;
    let phrase = shared
      ? prev.phrase
      : (agentOrSubject(view, k, sentenceStart) ??
        subjectAcross(view, k, sentenceStart) ??
        coordinatedLoose(view, k, sentenceStart) ??
        longSubject(view, k, sentenceStart));
    // "what Smith says his plan would do", "everything he says": a free relative, whose content
    // is no clause of its own; "Having said that,": a formula
    if (phrase) {
      let b = view.tokenAt(phrase.start) - 1;
      while (b > 0 && DETERMINERS.has(view.lower(b))) b--;
      if (FREE_RELATIVE.has(view.lower(b))) continue;
    }
    if (view.lower(k - 1) === 'having') continue;
    // "Daniel Mercer, 58, of Riverton, who bought the mill, told …": the name that opens the
    // sentence, not a name inside its apposition
    if (phrase && !shared)
      phrase = overCoordinatedNames(view, leadOverApposition(view, k, sentenceStart, phrase));
    // "the elections it says are rigged" reports; "the money he says he needs", "admitted
    // East Timor as a member" do not
    if (phrase && (contactRelative(view, phrase) || lettingIn(view, k))) continue;
    // "swing states", "his remarks": a plural noun, not a verb, unless a name or pronoun precedes
    if (phrase && NOUN_LIKE_VERBS.has(w) && phrase.kind === 'role') phrase = null;
    const before = out.length;
    // "argued for a sentence of five years", "report to prison": a preposition and a noun are
    // no reported clause
    if (phrase && (goesTo(view, k, k + 1) || /^(for|against)$/u.test(view.lower(k + 1)))) phrase = null;
    // "declared a state of emergency", "declared bankruptcy": an act, not a statement
    if (phrase && declaresAct(w, view.lower(view.skipTime(k + 1)))) phrase = null;
    // "added a second before halftime", "argued desegregation cases": an act, not a statement
    if (phrase && actNotStatement(view, w, view.skipTime(k + 1))) phrase = null;
    // "Amazon reported a loss": figures a firm publishes, no statement
    if (
      phrase &&
      /^report(s|ed)?$/u.test(w) &&
      FIGURES_REPORTED.test(view.doc.text.slice(view.end(k), view.end(k) + 60).trimStart())
    )
      phrase = null;
    if (phrase) {
      const content = relativeEnd(view, k, view.contentAfter(k + 1, k));
      if (content && !overlapsAny(content, direct)) {
        out.push(reported(content, cue, phrase, phrase.start, 'en.quote.indirect-verb'));
        continue;
      }
    }
    // "…, Smith said." / "…, said Smith." / "…, he said."
    const inverted = invertedCue(view, k, sentenceStart);
    if (inverted) {
      const content =
        view.tokenAt(inverted.comma) - view.tokenAt(sentenceStart) <= MAX_CONTENT
          ? view.trim(sentenceStart, inverted.comma)
          : null;
      if (
        content &&
        view.wordsBetween(content.start, content.end) >= 3 &&
        !QUOTE_CHARS.test(view.doc.text[content.start] ?? '') &&
        !overlapsAny(content, direct)
      ) {
        out.push(reported(content, cue, inverted.phrase, content.start, 'en.quote.indirect-inverted'));
      }
    }
    // "believes the plan will fail": a verb of saying that the rules above did not take
    if (out.length === before) {
      const a = reportedBy(view, k, sharedAt);
      if (a && !overlapsAny(a, direct)) out.push(a);
    }
  }
  return out;
}

/** The last direct quote that ends at or before pos (the list is sorted by start), or undefined. */
function directBefore(direct: readonly Attribution[], pos: number): Attribution | undefined {
  let lo = 0;
  let hi = direct.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (direct[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && lo - i < 4; i--) if (direct[i]!.end <= pos) return direct[i];
  return undefined;
}

/** Of two attributions, the one that ends later. */
function latest(a: Attribution | undefined, b: Attribution | undefined): Attribution | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.end > a.end ? b : a;
}

/**
 * The speaker of the attribution just before, when the verb at k continues its sentence after
 * "and" or "but" ("Smith urged …, and (also) criticized …").
 */
function sharedSubject(view: EnView, k: number, prev: Attribution | undefined): Phrase | null {
  if (!prev?.phrase || !prev.cue) return null;
  let p = k - 1;
  while (p > 0 && ADVERBS.has(view.lower(p)) && k - p < 5) p--;
  if (!/^(and|but)$/u.test(view.lower(p))) return null;
  const floor = view.sentenceStart(view.start(k));
  return prev.cue.start >= floor && prev.end <= view.start(p) + 1 ? prev.phrase : null;
}

/**
 * "A, Smith said, B." — a cue set off by commas inside the sentence reports the whole sentence
 * around it.
 */
function parentheticalCue(view: EnView, k: number, floor: number): Attribution | null {
  if (view.isCapitalized(k) || NOUN_LIKE_VERBS.has(view.lower(k))) return null;
  // ("…, the statistics office said, …": a described speaker in lower case too)
  const phrase = view.subjectBefore(k, floor) ?? looseSubject(view, k, floor, true);
  if (!phrase) return null;
  let c = view.tokenAt(phrase.start) - 1;
  while (c > 0 && DETERMINERS.has(view.lower(c))) c--;
  let after = view.skipTime(k + 1);
  // ("…, the office said last week, …")
  if (/^(last|this|next)$/u.test(view.lower(after)) && /^(week|month|year)$/u.test(view.lower(after + 1)))
    after += 2;
  if (view.text(c) !== ',' || view.text(after) !== ',' || view.start(c) <= floor) return null;
  // the aside stands early in its sentence (and a run-on text is not scanned again per comma)
  if (c - view.tokenAt(floor) > 40) return null;
  // words on both sides: "Acts of protest" before, "are acts of patriotism" after
  const end = view.sentenceEnd(view.start(k));
  const before = view.trim(floor, view.start(c));
  // "…, tenant leaders said Friday, as the council met": the writer's clause follows
  if (AFTER_CUE.has(view.lower(after + 1))) return null;
  // "Inflation fell to 2.9%, the office said, its lowest level in a year" / "…, the company said,
  // above the 1.7 billion forecast": a phrase set beside the figure; "Talks resume on Monday, an aide said,
  // speaking on condition of anonymity" / "…, Smith said, mostly from the sale of the boat": a participle,
  // or an adverb and a preposition, after the aside tells how or why. No clause: what was said is before
  const next = view.lower(after + 1);
  if (
    before &&
    !view.hasQuoteMark(floor, end) &&
    (besideFigure(view, after + 1) ||
      (/^\p{Ll}{3,}ing$/u.test(view.text(after + 1)) &&
        !/(?:thing|during|morning|evening)$/u.test(next) &&
        // ("…, he said, replacing Clinton would be …": a gerund that opens the clause said)
        !auxiliaryUpTo(view, after + 2, end)) ||
      (view.lyAdverb(after + 1) && isPreposition(view.lower(after + 2))))
  )
    return reported(
      before,
      { start: view.start(k), end: view.end(k) },
      phrase,
      before.start,
      'en.quote.indirect-aside',
    );
  const rest = view.contentFrom(after + 1);
  if (!before || !rest || view.hasQuoteMark(floor, end)) return null;
  // "…, near the stadium, which, Smith said, is full on game days": the relative clause the
  // aside interrupts is what was said
  const from =
    /^(which|who)$/u.test(view.lower(c - 1)) && view.text(c - 2) === ',' ? view.start(c - 1) : floor;
  const span = view.trim(from, rest.end);
  if (!span) return null;
  return reported(
    span,
    { start: view.start(k), end: view.end(k) },
    phrase,
    span.start,
    'en.quote.indirect-aside',
  );
}

/** Words that open a phrase set beside a figure ("above the forecast", "its lowest level since 2020"). */
const BESIDE_FIGURE = new Set(['above', 'below', 'ahead', 'short', 'compared', 'up', 'down']);
const SUPERLATIVE = /^(?:\p{Ll}{2,}est|best|worst|first|most|least)$/u;

/** Does a phrase set beside a figure open at token j (a preposition of comparison, or "its" and a superlative)? */
/**
 * Does an auxiliary stand among tokens from j up to offset `end` ("… would be …"), before a comma or a
 * subordinate clause ("speaking on condition of anonymity because the talks are private")?
 */
function auxiliaryUpTo(view: EnView, j: number, end: number): boolean {
  for (let t = j; t < view.size && view.start(t) < end; t++) {
    const w = view.lower(t);
    if (view.text(t) === ',' || /^(because|as|since|while|when|after|before|if|although|though)$/u.test(w))
      return false;
    if (AUXILIARIES.has(w)) return true;
  }
  return false;
}

function besideFigure(view: EnView, j: number): boolean {
  const w = view.lower(j);
  if (BESIDE_FIGURE.has(w)) return /^(the|a|an|of|from|\d.*|\$.*|analysts['’]?)$/u.test(view.lower(j + 1));
  return /^(its|their|the)$/u.test(w) && SUPERLATIVE.test(view.lower(j + 1));
}

/** Words that may open what follows the verb of an as-clause before its comma ("as Smith noted in May,"). */
const AS_TAIL = new Set(
  'in on at during with last this earlier recently before after to from of repeatedly often yesterday'.split(
    ' ',
  ),
);

/**
 * "As Smith noted, the bridge is old." / "Rivers, as one adviser pointed out, rarely flood.": an
 * as-clause holding a verb of saying (or "pointed out", "put it") reports the sentence around it.
 * Returns the attribution and the comma that closes the as-clause.
 */
function asCue(view: EnView, k: number): { attribution: Attribution; comma: number } | null {
  const pos = view.start(k);
  const floor = view.sentenceStart(pos);
  const initial = pos === floor;
  // (a quote that ends with its comma: '… income," as a memo put it')
  const comma = view.text(k - 1) === ',' || (QUOTE_CHARS.test(view.text(k - 1)) && view.text(k - 2) === ',');
  if (!initial && !comma) return null;
  // the aside stands early in its sentence (and a run-on text is not scanned again per "as")
  if (k - view.tokenAt(floor) > 40) return null;
  // the verb, within a dozen tokens and before any comma
  let v = k + 2;
  let cueEnd = -1;
  for (
    ;
    v < view.size && v - k < 14 && (view.isWord(v) || view.isAbbrevDot(v) || view.text(v) === ',');
    v++
  ) {
    const t = view.lower(v);
    if (/^(pointed|points|point)$/u.test(t) && view.lower(v + 1) === 'out') cueEnd = v + 1;
    else if (/^(put|puts)$/u.test(t) && view.lower(v + 1) === 'it') cueEnd = v + 1;
    else if (view.isVerb(v) && !NOUN_LIKE_VERBS.has(t)) cueEnd = v;
    if (cueEnd >= 0) break;
  }
  if (cueEnd < 0) return null;
  // ("…, as inflation continued to ease": a verb that reports only with a that-clause, before "to", reports nothing)
  if (WEAK_VERBS.has(view.lower(cueEnd)) && view.lower(cueEnd + 1) === 'to') return null;
  // a short tail of time or place ("in a statement", "last week"), then the comma
  let e = cueEnd + 1;
  if (view.text(e) !== ',' && view.isWord(e)) {
    if (!AS_TAIL.has(view.lower(e)) && !isTimeWord(view.lower(e))) return null;
    while (e < view.size && e - cueEnd < 9 && view.isWord(e)) e++;
  }
  // "…, as a Homeland Security memo put it.": the as-clause closes the sentence
  const closing = !initial && /^[.!?]?$/u.test(view.text(e)) && view.start(e) >= view.sentenceEnd(pos) - 1;
  if (view.text(e) !== ',' && !closing) return null;
  // who: the subject between "as" and the verb
  const subjectFloor = view.start(k + 1);
  let last = v - 1;
  while (last > k && (ADVERBS.has(view.lower(last)) || AUXILIARIES.has(view.lower(last)))) last--;
  if (last <= k) return null;
  const phrase: Phrase = view.subjectBefore(v, subjectFloor) ??
    looseSubject(view, v, subjectFloor, true) ?? {
      start: view.start(skipOpeners(view, k + 1, last)),
      end: view.end(last),
      kind: 'role',
    };
  // what was said: after the comma, or the whole sentence around the aside, or before the
  // closing as-clause; a quoted fragment in it makes a mixed quote
  const rest = closing ? null : view.contentFrom(e + 1);
  if (!closing && !rest) return null;
  const span = closing
    ? reportedBefore(view, floor, view.text(k - 1) === ',' ? view.start(k - 1) : view.end(k - 1), true)
    : initial || QUOTE_CHARS.test(view.doc.text[rest!.start] ?? '')
      ? rest
      : view.trim(floor, rest!.end);
  if (!span) return null;
  return {
    comma: e,
    attribution: reported(
      span,
      { start: view.start(v), end: view.end(cueEnd) },
      phrase,
      phrase.start,
      'en.quote.indirect-aside',
    ),
  };
}

/** Prepositions: after a verb they open an adverbial, not the object ("asked for water"). */
const PREPOSITIONS = new Set(
  'for of with in on at by from into about over under after before since during as'.split(' '),
);
/** A preposition, "to" included (PREPOSITIONS leaves it out: after a verb "to" opens an infinitive). */
const isPreposition = (w: string): boolean => w === 'to' || PREPOSITIONS.has(w);

/**
 * The subject of a verb of saying that stands apart from it: after a long apposition ("Smith, an
 * economist who served as …, said") or a first clause ("Smith left the party and said …").
 */
function subjectAcross(view: EnView, k: number, floor: number): Phrase | null {
  // "… and has said", "… but did not say": auxiliaries and adverbs after the conjunction
  let p = k - 1;
  while (p > 0 && ADVERBS.has(view.lower(p)) && k - p < 5) p--;
  const prev = view.lower(p);
  // "--" comes as two tokens
  const isDash = (j: number): boolean =>
    DASHES.has(view.text(j)) ||
    (view.text(j) === '-' && (view.text(j - 1) === '-' || view.text(j + 1) === '-'));
  const dash = isDash(p);
  if (prev !== ',' && prev !== 'and' && prev !== 'but' && !dash) return null;
  const first = view.tokenAt(floor);
  if (dash && view.text(p - 1) === '-') p--;
  if (prev === ',' || dash) {
    const opens = (j: number): boolean => (dash ? isDash(j) : view.text(j) === ',');
    // the comma that opens the apposition, right after the subject
    let c = p - 1;
    while (c > first && !opens(c) && k - c < 40) c--;
    if (!opens(c) || c === first) return null;
    if (dash && view.text(c - 1) === '-') c--;
    const phrase = view.phraseAfter(first, view.start(c));
    if (phrase && phrase.kind === 'name' && view.tokenAt(phrase.end) === c) return phrase;
    // "The aviation agency, the body that oversees air travel, said": a described subject that
    // opens the sentence with its article, set off by its own comma
    if (
      phrase?.kind === 'role' &&
      !dash &&
      DETERMINERS.has(view.lower(first)) &&
      view.tokenAt(phrase.end) === c &&
      headsPhrase(view, phrase)
    )
      return phrase;
    // "Citizenship and Immigration Services, the agency that …, said": a body's capitalized name
    // with its joining words ("and", "of", "for") up to its comma
    if (!dash && c - first <= 10 && view.isCapitalized(c - 1) && !SENTENCE_OPENERS.has(view.lower(first))) {
      let j = first;
      while (j < c && (view.isCapitalized(j) || /^(and|of|for|the|&)$/u.test(view.lower(j)))) j++;
      if (j === c && view.isCapitalized(first))
        return { start: view.start(first), end: view.end(c - 1), kind: 'role' };
    }
    // "Mary Jones, 59, of Dover, who watched …, said": the name that opens the sentence, set
    // off by its own comma, with an apposition of several parts after it
    if (SENTENCE_OPENERS.has(view.lower(first)) || isPreposition(view.lower(first))) return null;
    const lead = view.phraseAfter(first, view.start(p));
    if (lead?.kind !== 'name') return null;
    const e = view.tokenAt(lead.end);
    return e < c && opens(e) ? lead : null;
  }
  const phrase = subjectOfClause(view, k, floor, true);
  if (!phrase) return null;
  // the first clause's verb follows its subject ("Smith is telling …", "Smith has long backed …")
  const after = view.tokenAt(phrase.end);
  let v = after;
  while (v < p && v - after < 4 && (ADVERBS.has(view.lower(v)) || BE_FORMS.has(view.lower(v)))) v++;
  return view.looksLikeVerb(v) ? phrase : null;
}

/**
 * "The union, which argued that …, filed suit": in a relative clause set off by commas, what was
 * said ends where the main clause's verb comes back after a comma.
 */
function relativeEnd(view: EnView, k: number, content: Span | null): Span | null {
  if (!content) return null;
  const sub = subordinateEnd(view, k, content);
  if (sub !== content) return sub;
  let r = k - 1;
  while (r > 0 && ADVERBS.has(view.lower(r)) && k - r < 5) r--;
  if (!/^(which|who)(['’]s)?$/u.test(view.lower(r)) || view.text(r - 1) !== ',') return content;
  for (let j = view.tokenAt(content.start) + 1; j < view.size && view.start(j) < content.end; j++) {
    const next = view.lower(j + 1);
    // "Karen Wu, who called for fees, spoke Friday": an irregular past form comes back too
    if (
      view.text(j) === ',' &&
      (AUXILIARIES.has(next) ||
        (view.looksLikeVerb(j + 1) && !next.endsWith('ing')) ||
        (IRREGULAR_PAST_FORMS.has(next) && !view.isCapitalized(j + 1)))
    )
      return view.trim(content.start, view.start(j));
  }
  return content;
}

/** Conjunctions that open a subordinate clause before the main clause ("While Smith said …, …"). */
const SUBORDINATORS = new Set(
  'while although though whereas if because since when as after before once unless until'.split(' '),
);

/**
 * "Although he has admitted using the tax code, he does not defend it": a cue inside a
 * subordinate clause that opens the sentence reports up to the main clause only.
 */
function subordinateEnd(view: EnView, k: number, content: Span): Span | null {
  let f = view.tokenAt(view.sentenceStart(view.start(k)));
  if (/^(but|and|so|yet)$/u.test(view.lower(f))) f++;
  if (view.lower(f) === 'even') f++;
  // the cue stands early in the subordinate clause, before any comma
  if (!SUBORDINATORS.has(view.lower(f)) || k - f > 40) return content;
  for (let j = f + 1; j < k; j++) if (view.text(j) === ',') return content;
  for (let j = view.tokenAt(content.start) + 1; j < view.size && view.start(j) < content.end; j++) {
    if (view.text(j) === ',' && view.opensClause(j + 1)) return view.trim(content.start, view.start(j));
  }
  return content;
}

/** Words in -ly that are no adverbs of manner. */
const NOT_LY_ADVERBS = new Set(
  'only family early daily weekly monthly yearly quarterly rally ally reply supply apply holy ugly likely friendly lonely elderly costly deadly assembly italy july barely hardly scarcely'.split(
    ' ',
  ),
);

/**
 * The name that opens the sentence, set off by a comma, when the subject found for the verb at k
 * lies inside that name's apposition and the apposition holds a relative clause.
 */
function leadOverApposition(view: EnView, k: number, floor: number, phrase: Phrase): Phrase {
  const first = view.tokenAt(floor);
  if (SENTENCE_OPENERS.has(view.lower(first)) || isPreposition(view.lower(first))) return phrase;
  const lead = view.phraseAfter(first, view.start(k));
  if (!lead || lead.end >= phrase.start) return phrase;
  const comma = view.tokenAt(lead.end);
  if (view.text(comma) !== ',' || k - comma > 40) return phrase;
  // ("Yesterday, a judge …, siding with groups who argued": a relative clause right after the
  // subject is its own, not an apposition's, and a time word opens no name)
  if (isTimeWord(view.lower(first))) return phrase;
  // "Aventra Inc, based in Cambridge, Massachusetts, said": where the subject is based is no speaker
  if (/^(based|headquartered|located)$/u.test(view.lower(comma + 1)) && view.lower(comma + 2) === 'in')
    return lead;
  if (lead.kind !== 'name') return phrase;
  const own = view.tokenAt(phrase.end);
  for (let j = comma + 1; j < k; j++)
    if (/^(who|which|whose)$/u.test(view.lower(j)) && j !== own) return lead;
  return phrase;
}

/**
 * "the governor's office said": a described subject right before a verb of saying, headed by a
 * noun that can speak, with no number or dash in it.
 */
function describedSubject(view: EnView, k: number, floor: number): Phrase | null {
  const loose = looseSubject(view, k, floor);
  if (!loose || !headsPhrase(view, loose)) return null;
  return /[-\d–—]/u.test(view.doc.text.slice(loose.start, loose.end)) ? null : loose;
}

/** "The mayor made clear that …", "Smith made it clear he would run": what was made clear. */
function madeClear(view: EnView, k: number): Attribution | null {
  let j = k + 1;
  if (view.lower(j) === 'it') j++;
  if (view.lower(j) !== 'clear' || view.isCapitalized(k)) return null;
  let c = j + 1;
  const that = view.lower(c) === 'that' ? c++ : -1;
  if (that < 0 && !CLAUSE_SUBJECTS.has(view.lower(c)) && !view.isCapitalized(c)) return null;
  const floor = view.sentenceStart(view.start(k));
  const phrase = agentOrSubject(view, k, floor) ?? looseSubject(view, k, floor, true);
  if (!phrase || !headsPhrase(view, phrase)) return null;
  const content = view.withThat(view.contentFrom(c), that);
  if (!content) return null;
  return reported(
    content,
    { start: view.start(k), end: view.end(j) },
    phrase,
    phrase.start,
    'en.quote.indirect-report',
  );
}

/**
 * The named subject of a verb of saying or judging earlier in the sentence whose clause holds the
 * pronoun ("Roberts said Friday that she thinks …"), or null.
 */
function outerSubject(view: EnView, pronoun: Phrase, floor: number): Phrase | null {
  const p = view.tokenAt(pronoun.start);
  for (let m = p - 1; m >= 0 && view.start(m) >= floor && p - m < 25; m--) {
    const t = view.text(m);
    if (QUOTE_CHARS.test(t) || t === ';') return null;
    const w = view.lower(m);
    if (!view.isVerb(m) && !MIXED_VERBS.has(w) && !OBJECT_VERBS.has(w)) continue;
    const outer = view.subjectBefore(m, floor);
    return outer && outer.kind !== 'pronoun' ? outer : null;
  }
  return null;
}

/** Quantifiers before "of whom" ("many of whom say"). */
const QUANTIFIERS = new Set(['many', 'some', 'most', 'all', 'both', 'several', 'each', 'one', 'two', 'few']);

/** Dashes that set off an apposition ("Lee — co-author of … — said"). */
const DASHES = new Set(['—', '―']);

/** Words that end a loose subject when walking back from its verb. */
const SUBJECT_BOUNDARY = new Set(
  'and but or while when whereas because since although though if as that which who whom whose where after before so'.split(
    ' ',
  ),
);
/** Auxiliaries and copulas: a noun phrase holding one is a clause, not a subject. */
const AUXILIARIES = new Set(
  'is are was were be been being am do does did has have had will would can could may might must shall should'.split(
    ' ',
  ),
);

/** Past the sentence openers, determiners and prepositions that open a subject ("But the …"). */
function skipOpeners(view: EnView, first: number, last: number): number {
  let k = first;
  while (
    k < last &&
    (SENTENCE_OPENERS.has(view.lower(k)) || DETERMINERS.has(view.lower(k)) || isPreposition(view.lower(k)))
  )
    k++;
  return k;
}

/**
 * A subject described in words the role lists do not hold, right before a verb of saying:
 * "Clinton's team says", "those close to him say", "officials from both parties said". Up to seven
 * words back to the sentence start or a clause boundary, with no verb among them.
 */
function looseSubject(view: EnView, k: number, floor: number, anyVerb = false): Phrase | null {
  const w = view.lower(k);
  if (!anyVerb && !/^(said|says|say|told|tells)$/.test(w)) return null;
  let j = k - 1;
  while (j >= 0 && view.start(j) >= floor && (ADVERBS.has(view.lower(j)) || view.lyAdverb(j)) && k - j < 4)
    j--;
  j = view.timeBefore(j, floor);
  while (j >= 0 && view.start(j) >= floor && ADVERBS.has(view.lower(j)) && k - j < 7) j--;
  const last = j;
  let first = -1;
  for (; j >= 0 && view.start(j) >= floor && last - j < 7; j--) {
    const t = view.lower(j);
    if (!view.isWord(j) && !/^['’]s$/.test(t) && t !== '-' && !view.pluralPossessive(j)) break;
    if (SUBJECT_BOUNDARY.has(t) || AUXILIARIES.has(t) || view.isVerb(j) || view.isParticiple(j)) break;
    first = j;
  }
  if (first < 0 || last - first > 6) return null;
  // "the poll released (on Friday)": a participle after the noun is no part of its name
  let end = last;
  if (end > first && /ed$/u.test(view.lower(end)) && !view.isCapitalized(end)) end--;
  // the subject must reach back to the start of its clause ("…; the mayor's team says")
  if (
    view.start(first) !== floor &&
    !SUBJECT_BOUNDARY.has(view.lower(first - 1)) &&
    !/^[,;]$/u.test(view.text(first - 1))
  )
    return null;
  first = skipOpeners(view, first, last);
  if ((PRONOUNS.has(view.lower(first)) || DETERMINERS.has(view.lower(end))) && first === end) return null;
  // "… learning how to": a subject ends in a noun, not a preposition or a question word
  if (isPreposition(view.lower(end)) || /^(how|what|why|where|when)$/u.test(view.lower(end))) return null;
  return { start: view.start(first), end: view.end(end), kind: 'role' };
}

/**
 * looseSubject, unless it is the second of two nouns joined by "and" inside a longer subject ("The
 * maker of Dove soap and Lipton tea said"): then that longer subject, whose head names the speaker.
 */
function coordinatedLoose(view: EnView, k: number, floor: number): Phrase | null {
  const loose = looseSubject(view, k, floor);
  if (!loose || view.lower(view.tokenAt(loose.start) - 1) !== 'and') return loose;
  const long = longSubject(view, k, floor);
  return long && long.start < loose.start ? long : loose;
}

/**
 * The subject right before the verb at k, unless it is the agent of a participle inside a longer
 * subject ("the audit released by the treasurer reveals"): then that longer subject.
 */
function agentOrSubject(view: EnView, k: number, floor: number): Phrase | null {
  const phrase = view.subjectBefore(k, floor);
  if (!phrase) return null;
  let b = view.tokenAt(phrase.start) - 1;
  while (b > 0 && DETERMINERS.has(view.lower(b))) b--;
  if (view.lower(b) !== 'by') return phrase;
  return longSubject(view, k, floor) ?? phrase;
}

/** Prepositions that may link the words of a long subject ("a study by researchers at …"). */
const SUBJECT_LINKS = new Set(['of', 'for', 'by', 'from', 'in', 'at', 'on', 'with', 'to', 'and']);

/**
 * A long described subject that opens its sentence or follows a comma, with no finite verb of its
 * own: "A 40-page analysis released by the agency last month reveals …", "A union representing
 * flight attendants endorsed …". Up to sixteen words; participles and prepositions may link them.
 */
function longSubject(view: EnView, k: number, floor: number): Phrase | null {
  let j = k - 1;
  while (j >= 0 && view.start(j) >= floor && (ADVERBS.has(view.lower(j)) || view.lyAdverb(j)) && k - j < 4)
    j--;
  j = view.timeBefore(j, floor);
  while (j >= 0 && view.start(j) >= floor && ADVERBS.has(view.lower(j)) && k - j < 7) j--;
  const last = j;
  let first = -1;
  for (; j >= 0 && view.start(j) >= floor && last - j < 16; j--) {
    const t = view.lower(j);
    if (!view.isWord(j) && !/^['’]s$/.test(t) && t !== '-' && !view.isAbbrevDot(j)) break;
    if ((SUBJECT_BOUNDARY.has(t) && t !== 'and') || AUXILIARIES.has(t) || PRONOUNS.has(t)) break;
    // only participles link a long subject ("released by", "representing"); a past form must
    // take a preposition to be one ("Nobody accepted …" is a clause)
    if (/ed$/u.test(t) && j < last && !SUBJECT_LINKS.has(view.lower(j + 1))) break;
    if (view.isVerb(j) || REPORT_VERBS.has(t) || OBJECT_VERBS.has(t)) {
      if (!/(ed|ing)$/u.test(t) || j === last) break;
    }
    first = j;
  }
  // "Smith's claim": a possessive before the verb makes it a noun
  if (/['’]s$/u.test(view.lower(last))) return null;
  if (first < 0 || last - first < 3) return null;
  if (view.start(first) !== floor && view.text(first - 1) !== ',') return null;
  first = skipOpeners(view, first, last);
  // the subject ends in a noun: not a preposition or a word of linking
  if (SUBJECT_LINKS.has(view.lower(last)) || DETERMINERS.has(view.lower(last))) return null;
  // its head is the noun before the first link ("audit" in "a 30-page audit released by …")
  let head = first;
  while (head < last && !SUBJECT_LINKS.has(view.lower(head + 1)) && !/(ed|ing)$/u.test(view.lower(head + 1)))
    head++;
  const h = view.lower(head);
  if (
    !ROLE_NOUNS.has(h) &&
    !TITLES.has(h) &&
    !REPORTER_NOUNS.has(h) &&
    !view.isCapitalized(head) &&
    !isPlural(h)
  )
    return null;
  return { start: view.start(first), end: view.end(last), kind: 'role' };
}

/**
 * Nouns of a stance or proposal and the word that introduces its content: "Smith's call for a
 * ban", "the mayor's decision to close the pier", "Smith's criticism of the plan".
 */
const STANCE_NOUNS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  `criticism:of call:for calls:for decision:to plan:to,for plans:to,for proposal:to,for
  proposals:for promise:to pledge:to vow:to support:for opposition:to attack:on attacks:on
  comments:about,on comment:about,on remarks:about,on views:on,about view:of,on position:on
  stance:on demand:for demands:for request:for warning:about,of threat:to refusal:to
  praise:for endorsement:of assessment:of description:of characterization:of suggestion:of
  recommendation:to defense:of rejection:of denial:of account:of explanation:of
  push:for bid:to effort:to efforts:to argument:for case:for`
    .trim()
    .split(/\s+/u)
    .map((e): [string, ReadonlySet<string>] => {
      const [noun = '', particles = ''] = e.split(':');
      return [noun, new Set(particles.split(','))];
    }),
);

/** A plural noun by its ending ("residents", "averages"), not "this", "his" or "its". */
function isPlural(w: string): boolean {
  return /[^su]s$/.test(w) && w.length > 3 && !/^(this|thus|his|its|hers|ours|yours|theirs)$/.test(w);
}

/** Auxiliaries and adverbs that can stand right before a base form ("will announce", "did not say"). */
const BASE_BEFORE = new Set(
  "to not n't never will would can could may might must should shall do does did also often still just".split(
    ' ',
  ),
);

/** Forms of "be" before an -ing verb ("is calling for", "was saying"). */
const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be', "'s", '’s']);

/** Verbs by which a subject holds or meets a stance ("has concerns about", "faced questions over"). */
const HOLDING = /^(has|have|had|having|face|faces|faced|facing)$/u;
/** The stances of doubt one has or faces. */
const HELD_STANCES = new Set(
  'concern concerns misgivings doubt doubts reservations questions worries fears objections qualms'.split(
    ' ',
  ),
);
/**
 * "Asked about the delay, Smith said …", "Asked whether the plant will close, she …": the
 * question someone was asked, from after "about" (or from "whether", "how", "to" …) to the
 * comma before the main clause. Whoever asked goes unnamed.
 */
function askedOpening(view: EnView, k: number): Attribution | null {
  // "Asked on Tuesday whether …": a time between
  const q = view.skipTime(k + 1);
  const n = view.lower(q);
  const about = /^(about|on|over|regarding)$/u.test(n);
  if (!about && !QUESTION_WORDS.has(n)) return null;
  const c = about ? q + 1 : q;
  const end = view.sentenceEnd(view.start(k));
  for (let j = c + 1; j < view.size && view.start(j) < end && j - c < 40; j++) {
    const t = view.text(j);
    if (t === ',') {
      const content = view.trim(view.start(c), view.start(j));
      if (!content || view.wordsBetween(content.start, content.end) < 2) return null;
      return reported(
        content,
        { start: view.start(k), end: view.end(about ? q : k) },
        null,
        content.start,
        'en.quote.indirect-asked',
      );
    }
    if (!view.isWord(j) && !view.isAbbrevDot(j) && !/^['’]s?$/u.test(t) && t !== '-') return null;
  }
  return null;
}

/** Nouns of one who takes a side ("an opponent of", "a longtime supporter of"). */
const STANCE_HOLDERS = new Set(
  'supporter supporters opponent opponents critic critics defender defenders champion champions advocate advocates proponent proponents backer backers'.split(
    ' ',
  ),
);
/** Adjectives of a stance toward something ("critical of", "skeptical of"). */
const STANCE_ADJECTIVES = new Set(
  'critical supportive skeptical sceptical wary dismissive contemptuous scornful'.split(' '),
);

/**
 * "Smith is a staunch opponent of the plan", "Jones has been critical of the mayor": after a form
 * of "be", a noun of one who takes a side (with its article and modifiers) or an adjective of
 * stance, then "of" and what the stance is about; the subject of "be" holds it.
 */
function stanceOf(view: EnView, k: number): Attribution | null {
  const floor = view.sentenceStart(view.start(k));
  let b = k - 2;
  if (STANCE_HOLDERS.has(view.lower(k - 1))) {
    // modifiers ("a consistent and outspoken", "the leading"), then the article
    while (
      b > 0 &&
      k - b < 7 &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(view.text(b)) &&
      !/^(a|an|the)$/u.test(view.lower(b))
    )
      b--;
    if (!/^(a|an|the)$/u.test(view.lower(b))) return null;
    b--;
  } else {
    while (
      b > 0 &&
      (ADVERBS.has(view.lower(b)) || view.lyAdverb(b) || /^(so|too|very|more|less)$/u.test(view.lower(b))) &&
      k - b < 5
    )
      b--;
  }
  if (!/^(is|are|was|were|been|be)$/u.test(view.lower(b))) return null;
  let v = b;
  while (
    v > 0 &&
    (/^(has|have|had|will|would|may|might|could|long|also|always)$/u.test(view.lower(v - 1)) ||
      view.lyAdverb(v - 1)) &&
    b - v < 4
  )
    v--;
  const phrase = view.subjectBefore(v, floor) ?? (v === b ? null : view.subjectBefore(b, floor));
  if (!phrase || !view.isWord(k + 1)) return null;
  // "Holt, who has long been a supporter of the plan, faced …": the relative clause ends at its comma
  let content = relativeEnd(view, v, view.contentFrom(k + 1));
  if (!content) {
    // a single word ("critical of Trump")
    if (!view.isWord(k + 1)) return null;
    content = { start: view.start(k + 1), end: view.end(k + 1) };
  }
  for (let j = k + 2; j < view.size && view.start(j) < content.end; j++) {
    if (OBJECT_ENDS.has(view.lower(j)) || objectEnds(view, j)) {
      content = view.trim(content.start, view.start(j));
      break;
    }
  }
  if (!content) return null;
  return reported(
    content,
    { start: view.start(b), end: view.end(k) },
    phrase,
    phrase.start,
    'en.quote.indirect-stance',
  );
}

/** Participles of a passive report ("is expected to …", "it was announced that …"). */
const PASSIVE_REPORTS = new Set(
  'expected projected forecast predicted believed thought said reported rumored rumoured alleged estimated announced feared understood claimed confirmed asked accused blamed criticized criticised praised credited faulted ridiculed condemned slammed hailed described touted mentioned called dubbed labeled labelled branded'.split(
    ' ',
  ),
);
/** Of those, the ones that report a clause with "to" after any subject ("is said to have …"). */
const PASSIVE_TO = new Set(
  'expected projected forecast predicted believed thought said reported rumored rumoured alleged estimated'.split(
    ' ',
  ),
);
/** Participles of judging in a passive, with the words that open the judgement ("accused of …"). */
const PASSIVE_JUDGED: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['accused', 'of'],
      ['blamed', 'for'],
      ['criticized', 'for as'],
      ['criticised', 'for as'],
      ['praised', 'for as'],
      ['credited', 'with for'],
      ['faulted', 'for'],
      ['ridiculed', 'for as'],
      ['condemned', 'for as'],
      ['slammed', 'for as'],
      ['hailed', 'as'],
      ['described', 'as'],
      ['touted', 'as'],
      ['mentioned', 'as'],
      ['called', 'a an'],
      ['dubbed', 'a an the'],
      ['labeled', 'a an the as'],
      ['labelled', 'a an the as'],
      ['branded', 'a an the as'],
    ] as const
  ).map(([verb, next]) => [verb, new Set(next.split(' '))]),
);
/** Words that open what someone is asked ("asked to …", "asked whether …"). */
const QUESTION_WORDS = new Set([
  'to',
  'whether',
  'if',
  'how',
  'what',
  'why',
  'when',
  'where',
  'who',
  'which',
]);

/**
 * A report whose source goes unnamed: "The vote is expected to pass on Friday" (the subject and
 * its infinitive are what is expected), "It was announced that the plant will close" (the
 * that-clause). The cue is the passive verb with its auxiliary; there is no speaker phrase.
 */
function passiveReport(view: EnView, k: number): Attribution | null {
  const w = view.lower(k);
  let b = k - 1;
  while (
    b > 0 &&
    (ADVERBS.has(view.lower(b)) || view.lyAdverb(b) || view.lower(b) === 'sometimes') &&
    !BE.has(view.lower(b)) &&
    k - b < 4
  )
    b--;
  const be = view.lower(b);
  if (!/^(is|are|was|were|be|been|being)$/u.test(be)) return null;
  let first = b;
  // "could be", "have often been": modals, "have" and adverbs before the form of "be"
  const light = (x: number): boolean =>
    MODALS.has(view.lower(x)) ||
    /^(has|have|had)$/u.test(view.lower(x)) ||
    ((ADVERBS.has(view.lower(x)) || view.lyAdverb(x) || view.lower(x) === 'sometimes') &&
      !AUXILIARIES.has(view.lower(x)));
  while (first > 0 && b - first < 4 && light(first - 1)) first--;
  while (first < b && !MODALS.has(view.lower(first)) && !/^(has|have|had)$/u.test(view.lower(first))) first++;
  const floor = view.sentenceStart(view.start(k));
  const cue = { start: view.start(first), end: view.end(k) };
  // "It was announced that …": the clause after "that"
  if (view.lower(first - 1) === 'it' && view.lower(k + 1) === 'that') {
    const content = view.withThat(view.contentFrom(k + 2), k + 1);
    if (!content) return null;
    return reported(content, cue, null, content.start, 'en.quote.indirect-passive');
  }
  // "… is expected to win": the subject opens what is expected, and a verb follows "to"
  // "was asked to testify", "was asked how the war would end": a question put to the subject
  const asked = w === 'asked' && QUESTION_WORDS.has(view.lower(k + 1));
  // "was accused of lying", "has been called a fraud": a judgement passed on the subject
  const judged = PASSIVE_JUDGED.get(w)?.has(view.lower(k + 1)) === true;
  if (!asked && !judged) {
    if (!PASSIVE_TO.has(w) || view.lower(k + 1) !== 'to' || !/^\p{Ll}+$/u.test(view.text(k + 2))) return null;
    if (DETERMINERS.has(view.lower(k + 2)) || isPreposition(view.lower(k + 2))) return null;
  }
  // the subject: back to the sentence's start or a comma, a short phrase with no verb of its own
  let s = first - 1;
  while (s >= 0 && view.start(s) >= floor && first - s <= 14) {
    const t = view.text(s);
    if (t === ',' || t === ';' || t === ':' || DASHES.has(t)) break;
    const sw = view.lower(s);
    // "And peacekeepers have been …": a conjunction that opens the sentence
    if (view.start(s) === floor && /^(and|but|so|yet)$/u.test(sw)) break;
    if (
      SUBJECT_BOUNDARY.has(sw) ||
      view.isVerb(s) ||
      AUXILIARIES.has(sw) ||
      (!view.isWord(s) && !/^['’]s?$/u.test(t) && !view.isAbbrevDot(s))
    )
      return null;
    s--;
  }
  const start = s + 1;
  if (start >= first || first - s > 14 || view.lower(start) === 'it' || view.lower(start) === 'there')
    return null;
  // what is expected runs on from the infinitive; the subject opens it
  const rest = view.contentFrom(k + 1);
  // a quoted phrase inside would make a mixed quote with no one to say it
  if (!rest || DOUBLE_MARK.test(view.doc.text.slice(view.start(start), rest.end))) return null;
  // "… is expected to miss three weeks, the club said.": the source is named after all
  for (let j = k + 1; j < view.size && view.start(j) <= rest.end; j++)
    if (view.text(j) === ',' && (trailingCue(view, j) || view.opensAttribution(j + 1, true))) return null;
  const content = { start: view.start(start), end: rest.end };
  return reported(content, cue, null, content.start, 'en.quote.indirect-passive');
}

/**
 * Attributions beyond verbs of saying: verbs of asserting, knowing and showing with their clause
 * ("believes the plan will fail", "found that …"), verbs whose object is a proposal or judgement
 * ("called for a moratorium", "wants to cut taxes"), "…, saying/citing …" after a clause, and
 * report nouns with a that-clause ("Smith's claim that …").
 */
function reportedBy(
  view: EnView,
  k: number,
  sharedAt: ((k: number) => Phrase | null) | null = null,
): Attribution | null {
  if (view.isCapitalized(k)) return null;
  const w = view.lower(k);
  const pos = view.start(k);
  const floor = view.sentenceStart(pos);
  if (REPORT_NOUNS.has(w) || STANCE_NOUNS.has(w)) {
    const noun = reportNoun(view, k, floor);
    if (noun) return noun;
  }
  // "pushes back the deadline", "scaled back plans": "back" after a verb is its particle
  if (w === 'back' && (view.isVerb(k - 1) || /^\p{Ll}+(?:es|ed|ing)$/u.test(view.text(k - 1)))) return null;
  const objectParticles = OBJECT_VERBS.get(w);
  const tell = /^(told|tells|tell|telling)$/u.test(w);
  // "has concerns about", "faced questions over": a stance held or met
  const holds = HOLDING.test(w);
  if (!REPORT_VERBS.has(w) && !objectParticles && !tell && !holds) return null;
  if (NOUN_LIKE_VERBS.has(w) && !view.verbAfter(k - 1)) return null;
  // "Republican advocates such as …": a plural noun with its examples
  if (w.endsWith('s') && view.lower(k + 1) === 'such' && view.lower(k + 2) === 'as') return null;
  // "in a state of limbo", "the report": a determiner makes a noun of a base form
  if (NOUN_LIKE_BASES.has(w) && DETERMINERS.has(view.lower(k - 1))) return null;
  // "downgraded the district's credit rating", "the voters' support": a possessive makes a noun
  if (
    (NOUN_LIKE_BASES.has(w) || NOUN_LIKE_VERBS.has(w)) &&
    (/^['’]s?$/u.test(view.text(k - 1)) || /\p{L}['’]s?$/u.test(view.text(k - 1)))
  )
    return null;
  // "The Smith and Jones report states …": a base form right before a verb of saying in -s or
  // -ed is that verb's subject
  if (
    NOUN_LIKE_BASES.has(w) &&
    /^\p{Ll}+(s|ed)$/u.test(view.text(k + 1)) &&
    (SPEECH_VERBS.has(view.lower(k + 1)) || REPORT_VERBS.has(view.lower(k + 1))) &&
    !/^(is|was|has|does)$/u.test(view.lower(k + 1))
  )
    return null;
  // where the content starts
  let c = -1;
  let that = -1;
  let cueEnd = k;
  // "spoke emotionally of", "complained bitterly that": an adverb in -ly after the verb
  const v1 =
    view.lyAdverb(k + 1) && (view.lower(k + 2) === 'that' || isPreposition(view.lower(k + 2)))
      ? k + 2
      : k + 1;
  const next = view.pastAside(view.skipTime(v1));
  if (REPORT_VERBS.has(w)) {
    const n = view.lower(next);
    if (n === 'that') {
      that = next;
      c = next + 1;
    } else if (declaresAct(w, n)) {
      // "declared a state of emergency", "declared bankruptcy": an act, not a statement
      return null;
    } else if (!COGNITION_VERBS.has(w) && !PREPOSITIONS.has(n)) c = next;
    else if (CLAUSE_SUBJECTS.has(n) || view.isCapitalized(next)) c = next;
  }
  // "warned residents who stayed behind that …", "assured investors that …": the hearer is no part of
  // what was said, which follows "that"
  if (that < 0 && c === next && HEARER_VERBS.has(w) && !view.isVerb(next) && view.lower(next) !== 'to') {
    for (let j = next + 1; j < view.size && j - next <= 8 && view.isWord(j); j++) {
      // ("warned North Korea to refrain from actions that would …": the infinitive is what was said)
      if (view.lower(j) === 'to') break;
      if (view.lower(j) === 'that') {
        that = j;
        c = j + 1;
        break;
      }
    }
  }
  // "told a meeting of island leaders that …": what was told follows "that"
  if (c < 0 && tell) {
    for (let j = k + 1; j < view.size && j - k <= 8 && view.isWord(j); j++) {
      if (view.lower(j) === 'that') {
        that = j;
        c = j + 1;
        break;
      }
    }
  }
  // "told his aides (never) to drop the plan": the one told and the infinitive, as after "urged"
  if (c < 0 && tell && !view.isVerb(k + 1)) {
    for (let j = k + 2; j < view.size && j - k <= 5 && view.isWord(j); j++) {
      const x = view.lower(j);
      if (x === 'to' || ((x === 'not' || x === 'never') && view.lower(j + 1) === 'to')) {
        const v = x === 'to' ? j + 1 : j + 2;
        if (
          /^\p{Ll}+$/u.test(view.text(v)) &&
          !DETERMINERS.has(view.lower(v)) &&
          !isPreposition(view.lower(v))
        )
          c = k + 1;
        break;
      }
      if (isPreposition(x) || AUXILIARIES.has(x) || view.looksLikeVerb(j)) break;
    }
  }
  // "expressed (deep) concern about the policy", "raised doubts over …", "voiced support for …":
  // the stance and its preposition belong to the cue, what it is about is the content
  // ("has serious concerns about …", "faced questions over …": only the nouns of doubt)
  if (c < 0 && (holds || /^(express(es|ed|ing)?|voic(e|es|ed|ing)|rais(e|es|ed|ing))$/u.test(w))) {
    const stances = holds ? HELD_STANCES : STANCE_OBJECT_NOUNS;
    let n = k + 1;
    while (
      n < k + 3 &&
      /^\p{Ll}+$/u.test(view.text(n)) &&
      !stances.has(view.lower(n)) &&
      !DETERMINERS.has(view.lower(n)) &&
      !isPreposition(view.lower(n)) &&
      // "have expressed concern": "have" is the auxiliary of the verb of stance
      !(holds && view.looksLikeVerb(n))
    )
      n++;
    if (stances.has(view.lower(n))) {
      const after = view.lower(n + 1);
      if (after === 'that') {
        that = n + 1;
        c = n + 2;
        cueEnd = n;
      } else if (/^(about|over|at|with|for|regarding|on|in|to)$/u.test(after) && view.isWord(n + 2)) {
        c = n + 2;
        cueEnd = n + 1;
      }
    }
  }
  if (c < 0 && objectParticles) {
    // "voted Thursday to hold …": a day between the verb and its particle
    const timed = view.skipTime(v1);
    // "spoke out Tuesday about …", "weighed in on …": an adverb particle before the preposition
    const outIn = /^(out|in)$/u.test(view.lower(v1)) ? view.skipTime(v1 + 1) : -1;
    const p1 =
      isTimeWord(view.lower(v1)) && objectParticles.has(view.lower(timed))
        ? timed
        : outIn > 0 &&
            /^(about|against|on|for)$/u.test(view.lower(outIn)) &&
            objectParticles.has(view.lower(outIn))
          ? outIn
          : v1;
    const particle = view.lower(p1);
    // "voted on Friday", "spoke in March": a time after the preposition is not what was said
    // "opposed to it": a preposition and a pronoun are no object
    if (/^(it|them|him|her|us|me|this|that)$/u.test(view.lower(p1 + 1)) && view.lower(p1) === 'to')
      return null;
    // "pushes back the deadline": putting off, not pushing back on or against something said
    const postpones = particle === 'back' && !/^(on|against)$/u.test(view.lower(p1 + 1));
    if (objectParticles.has(particle) && !isTimeWord(view.lower(p1 + 1)) && !postpones) {
      // "refused to testify": the infinitive's "to" opens what was refused (PolNeAR keeps it)
      const infinitive =
        particle === 'to' &&
        INFINITIVE_VERBS.has(w) &&
        view.isWord(p1 + 1) &&
        !view.isCapitalized(p1 + 1) &&
        !DETERMINERS.has(view.lower(p1 + 1)) &&
        !PRONOUNS.has(view.lower(p1 + 1)) &&
        !isPreposition(view.lower(p1 + 1));
      c = infinitive ? p1 : p1 + 1;
      cueEnd = infinitive ? (p1 === v1 ? p1 - 1 : k) : p1;
    } else if (objectParticles.has(null) && !PREPOSITIONS.has(particle)) c = v1;
  }
  // "plans to return to Washington": a plan to go somewhere is no stance ("plans to close the pier",
  // "plans to ask the court …" report one)
  if (c >= 0 && PLAN_FORMS.has(w) && view.lower(c) === 'to' && GOING.has(view.lower(c + 1))) return null;
  // "Analysts expect the House to approve it": a verb of expecting with an object and "to"
  if (
    c < 0 &&
    /^(expects?|expected|expecting|believes?|believed|wants?|wanted)$/u.test(w) &&
    view.isWord(next)
  ) {
    for (let j = next + 1; j < next + 6 && j < view.size && view.isWord(j); j++) {
      if (view.lower(j) === 'to' && !PREPOSITIONS.has(view.lower(next)) && !BE.has(view.lower(k - 1))) {
        c = next;
        break;
      }
    }
  }
  // "Polls show a close race", "The video shows him …": a record or count shows what it holds
  if (
    c < 0 &&
    SHOWING.has(w) &&
    view.isWord(next) &&
    !PREPOSITIONS.has(view.lower(next)) &&
    // "showed off the new phone", "showed up late": a verb with a particle shows no finding
    !/^(off|up)$/u.test(view.lower(next)) &&
    // "…, data from the agency showed last week": a time after the verb, what it showed came before
    view.skipTime(next) === next &&
    !(/^(last|this)$/u.test(view.lower(next)) && /^(week|month|year|quarter)$/u.test(view.lower(next + 1))) &&
    recordBefore(view, k, floor)
  )
    c = next;
  if (c < 0 && REPORT_VERBS.has(w) && !w.endsWith('ing')) return invertedReport(view, k, floor);
  if (c < 0 || c >= view.size || !view.isWord(c) || QUOTE_CHARS.test(view.text(c))) return null;
  // who: the subject before the verb (after "is" for an -ing form), or the clause a participle
  // after a comma hangs on
  let phrase: Phrase | null = null;
  // "Smith appeared to suggest …", "the agency struggles to raise …": the subject of the verb
  // that governs the infinitive
  if (view.lower(k - 1) === 'to' && !w.endsWith('ing')) {
    let g = k - 2;
    while (g > 0 && ADVERBS.has(view.lower(g)) && k - g < 5) g--;
    // "declined to comment on whether …", "refused to say": a refusal to speak is no statement
    if (/^(declin|refus)(e|es|ed|ing)$/u.test(view.lower(g)) && REFUSED_SPEECH.has(w)) return null;
    if (
      view.looksLikeVerb(g) ||
      /^(wants?|needs?|tries|tried|plans?|hopes?|seems?|seemed|refuses?|fails?)$/u.test(view.lower(g))
    )
      phrase = agentOrSubject(view, g, floor) ?? looseSubject(view, g, floor, true);
    // "leaders gathered Friday to discuss the crisis", "went on to explain how …": an infinitive of
    // purpose after a clause, said by that clause's subject
    else if (
      /^(discuss|explain)$/u.test(w) &&
      view.isWord(g) &&
      !/^(time|need|way|chance|right)$/u.test(view.lower(g)) &&
      view.lower(g - 1) !== 'too'
    ) {
      phrase = subjectOfClause(view, k, floor, true);
      // "It is too early to discuss …", "There is time to discuss …": no one speaks
      if (phrase?.kind === 'pronoun' && /^(it|there)$/iu.test(view.doc.text.slice(phrase.start, phrase.end)))
        phrase = null;
    }
    if (!phrase) return null;
  } else if (w.endsWith('ing')) {
    // "is once again questioning": adverbs between the form of "be" and the verb
    let b = k - 1;
    while (b > 0 && ADVERBS.has(view.lower(b)) && !BE.has(view.lower(b)) && k - b < 5) b--;
    if (view.text(k - 1) === ',') phrase = participleSubject(view, k, floor);
    else if (BE.has(view.lower(b))) phrase = view.subjectBefore(b, floor);
    else if (VENUES.has(view.lower(k - 1)) && DETERMINERS.has(view.lower(k - 2)))
      // "The campaign released a statement saying …": who issued the statement
      phrase = subjectOfClause(view, k, floor, true);
    else if (view.lower(k - 1) === 'as' && view.lower(k - 2) === 'quoted') {
      // "Smith was quoted as saying …": the subject of the passive said it
      let j = k - 3;
      while (
        j > 0 &&
        (BE_FORMS.has(view.lower(j)) || ADVERBS.has(view.lower(j)) || view.lower(j) === 'been') &&
        k - j < 7
      )
        j--;
      phrase = view.subjectBefore(j + 1, floor);
    }
  } else if (!/ed$/.test(w) || !BE.has(view.lower(k - 1))) {
    phrase =
      agentOrSubject(view, k, floor) ??
      sharedAt?.(k) ??
      subjectAcross(view, k, floor) ??
      looseSubject(view, k, floor, true) ??
      longSubject(view, k, floor);
  }
  // "if they did not confirm their status": what someone would do in a condition is no statement
  if (phrase && /^(if|unless|whether)$/u.test(view.lower(view.tokenAt(phrase.start) - 1))) return null;
  // "the elections it plans to hold": a relative clause without "that", whose object is the noun
  if (phrase && contactRelative(view, phrase)) return null;
  if (lettingIn(view, k)) return null;
  if (phrase) phrase = overCoordinatedNames(view, phrase);
  // "Nobody expected …": a negative quantifier is no source
  if (
    phrase &&
    /^(nobody|no one|none|nothing|neither|few)$/iu.test(view.doc.text.slice(phrase.start, phrase.end))
  )
    return null;
  // "Environmentalists worry that …": a that-clause makes any subject a source
  if (!phrase || (that < 0 && !headsPhrase(view, phrase))) return null;
  // "Battleground state", "This post": a base form that is also a noun needs a plural subject
  // or an auxiliary before it
  if (NOUN_LIKE_BASES.has(w) && !BASE_BEFORE.has(view.lower(k - 1))) {
    // ("Judge blocks state abortion law …": a headline, a line with no closing stop, reports nothing without "that")
    if (
      that < 0 &&
      !/[.!?"”'’)]\s*$/u.test(view.doc.text.slice(view.start(k), view.sentenceEnd(view.start(k))))
    )
      return null;
    const head = view.lower(view.tokenAt(phrase.end) - 1);
    // "China and Russia support …", "1 percent support …": a plural subject all the same
    let a = view.tokenAt(phrase.start) - 1;
    let coordinated = view.lower(a) === 'and' && view.isCapitalized(a - 1);
    if (coordinated) {
      a--;
      while (a > 0 && view.isCapitalized(a - 1) && !DETERMINERS.has(view.lower(a - 1))) a--;
      // "The Smith and Jones report": one name of a thing, not two subjects
      coordinated = !DETERMINERS.has(view.lower(a - 1));
    }
    if (!/^(i|we|they|you)$/.test(head) && !isPlural(head) && !coordinated) return null;
  }
  // "a small group called the Harbor Friends": a participle of naming after an indefinite noun
  if (
    /^(called|named|dubbed|titled|labeled|labelled|termed)$/u.test(w) &&
    phrase.kind === 'role' &&
    /^(a|an)$/u.test(view.lower(view.tokenAt(phrase.start) - 1))
  )
    return null;
  // "backed Smith's call for a ban": the stance noun reports Smith's words, not the verb
  if (objectParticles && !REPORT_VERBS.has(w) && ownedReportNoun(view, c)) return null;
  // "Consumer advocates said …", "Critics warn …": a noun before the verb of the sentence is no verb
  if (objectParticles && view.isVerb(c) && !view.isParticiple(c)) return null;
  // "people who want and value …": a verb whose object is gapped by a relative clause; "a
  // program that critics say has been …": a gapped subject
  if (/^(and|or|but)$/u.test(view.lower(c)) || (that < 0 && AUXILIARIES.has(view.lower(c)))) return null;
  // "did not respond to a request for comment", "asked not to be named": no statement
  if (NO_STATEMENT.test(view.doc.text.slice(view.start(c), view.start(c) + 40))) return null;
  // "declined to say whether he would back a move": a question left open, nothing said
  if (REFUSALS.has(w) && UNANSWERED.test(view.doc.text.slice(view.start(c), view.start(c) + 40))) return null;
  // "what doctors call resistant hypertension": a name given to a thing, no statement
  if (NAMING_FORMS.has(w) && view.lower(view.tokenAt(phrase.start) - 1) === 'what') return null;
  // "added a second before halftime", "pointed to the spot", "speaking on BBC Radio", "offered
  // help", "rejected a bill", "argued cases": an act whose object is no statement
  if (actNotStatement(view, w, c)) return null;
  // "approved emergency declarations", "raised the alert status": an act, not a stance
  if (objectParticles && !REPORT_VERBS.has(w) && cueEnd === k && !fitsRestrictedObject(view, w, c))
    return null;
  // "must report to prison by Jan. 15": going somewhere, not reporting
  if (goesTo(view, k, c)) return null;
  // "The company reports third-quarter results on Oct. 30": figures a firm publishes, no statement
  if (
    /^report(s|ed|ing)?$/u.test(w) &&
    FIGURES_REPORTED.test(view.doc.text.slice(view.start(c), view.start(c) + 60))
  )
    return null;
  let content = relativeEnd(view, k, view.withThat(view.contentFrom(c), that));
  if (!content) return null;
  // "With leaders worried about turnout, Obama is …": an absolute phrase ends at its comma, and
  // "with" is no part of who is worried
  const lead = view.tokenAt(phrase.start);
  if (phrase.kind === 'role' && view.lower(lead) === 'with' && view.start(lead) === floor) {
    phrase = Object.assign({}, phrase, { start: view.start(lead + 1) });
    for (let j = c + 1; j < view.size && view.start(j) < content.end; j++) {
      if (view.text(j) === ',') {
        content = view.trim(content.start, view.start(j));
        break;
      }
    }
    if (!content) return null;
  }
  // "the reasons that Trump refuses to release his returns may be …": a cue inside a clause that
  // hangs on a noun reports up to the sentence's own verb
  let rel = view.tokenAt(phrase.start) - 1;
  while (rel > 0 && DETERMINERS.has(view.lower(rel))) rel--;
  const noun = rel - 1;
  if (
    phrase.kind !== 'pronoun' &&
    /^(that|which)$/u.test(view.lower(rel)) &&
    /^\p{Ll}+$/u.test(view.text(noun)) &&
    !view.looksLikeVerb(noun) &&
    !REPORT_VERBS.has(view.lower(noun)) &&
    !ADVERBS.has(view.lower(noun)) &&
    !AUXILIARIES.has(view.lower(noun))
  ) {
    for (let j = c + 1; j < view.size && view.start(j) < content.end; j++) {
      const before = view.lower(j - 1);
      if (
        AUXILIARIES.has(view.lower(j)) &&
        view.isWord(j - 1) &&
        !/^(and|or|but|which|who|that|to|not|it|there)$/u.test(before) &&
        !PRONOUNS.has(before) &&
        !AUXILIARIES.has(before)
      ) {
        content = view.trim(content.start, view.start(j));
        break;
      }
    }
    if (!content) return null;
  }
  // "Residents believe the plan will fail, a new survey found.": the trailing cue is another's
  for (let j = c + 1; j < view.size && view.start(j) < content.end; j++) {
    if (view.text(j) === ',' && trailingCue(view, j)) {
      content = view.trim(content.start, view.start(j));
      break;
    }
  }
  if (!content) return null;
  // "denounced the annexation while on the air": the object of a verb of judging ends at a
  // subordinate clause
  if ((objectParticles && !REPORT_VERBS.has(w)) || holds) {
    for (let j = c + 1; j < view.size && view.start(j) < content.end; j++) {
      if (OBJECT_ENDS.has(view.lower(j)) || objectEnds(view, j)) {
        content = view.trim(content.start, view.start(j));
        break;
      }
    }
    if (!content) return null;
  }
  return reported(
    content,
    { start: pos, end: view.end(cueEnd) },
    phrase,
    phrase.start,
    objectParticles && !REPORT_VERBS.has(w) ? 'en.quote.indirect-object' : 'en.quote.indirect-report',
  );
}

/**
 * "The Smith and Jones report states": a thing named after several names, whose subject phrase
 * stopped at "and", runs back over the names to its article.
 */
function overCoordinatedNames(view: EnView, phrase: Phrase): Phrase {
  const last = view.tokenAt(phrase.end) - 1;
  if (phrase.kind === 'pronoun' || !/^\p{Ll}+$/u.test(view.text(last))) return phrase;
  let a = view.tokenAt(phrase.start) - 1;
  if (view.lower(a) !== 'and' || !view.isCapitalized(a - 1)) return phrase;
  a--;
  while (a > 0 && view.isCapitalized(a - 1) && !DETERMINERS.has(view.lower(a - 1)) && last - a < 8) a--;
  if (!DETERMINERS.has(view.lower(a - 1))) return phrase;
  return { start: view.start(a), end: phrase.end, kind: 'role' };
}

/**
 * A pronoun subject right after a common noun, with no "that" or "which" between: a relative clause
 * whose gap is the noun's ("elections it plans to hold in December", "the money he wants").
 */
function contactRelative(view: EnView, phrase: Phrase): boolean {
  if (phrase.kind !== 'pronoun') return false;
  const p = view.tokenAt(phrase.start);
  if (!/^(it|he|she|they|we|i)$/u.test(view.lower(p))) return false;
  const n = p - 1;
  const w = view.lower(n);
  if (!/^\p{Ll}{3,}$/u.test(view.text(n))) return false;
  const d = view.lower(n - 1);
  // "At the hearing she said …", "In a statement Monday, …": a phrase that opens the sentence
  // or a clause, before its subject
  for (let b = n - 1; b >= 0 && n - b <= 4; b--) {
    const wb = view.lower(b);
    if (isPreposition(wb) || PREPOSITIONS.has(wb) || SUBJECT_BOUNDARY.has(wb)) {
      const before = b - 1;
      if (
        before < 0 ||
        view.startsSentence(view.start(b)) ||
        !view.isWord(before) ||
        /^(and|but|or|so|then)$/u.test(view.lower(before))
      )
        return false;
      break;
    }
    if (!view.isWord(b)) break;
  }
  // "the projects they want": a noun after its determiner, even one spelled like a verb
  if (
    (d === 'the' || d === 'its' || d === 'their' || d === 'his' || d === 'her') &&
    !isTimeWord(w) &&
    !ADVERBS.has(w)
  )
    return true;
  if (
    ADVERBS.has(w) ||
    AUXILIARIES.has(w) ||
    PREPOSITIONS.has(w) ||
    isPreposition(w) ||
    SUBJECT_BOUNDARY.has(w) ||
    /^(that|which|who|what|and|or|but|so|than|if|because|since|unless|whether|where|how|why|then|now|also|ago|though|although|while|once|until|before|after|when|as|yet|nor)$/u.test(
      w,
    ) ||
    isTimeWord(w) ||
    w.endsWith('ly') ||
    view.looksLikeVerb(n) ||
    REPORT_VERBS.has(w) ||
    OBJECT_VERBS.has(w)
  )
    return false;
  // a determiner or adjective before the noun makes it a noun phrase
  return (
    DETERMINERS.has(d) ||
    /^(the|these|those|this|any|every|some|more|new|upcoming|next|last)$/u.test(d) ||
    isPlural(w)
  );
}

/** "admitted East Timor as a member", "admitted him to hospital": letting in, not conceding. */
function lettingIn(view: EnView, k: number): boolean {
  if (!/^admit(s|ted|ting)?$/u.test(view.lower(k))) return false;
  const first = k + 1;
  const named = view.isCapitalized(first) || /^(him|her|them|us|me)$/u.test(view.lower(first));
  for (let j = first + 1; j < view.size && j - first < 8 && view.isWord(j); j++) {
    const w = view.lower(j);
    if (w === 'that' || view.looksLikeVerb(j)) return false;
    if (w === 'as' || w === 'into') return true;
    if (w === 'to') return named;
  }
  return false;
}

/** What one declines or refuses to do when one says nothing ("declined to comment on …"). */
const REFUSED_SPEECH = new Set(
  'comment say elaborate discuss specify disclose detail confirm answer respond speculate identify name'.split(
    ' ',
  ),
);

/** Verbs whose "to" opens an infinitive ("refused to testify"), in all their forms. */
const INFINITIVE_VERBS = new Set(
  'refuse decline threaten plan vow pledge promise agree vote'.split(' ').flatMap((v) => inflect(v)),
);

const TOUT_FORMS = new Set(inflect('tout'));
/** What one declares by an act, not a statement: "a state of emergency", "bankruptcy", "martial law" (war is declared by a statement). */
const DECLARED_ACTS = /^(a|an|emergency|bankruptcy|martial|insolvency)$/u;
/** Is the verb `w` a form of "declare" before what one declares by an act (`next`, the word after it)? */
const declaresAct = (w: string, next: string): boolean =>
  /^declar(e|es|ed|ing)$/u.test(w) && DECLARED_ACTS.test(next);
/** The forms of "plan". */
const PLAN_FORMS = new Set(inflect('plan*'));
/** Verbs of going, coming and being somewhere: a plan to do so is no stance ("plans to return to Washington"). */
const GOING = new Set(
  'return travel visit go come move leave fly head attend meet stay arrive relocate sail drive tour'.split(
    ' ',
  ),
);

/** Verbs of refusing ("declined to say whether …"). */
const REFUSALS = new Set(['declined', 'declines', 'declining', 'refused', 'refuses', 'refusing']);
/** A question a refusal leaves open: "to say whether …", "to disclose how much …". */
const UNANSWERED =
  /^to (?:say|disclose|reveal|specify|confirm|discuss|explain) (?:whether|how|what|when|why|if|which|who|where)\b/iu;
/** The forms of "call" that name a thing. */
const NAMING_FORMS = new Set(['call', 'calls', 'called']);

/**
 * Verbs of the lists above whose object, when it is one of these, makes an act and no statement:
 * a goal added, the spot pointed to, a medium spoken on, help offered, a bill rejected, a case argued.
 * Each entry: the verb's base, the particle (or null) and a pattern for the opening words of the object.
 */
const ACT_OBJECTS: readonly (readonly [string, string | null, RegExp])[] = [
  // "Havertz added a second before halftime", "added another in stoppage time"
  [
    'add',
    null,
    /^(?:(?:a|an|his|her|their|the)\s+(?:second|third|fourth|fifth|sixth|seventh|late|stoppage-time|injury-time)|another)\b(?!\s+(?:reason|point|thing|factor|problem|issue|concern|question)s?\b)/u,
  ],
  // "Tesla recalls 2 million vehicles", "recalled its ambassador": a product or an envoy called back
  [
    'recall',
    null,
    /^(?:(?:about|nearly|more than|some|over|almost|roughly|its|their|his|her|the|a|an|all)\s+)*(?:[\d,.]+(?:\s+(?:million|billion|thousand))?\s+|(?:[\p{L}-]+\s+){0,3})?(?:vehicles?|cars?|trucks?|units?|products?|devices?|phones?|models?|packages?|bottles?|batches?|pounds?|tons?|ambassadors?|envoys?|diplomats?|troops|laptops?|batteries|toys?|drugs?|medicines?|pills?|tablets?)\b/u,
  ],
  // "called a snap election for July 4", "called a strike": an election, a vote or a meeting set, no statement
  [
    'call',
    null,
    /^(?:(?:a|an|the)\s+)?(?:(?:snap|early|general|national|presidential|parliamentary|special|emergency|nationwide|two-day|one-day)\s+|\p{Lu}\p{Ll}+\s+)*(?:elections?|votes?|strikes?|meetings?|referendums?|referenda|halt|ceasefire|truce|recess|timeout|time-out|(?:press|news)\s+conference)\b/u,
  ],
  // "testified against him last year", "testify before Congress": where or for whom one gave evidence
  ['testify', null, /^(?:against|for|before|in|at|on\s+behalf)\b/u],
  // "the referee pointed to the spot": a penalty given
  ['point', 'to', /^the\s+(?:penalty\s+)?spot\b/u],
  // "speaking on BBC Radio", "spoke on state television", "speaking on the sidelines of …": where one spoke
  [
    'speak',
    'on',
    /^(?:(?:\p{Lu}[\p{L}\d.&-]*|\d+)(?:\s+|(?=[,.;]|$)))+(?:[,.;]|$)|^(?:(?:the|a|state|national|local|public)\s+)*(?:television|tv|radio|phone|telephone|sidelines|air|podcast|show|program|programme|channel|camera|broadcast)\b/u,
  ],
  // "offered help", "offered to send rescue teams" stays: only the things given
  [
    'offer',
    null,
    /^(?:(?:their|its|his|her|our|some|any|more|further|additional|immediate|emergency|financial|military|humanitarian|technical|medical)\s+)*(?:help|aid|assistance|support|troops|money|funds|funding|cash|shelter|supplies|equipment|jobs?|seats?|discounts?|refunds?|rewards?|prizes?|tents|food|blankets|rescue)\b/u,
  ],
  // "the Senate rejected a bill to fund …": a vote on a measure
  [
    'reject',
    null,
    /^(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}(?:bills?|measures?|amendments?|motions?|nominations?|nominees?|resolutions?|budget)\b(?!\s+that)/u,
  ],
  // "a lawyer who argued desegregation cases", "argued the appeal": cases pleaded
  [
    'argue',
    null,
    /^(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}(?:cases?|appeals?)\b(?!\s+(?:that|for|against))/u,
  ],
];

const ACT_OBJECT_FORMS: ReadonlyMap<string, readonly (readonly [string | null, RegExp])[]> = (() => {
  const map = new Map<string, [string | null, RegExp][]>();
  for (const [verb, particle, object] of ACT_OBJECTS)
    for (const form of inflect(verb)) {
      const list = map.get(form) ?? [];
      list.push([particle, object]);
      map.set(form, list);
    }
  return map;
})();

/** Is what stands from token c, after the verb w (and its particle), an act's object ("added a second")? */
function actNotStatement(view: EnView, w: string, c: number): boolean {
  const acts = ACT_OBJECT_FORMS.get(w);
  if (!acts) return false;
  const text = view.doc.text.slice(view.start(c), view.start(c) + 80);
  const particle = view.lower(c - 1);
  return acts.some(([p, object]) => (p === null || p === particle) && object.test(text));
}

/** Formulas of reporting that carry no statement: a refused comment, a request for anonymity. */
const NO_STATEMENT =
  /^(?:to (?:(?:a|the|our|my|repeated|several|multiple) )?(?:requests?|messages?|calls?|emails?|inquiries) (?:for|seeking) comment|not to be (?:named|identified)|to comment\b|to (?:give|provide|offer|release|disclose|share) (?:any )?(?:further |more |additional |other )?(?:details|specifics|information|comment)\b|for comment\b|(?:the )?condition (?:of anonymity|that (?:he|she|they|we|i) not be (?:named|identified))|anonymity\b)/iu;

/**
 * Does the object from token c fit a verb that is mostly an act ("approved", "raised",
 * "welcomed")? Only when one of the verb's nouns stands among its first five words.
 */
function fitsRestrictedObject(view: EnView, w: string, c: number): boolean {
  const nouns = RESTRICTED_OBJECT_VERBS.get(w);
  if (!nouns) return true;
  for (let j = c; j < view.size && j < c + 5 && view.isWord(j); j++) {
    if (nouns.has(view.lower(j).replace(/['’]s?$/u, ''))) return true;
  }
  // "touts the drug as a cure": what it is held to be is a claim
  if (TOUT_FORMS.has(w))
    for (let j = c + 1; j < view.size && j < c + 8 && view.isWord(j); j++)
      if (view.lower(j) === 'as') return true;
  return false;
}

/**
 * "report to prison", "reported to work": a form of "report" with "to" and no verb after it, and no
 * "that" close by in its sentence.
 */
function goesTo(view: EnView, k: number, c: number): boolean {
  if (!/^report(s|ed|ing)?$/u.test(view.lower(k)) || view.lower(c) !== 'to') return false;
  if (view.looksLikeVerb(c + 1) && !DETERMINERS.has(view.lower(c + 1))) return false;
  const end = view.sentenceEnd(view.start(c));
  for (let j = c + 1; j < view.size && j < c + 10 && view.start(j) < end; j++)
    if (view.lower(j) === 'that') return false;
  return true;
}

/** Verbs by which records, polls and counts show what they hold. */
const SHOWING = new Set(
  'show shows showed shown showing find finds found reveal reveals revealed indicate indicates indicated suggest suggests suggested put puts'.split(
    ' ',
  ),
);

/** Whether the subject before the verb at k is a record, poll or count ("the latest poll shows"). */
function recordBefore(view: EnView, k: number, floor: number): boolean {
  const phrase =
    agentOrSubject(view, k, floor) ?? looseSubject(view, k, floor, true) ?? longSubject(view, k, floor);
  if (!phrase) return view.lower(k - 1) === 'it';
  if (phrase.kind === 'pronoun') return view.lower(view.tokenAt(phrase.start)) === 'it';
  const first = view.tokenAt(phrase.start);
  for (let j = view.tokenAt(phrase.end) - 1; j >= first; j--) {
    if (REPORTER_NOUNS.has(view.lower(j))) return true;
  }
  return false;
}

/** A possessive name and a report or stance noun within the first words from c ("Smith's claim"). */
function ownedReportNoun(view: EnView, c: number): boolean {
  for (let j = c; j < c + 5 && j + 1 < view.size; j++) {
    if (!view.isWord(j)) return false;
    const n = view.lower(j + 1);
    if (/['’]s$/u.test(view.lower(j)) && (REPORT_NOUNS.has(n) || STANCE_NOUNS.has(n))) return true;
  }
  return false;
}

/** Words after a comma that continue a noun phrase ("…, including …", "…, such as …"). */
const NP_GOES_ON = new Set([
  'including',
  'such',
  'especially',
  'particularly',
  'notably',
  'and',
  'or',
  'like',
]);

/**
 * Whether the comma at j opens a cue that closes the sentence ("…, the minutes showed.", "…, a
 * new poll finds.", "…, officials said on Friday."): a few words of subject, then a verb of saying
 * or showing with at most a short tail.
 */
function trailingCue(view: EnView, j: number): boolean {
  const end = view.sentenceEnd(view.start(j));
  // "…, which critics say …", "…, or angel dust, was found": a relative clause or a
  // coordinated noun is no subject of a cue
  if (/^(which|who|whom|whose|that|or|and|but|in|to)$/u.test(view.lower(j + 1))) return false;
  for (let m = j + 2; m < view.size && m - j <= 7 && view.start(m) < end; m++) {
    const p = view.lower(m - 1);
    if ((!view.isWord(m - 1) && !view.isAbbrevDot(m - 1)) || AUXILIARIES.has(p) || p === 'to') return false;
    const w = view.lower(m);
    if (!(view.isVerb(m) || SHOWING.has(w)) || w.endsWith('ing') || view.isCapitalized(m)) continue;
    // only a light tail after the verb: "said on Friday", "told reporters", "found in May"
    const after = view.skipTime(m + 1);
    const light =
      view.start(after) >= end ||
      !view.isWord(after) ||
      TRAIL_AFTER_CUE.has(view.lower(after)) ||
      (/^(told|tells)$/u.test(w) && (view.isCapitalized(after) || TOLD_OBJECTS.has(view.lower(after))));
    return light && closesSentence(view, m + 1, end);
  }
  return false;
}

/**
 * Where the object of a verb of judging or proposing ends at token j: a comma that does not go
 * on with the noun phrase ("the plan, another sign of …"), or a phrase of time or of the
 * occasion ("attacked the plan on Friday", "… in a series of tweets").
 */
function objectEnds(view: EnView, j: number): boolean {
  const w = view.lower(j);
  if (view.text(j) === ',') {
    // "…, he's sought …", "…, Trump highlighted …": a new clause
    const n = j + 1;
    const nw = view.lower(n);
    // "…, and one farmer has …": a new clause with its own subject
    if (/^(and|but)$/u.test(nw) && view.opensClause(n + 1)) return true;
    if (NP_GOES_ON.has(nw)) return false;
    // "endorses Trump, who says he is honored": the relative clause is the writer's
    // (not when the relative clause closes before a preposition: "accused Cole, who …, of lying")
    if (nw === 'who' && view.isCapitalized(j - 1)) {
      for (let m = j + 2; m < view.size && m - j < 25; m++) {
        if (view.text(m) === ',') return !isPreposition(view.lower(m + 1));
        if (!view.isWord(m) && !view.isAbbrevDot(m)) break;
      }
      return true;
    }
    if (PRONOUNS.has(nw) || /^(he|she|they|it|we|i)['’]/u.test(nw)) return true;
    if (view.isCapitalized(n) && (view.looksLikeVerb(n + 1) || AUXILIARIES.has(view.lower(n + 1))))
      return true;
    if (trailingCue(view, j)) return true;
    // "…, leaving no money …", "…, another example of …": the writer's addition
    return (
      /^\p{Ll}+ing$/u.test(view.text(n)) ||
      /^(another|yet)$/u.test(nw) ||
      (nw === 'the' && view.lower(n + 1) === 'latest')
    );
  }
  // "championed the bill and extended it to …", "signaled support but has been met with …": the
  // subject's next verb after its object
  if (/^(and|but)$/u.test(w) && view.isWord(j - 1)) {
    const n = view.lower(j + 1);
    if (/^(has|have|had|was|were|is|are)$/u.test(n) && /^\p{Ll}+(ed|en)$/u.test(view.text(j + 2)))
      return true;
    if (
      /^\p{Ll}{3,}ed$/u.test(view.text(j + 1)) &&
      (DETERMINERS.has(view.lower(j + 2)) || view.lower(j + 2) === 'to' || PRONOUNS.has(view.lower(j + 2)))
    )
      return true;
  }
  // "dismissed Estonia as a suburb — a metaphor for …": the writer's addition after a dash
  if (DASHES.has(view.text(j)) || (view.text(j) === '-' && view.text(j + 1) === '-')) return true;
  // "supported the party during his years in office": when it was said, not what
  // ("release soldiers captured during the war": a participle before it takes the phrase)
  if (w === 'during') return !/^\p{Ll}{3,}(?:ed|en)$/u.test(view.text(j - 1));
  // "endorsed Smith in July", "praised the plan on Friday": when it was said, not what
  if (/^(in|on|at|last|this|early|late)$/u.test(w) && isTimeWord(view.lower(j + 1))) return true;
  if (/^(early|late|earlier|later)$/u.test(w) && /^(on|in|this|last|that)$/u.test(view.lower(j + 1)))
    return true;
  // "condemned the launch as Pyongyang fired …": a clause of its own after "as"
  if (view.asClause(j)) return true;
  // "… in an on-air diatribe", "… in a series of tweets": where it was said
  if (w !== 'in') return false;
  for (let m = j + 1; m < j + 5 && m < view.size; m++) {
    const t = view.lower(m);
    if (VENUES.has(t) || VENUES.has(t.replace(/s$/u, '')) || t === 'diatribe') return true;
    if (!view.isWord(m)) return false;
  }
  return false;
}

/**
 * Whether a subject can report: a name, a pronoun, or a description headed by a role noun or a
 * capitalized word ("the campaign", "the Pentagon") — not "a simple question" or "his grand plan".
 */
function headsPhrase(view: EnView, phrase: Phrase): boolean {
  if (phrase.kind !== 'role') return true;
  const head = view.tokenAt(phrase.end) - 1;
  const w = view.lower(head);
  // "residents of the eastern wards": a plural noun after its modifiers
  const plural = isPlural(w) && view.tokenAt(phrase.start) < head;
  if (ROLE_NOUNS.has(w) || TITLES.has(w) || REPORTER_NOUNS.has(w) || view.isCapitalized(head) || plural)
    return true;
  // "the new poll released on Friday": the noun before a participle or a preposition heads it
  const first = view.tokenAt(phrase.start);
  let h = first;
  while (h < head && !SUBJECT_LINKS.has(view.lower(h + 1)) && !/(ed|ing)$/u.test(view.lower(h + 1))) h++;
  if (h === head) return false;
  const hw = view.lower(h);
  return ROLE_NOUNS.has(hw) || TITLES.has(hw) || REPORTER_NOUNS.has(hw) || (isPlural(hw) && h > first);
}

/** What was reported before a trailing cue ("…, Smith said", "…, according to Smith"): four words or more, no quotation marks. */
function reportedBefore(view: EnView, start: number, end: number, quoteFirst = false): Span | null {
  const content = view.trim(start, end);
  // a quoted fragment inside makes a mixed quote (see quotes()); a quote that opens it is direct
  if (
    !content ||
    view.wordsBetween(content.start, content.end) < 3 ||
    (!quoteFirst && QUOTE_CHARS.test(view.doc.text[content.start] ?? ''))
  )
    return null;
  // "But when Congress cut the funds, …", "Campaigning in 2012, …": an adverbial clause is not
  // what was said
  let f = view.tokenAt(content.start);
  if (/^(but|and|so)$/u.test(view.lower(f))) f++;
  const adverbial = ADVERBIAL_OPENERS.has(view.lower(f)) || /^\p{Lu}\p{Ll}+ing$/u.test(view.text(f));
  // … unless a main clause follows it after a comma ("When the training fits, it works")
  if (adverbial && !view.doc.text.slice(view.start(f), content.end).includes(',')) return null;
  return content;
}

/** "Most commuters prefer trains, the survey found.": a verb of reporting closing the sentence. */
function invertedReport(view: EnView, k: number, floor: number): Attribution | null {
  const inverted = invertedCue(view, k, floor);
  if (!inverted?.phrase || !headsPhrase(view, inverted.phrase)) return null;
  if (view.tokenAt(inverted.comma) - view.tokenAt(floor) > MAX_CONTENT) return null;
  const content = reportedBefore(view, floor, inverted.comma);
  if (!content) return null;
  return reported(
    content,
    { start: view.start(k), end: view.end(k) },
    inverted.phrase,
    content.start,
    'en.quote.indirect-inverted',
  );
}

/** "Smith's claim that …", "the mayor's warning that …": the that-clause, said by the possessor. */
function reportNoun(view: EnView, k: number, floor: number): Attribution | null {
  const owner = view.text(k - 1);
  let particle = view.lower(k + 1);
  const cue = { start: view.start(k), end: view.end(k) };
  // "the claim by the mayor that …": the agent after "by", then the that-clause
  if (particle === 'by' && REPORT_NOUNS.has(view.lower(k))) {
    const agent = view.phraseAfter(k + 2, view.sentenceEnd(view.start(k)));
    const that = agent ? view.tokenAt(agent.end) : -1;
    if (!agent || view.lower(that) !== 'that') return null;
    const content = subjectClauseEnd(view, k, floor, that, view.withThat(view.contentFrom(that + 1), that));
    if (!content) return null;
    return reported(content, cue, agent, agent.start, 'en.quote.indirect-noun');
  }
  // "Smith's view is that …": the that-clause after a form of "be"
  let skip = 0;
  if (/^(is|was)$/u.test(particle) && view.lower(k + 2) === 'that') {
    particle = 'that';
    skip = 1;
  }
  const takes = particle === 'that' || (STANCE_NOUNS.get(view.lower(k))?.has(particle) ?? false);
  if (!takes) return null;
  let phrase: Phrase;
  if (/^(his|her|their)$/u.test(view.lower(k - 1)) && particle === 'that') {
    // "his claim that …": the owner is the person last spoken of
    phrase = { start: view.start(k - 1), end: view.end(k - 1), kind: 'pronoun' };
  } else {
    if (!/\p{Lu}.*['’]s$/u.test(owner)) return null;
    const name = view.nameIn(view.tokenAt(floor), k - 1);
    if (!name || name.end !== view.end(k - 1)) return null;
    const span = { start: name.start, end: name.end - 2 };
    phrase = { start: span.start, end: span.end, kind: 'name', name: span };
  }
  const content =
    particle === 'that' && skip === 0
      ? subjectClauseEnd(view, k, floor, k + 1, view.withThat(view.contentFrom(k + 2), k + 1))
      : view.withThat(view.contentFrom(k + 2 + skip), particle === 'that' ? k + 1 + skip : -1);
  if (!content) return null;
  return reported(content, cue, phrase, phrase.start, 'en.quote.indirect-noun');
}

/**
 * "Smith's claim that the pier is safe was false": a report noun that opens its sentence makes
 * its that-clause the subject, which ends where the sentence's own verb comes after the clause's.
 */
function subjectClauseEnd(
  view: EnView,
  k: number,
  floor: number,
  that: number,
  content: Span | null,
): Span | null {
  if (!content) return null;
  // the noun phrase opens the sentence: "Smith's claim", "The claim by …", "His claim"
  let f = view.tokenAt(floor);
  if (DETERMINERS.has(view.lower(f))) f++;
  if (k - f > 4) return content;
  let seen = false;
  for (let j = that + 1; j < view.size && view.start(j) < content.end; j++) {
    const w = view.lower(j);
    const finite = AUXILIARIES.has(w) || (view.looksLikeVerb(j) && !w.endsWith('ing'));
    if (!finite) continue;
    const before = view.lower(j - 1);
    // the sentence's own verb: a form of "be", "have" or a modal after the clause's verb
    if (
      seen &&
      AUXILIARIES.has(w) &&
      !/^(and|or|but|which|who|that|,|not)$/u.test(before) &&
      !AUXILIARIES.has(before)
    )
      return view.trim(content.start, view.start(j));
    seen = true;
  }
  return content;
}

/** The speaker and comma of an inverted cue around the verb at k, when the cue ends the sentence. */
function invertedCue(
  view: EnView,
  k: number,
  floor: number,
): { phrase: Phrase | null; comma: number } | null {
  const end = view.sentenceEnd(view.start(k));
  // ", said Smith."
  if (view.text(k - 1) === ',') {
    // "…, his spokeswoman, Tamar Kvaratskhelia, told reporters.": the name in apposition to a role
    const apposed = apposedNameBefore(view, k, floor, end);
    if (apposed) return apposed;
    const phrase = view.speakerAfter(k + 1, end);
    const after = phrase ? view.tokenAt(phrase.end) : k + 1;
    // ", told workers that …": what was told follows, this is no trailing cue
    if (view.lower(after) === 'that') return null;
    // ", say the fares are too high.": a clause after the verb, not its speaker
    if (AUXILIARIES.has(view.lower(after)) || (view.looksLikeVerb(after) && !view.isVerb(after))) return null;
    // "The union, which …, urged members to pack the meeting.": an object and its infinitive,
    // not an inverted speaker ("said Smith to reporters" keeps its listener)
    const inf = view.lower(after + 1);
    if (
      phrase &&
      view.lower(after) === 'to' &&
      /^\p{Ll}+$/u.test(view.text(after + 1)) &&
      !DETERMINERS.has(inf) &&
      !isPlural(inf) &&
      !LISTENER_NOUNS.has(inf) &&
      !TOLD_OBJECTS.has(inf)
    )
      return null;
    if (!phrase) {
      // ", declared bankruptcy.": a lowercase object, no speaker
      if (view.isWord(k + 1) && !view.isCapitalized(k + 1) && !isTimeWord(view.lower(k + 1))) return null;
      for (let j = k + 1; j < view.size && view.start(j) < end && j - k < 8; j++)
        if (AUXILIARIES.has(view.lower(j))) return null;
    }
    // ", said Brian Baker, a longtime adviser to the family.": an apposition closes it too
    const apposition =
      phrase?.kind === 'name' &&
      view.text(after) === ',' &&
      (DETERMINERS.has(view.lower(after + 1)) ||
        TITLES.has(view.lower(after + 1)) ||
        ROLE_NOUNS.has(view.lower(after + 1)));
    if (!apposition && !closesSentence(view, after, end)) return null;
    return { phrase, comma: view.start(k - 1) };
  }
  // ", Smith said." / ", he said." / ", officials from both parties said."
  // "…, Graham said, since …" also closes the reported clause
  const closes = closesSentence(view, k + 1, end) || view.text(view.skipTime(k + 1)) === ',';
  if (!closes) return null;
  // "…, Mexico said enough.", "…, he barely mentioned climate change.": a verb with its own
  // object is no trailing cue
  const after = view.skipTime(k + 1);
  if (
    view.start(after) < end &&
    view.isWord(after) &&
    !TRAIL_AFTER_CUE.has(view.lower(after)) &&
    !(
      /^(told|tells)$/u.test(view.lower(k)) &&
      (view.isCapitalized(after) || TOLD_OBJECTS.has(view.lower(after)))
    )
  )
    return null;
  const commaBefore = (phrase: Phrase | null): number => {
    if (!phrase) return -1;
    let c = view.tokenAt(phrase.start) - 1;
    // "…, several workers said", "…, one of the people said", "…, two of the officials said"
    const quantity = (w: string): boolean => QUANTIFIERS.has(w) || NUMBER_WORD.test(w) || /^\d+$/u.test(w);
    while (c > 0 && (DETERMINERS.has(view.lower(c)) || quantity(view.lower(c)))) c--;
    if (view.lower(c) === 'of' && quantity(view.lower(c - 1))) {
      c -= 2;
      while (c > 0 && DETERMINERS.has(view.lower(c))) c--;
    }
    return view.text(c) === ',' ? c : -1;
  };
  const strict = view.subjectBefore(k, floor);
  if (commaBefore(strict) >= 0) return { phrase: strict, comma: view.start(commaBefore(strict)) };
  // "…, top union leaders said.": a described subject the role lists do not cover
  const loose = looseSubject(view, k, floor, true);
  if (loose && commaBefore(loose) >= 0 && (headsPhrase(view, loose) || !strict))
    return { phrase: loose, comma: view.start(commaBefore(loose)) };
  // "…, the Centers for Disease Control and Prevention said.": a body's name joined by "and"
  const body = bodyNameBefore(view, k, floor);
  if (body && commaBefore(body) >= 0) return { phrase: body, comma: view.start(commaBefore(body)) };
  return null;
}

/**
 * "…, his spokeswoman, Tamar Kvaratskhelia, said.", "…, the club's lawyer, Ann Ruiz, told reporters.":
 * a cue that ends the sentence after a name set off by commas, in apposition to a role set off by
 * commas before it. The speaker is the name; what was said ends at the comma before the role.
 */
function apposedNameBefore(
  view: EnView,
  k: number,
  floor: number,
  end: number,
): { phrase: Phrase; comma: number } | null {
  let a = k + 1;
  if (/^(told|tells)$/u.test(view.lower(k)) && TOLD_OBJECTS.has(view.lower(a))) a++;
  a = view.skipTime(a);
  if (a < view.size && view.start(a) < end && !/^[.!?]$/u.test(view.text(a))) return null;
  const last = k - 2;
  if (last < 1 || !view.isCapitalized(last)) return null;
  const name = view.nameIn(Math.max(view.tokenAt(floor), last - 4), last);
  if (!name || name.end !== view.end(last)) return null;
  const c = view.tokenAt(name.start) - 1;
  if (view.text(c) !== ',') return null;
  // the role between the two commas: a few lowercase words or possessives, one of them a role
  let role = false;
  for (let j = c - 1; j > 0 && view.start(j) >= floor && c - j <= 6; j--) {
    const w = view.lower(j);
    if (view.text(j) === ',') {
      if (!role) return null;
      return { phrase: { start: name.start, end: name.end, kind: 'name', name }, comma: view.start(j) };
    }
    if (ROLE_NOUNS.has(w) || TITLES.has(w)) role = true;
    else if (!/^\p{Ll}+$/u.test(view.text(j)) && !/^['’]s?$/u.test(view.text(j)) && !/['’]s$/u.test(w))
      return null;
  }
  return null;
}

/**
 * The capitalized name of a body right before the verb at k, its words joined by "and", "of",
 * "for" or "&" ("the Department of Housing and Urban Development"), opened by "the" or a comma.
 */
function bodyNameBefore(view: EnView, k: number, floor: number): Phrase | null {
  const last = k - 1;
  if (last < 0 || !view.isCapitalized(last)) return null;
  let first = last;
  let joined = false;
  for (let j = last - 1; j >= 0 && view.start(j) >= floor && last - j < 12; j--) {
    if (view.isCapitalized(j) || view.isAbbrevDot(j)) {
      first = j;
      continue;
    }
    if (/^(and|of|for|&)$/u.test(view.lower(j)) && view.isCapitalized(j - 1) && first === j + 1) {
      joined = true;
      continue;
    }
    break;
  }
  if (!joined || SENTENCE_OPENERS.has(view.lower(first))) return null;
  const before = view.lower(first - 1);
  if (before !== 'the' && view.text(first - 1) !== ',') return null;
  return { start: view.start(first), end: view.end(last), kind: 'role' };
}

/** Nothing but a short tail ("in an interview", "on Monday") before the end of the sentence. */
function closesSentence(view: EnView, k: number, end: number): boolean {
  let n = 0;
  for (let j = k; j < view.size && view.start(j) < end; j++) {
    if (view.text(j) === ',' && n === 0) continue;
    if (view.isWord(j)) n++;
    if (n > 6) return false;
  }
  return true;
}

function accordingTo(view: EnView, k: number): Attribution | null {
  const pos = view.start(k);
  const sentenceStart = view.sentenceStart(pos);
  const end = view.sentenceEnd(pos);
  // "according to the city's finance office": the source runs to the comma or the end
  const phrase = view.phraseAfter(k + 2, end) ?? sourceUpTo(view, k + 2, end);
  const cue = { start: pos, end: view.end(k + 1) };
  if (view.tokenAt(sentenceStart) === k) {
    // "According to Smith, …"
    if (!phrase) return null;
    let c = view.tokenAt(phrase.end);
    while (c < view.size && view.text(c) !== ',' && view.start(c) < end && c - k < 20) c++;
    if (view.text(c) !== ',') return null;
    let content = view.contentFrom(c + 1);
    if (!content || QUOTE_CHARS.test(view.doc.text[content.start] ?? '')) return null;
    // "According to Smith, after the crash, the driver fled": an opening phrase, then the clause
    const open = view.lower(view.tokenAt(content.start));
    const comma = view.tokenAt(content.end);
    if ((SUBORDINATORS.has(open) || isPreposition(open)) && view.text(comma) === ',') {
      const rest = view.contentFrom(comma + 1);
      if (rest && !QUOTE_CHARS.test(view.doc.text[rest.start] ?? ''))
        content = { start: content.start, end: rest.end };
    }
    return reported(content, cue, phrase, pos, 'en.quote.according-to');
  }
  if (view.text(k - 1) === ',') {
    // "…, according to Smith."
    let content =
      k - view.tokenAt(sentenceStart) <= MAX_CONTENT
        ? reportedBefore(view, sentenceStart, view.start(k - 1))
        : null;
    if (!content) return null;
    // "A paid 25 percent, according to the office, and B paid 69 percent": the source set off by
    // commas inside the sentence reports all of it
    const after = phrase ? view.tokenAt(phrase.end) : -1;
    if (view.text(after) === ',' && /^(and|but)$/u.test(view.lower(after + 1))) {
      const rest = view.contentFrom(after + 2);
      if (rest && !view.hasQuoteMark(rest.start, rest.end)) content = { start: content.start, end: rest.end };
    }
    return reported(content, cue, phrase, content.start, 'en.quote.according-to');
  }
  return null;
}

/** The words from k up to a comma or the end (at most ten) as a role phrase, or null. */
function sourceUpTo(view: EnView, k: number, end: number): Phrase | null {
  let j = k;
  while (j < view.size && view.start(j) < end && view.text(j) !== ',' && view.text(j) !== '.' && j - k < 10)
    j++;
  if (j === k || j - k >= 10) return null;
  let first = k;
  if (/^(the|a|an)$/.test(view.lower(first))) first++;
  return first < j ? { start: view.start(first), end: view.end(j - 1), kind: 'role' } : null;
}
