// English people, places and organizations. Capitalized sequences are cut from the text, split at
// connectors ("and", "of") where they join two names, stripped of function words, demonyms, titles
// and possessives, and classified by (1) word lists — compromise's lexicon of names, places and
// organizations, the shared place gazetteer, our titles and organization heads — (2) the shape of
// the sequence (initials, particles, suffixes such as Inc or FC), (3) the words around it (in/at,
// said, results tables) and (4) what the rest of the document already established.
import {
  countryName,
  isCompanyName,
  isPersonName,
  lookupPlace,
  type PlaceInfo,
  placeNamesakes,
  placeWordSpansMayBeKeys,
} from '../../data/index.js';
import { isSpaceUnit } from '../../recognize/dates.js';
import { INNER_CAPITAL_NAME } from '../../recognize/entities.js';
import type { Context, Doc, EntityCandidate, EntityType } from '../../recognize/types.js';
import { spellsAcronym } from '../../resolve/entities.js';
import { afterDateline } from '../../text/dateline.js';
import { memoize } from '../../text/memo.js';
import type { Token } from '../../text/segment.js';
import type { PlaceKind } from '../../types.js';
import { GB_COUNTIES } from './lexicon/counties.js';
import {
  ACRONYM_LONG_FORMS,
  APPOSED_ROLES,
  CLUB_NICKNAMES,
  COMPANY_WORDS,
  DOT_ABBREVIATIONS,
  EVENT_WORDS,
  EXTRA_DEMONYMS,
  EXTRA_PLACES,
  FEAST_WORDS,
  FIRE_WORDS,
  FOOTBALL_CLUBS,
  HEADLINE_SPORTS,
  HONORIFICS,
  INDIVIDUAL_SPORTS,
  JOB_NOUNS_BEFORE_AT,
  LANDMARKS,
  LAW_AND_AWARD_WORDS,
  MONTH_NAMES_GIVEN,
  MOTOR_RACING_TEAMS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NATIONAL_COMPANY_TRADES,
  NATIONAL_SIDE_NICKNAMES,
  NEWS_AGENCIES,
  NEWSPAPER_TITLES,
  NOT_NAMES,
  ORG_HEADS,
  ORG_HEADS_BEFORE_OF,
  ORG_NOUNS_AFTER,
  ORG_SUFFIXES,
  PARTY_LABELS,
  PARTY_NAMES,
  PERSON_NOUNS_BEFORE,
  PLACE_HEADS,
  PLACE_NOUNS_AFTER,
  PLACE_NOUNS_BEFORE_OF,
  POSSESSIVE_COMPANIES,
  PRESS_NOUNS_AFTER,
  PRESS_TITLE_WORDS,
  SETTLEMENT_TAILS,
  SINGLE_WORD_ORGS,
  SPORTS_CLUB_WORDS,
  SPORTS_VENUES,
  STORM_WORDS,
  TEAM_SPORTS,
  TITLE_HEADS,
  TITLE_MODIFIERS,
  US_STATE_ABBREVIATIONS,
  US_STATE_INITIALS,
  US_STATE_NAMES,
  US_STATES,
  WELL_KNOWN_ORGS,
} from './lexicon.js';
import { type EnglishLexicon, englishLexicon } from './nlp.js';
import { MODALS } from './speech.js';

/** A word of a capitalized sequence: a token, or an initial or abbreviation with its full stop. */
interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case, without a final possessive. */
  lower: string;
}

interface Chunk {
  words: Word[];
  /** The first word starts a sentence (its capital says nothing). */
  sentenceStart: boolean;
  /** The sequence sits in an all-caps line (a headline, dateline or table) or a title-case headline. */
  headline: boolean;
  /** Index of the line (paragraph) in the document. */
  line: number;
  /** The line is a dateline ("LONDON 1996-08-30", "MILWAUKEE, Wisconsin 1996-08-29"). */
  dateline: boolean;
  /** The sequence is the first thing on its line. */
  lineStart: boolean;
}

interface Decision {
  type: EntityType;
  rule: string;
  titles?: string[];
  placeKind?: PlaceKind;
  country?: string | null;
  canonical?: string;
  /** A place known only as a small town of the gazetteer (weak evidence at a sentence start). */
  smallTown?: boolean;
}

/** The words just around a span. */
interface Around {
  /** The word before `before` ("town" in "the town of X"). */
  before2: string;
  before: string;
  /** The previous word as written, punctuation included. */
  beforeRaw: string;
  /** The previous word ends in a letter (no comma or full stop between it and the span). */
  beforeJoined: boolean;
  /** A comma right before or right after the span (a list). */
  listed: boolean;
  after: string;
  beforeNumber: boolean;
  afterNumber: boolean;
}

/** The lower-case word right after a name ("Apple unveiled" → "unveiled"). */
const WORD_AFTER = /^[ \t]+(\p{Ll}+)\b/u;
/** Auxiliaries and verbs a company does that compromise does not tag as verbs. */
const AUXILIARIES = new Set('has have had is was will would could may said says sues'.split(' '));
/** Counties and council areas of the United Kingdom ("kent", "west sussex"). */
const COUNTIES: ReadonlySet<string> = new Set(GB_COUNTIES.trim().split('\n'));
/** The name before a county in a list ("Kent, " / "Kent and "), and the name after one. */
const COUNTY_BEFORE = /(\p{Lu}\p{L}+(?:[ \t]\p{Lu}\p{L}+)?)(?:,|[ \t]and|[ \t]or|,[ \t]and)[ \t]+$/u;
const COUNTY_AFTER = /^(?:,|[ \t]and|[ \t]or|,[ \t]and)[ \t]+(\p{Lu}\p{L}+(?:[ \t]\p{Lu}\p{L}+)?)/u;
/** A country's possessive right before a name ("Vietnam's ", "South Korea's "): the country. */
const COUNTRY_POSSESSIVE = /(?:^|[^\p{L}])(\p{Lu}\p{L}+(?:[ \t]\p{Lu}\p{L}+)?)['’]s[ \t]+$/u;
/** Capitalized function words that open no name even when short ("The", "An", "This"). */
const DETERMINERS = new Set('the a an this that its his her our my your their no all any'.split(' '));
/** The most words a capitalized sequence may have before it is cut (names are shorter). */
const MAX_SEQUENCE = 12;
/** A lower-case word and a group noun right after a name ("rescue group", "rights organization"). */
const GROUP_AFTER =
  /^[ \t]+\p{Ll}+(?:-\p{Ll}+)?[ \t]+(?:group|organi[sz]ation|movement|coalition|network|alliance)\b/u;
/** ", known as", "(known as" right before a name: another name of what was just named. */
const KNOWN_AS = /[,(][ \t]*(?:also[ \t]+|better[ \t]+|popularly[ \t]+)?known[ \t]+as[ \t]+(?:the[ \t]+)?$/u;
/** Heads of French, Spanish, Portuguese and Italian body names, where "en" joins like "of" ("Institut de Recherche en Sciences de la Santé"). */
const FOREIGN_ORG_HEADS = new Set([
  'institut',
  'institutet',
  'instituut',
  'université',
  'universite',
  'centre',
  'centro',
  'instituto',
  'universidad',
  'universidade',
  'università',
  'école',
  'ecole',
  'agence',
  'conseil',
  'comité',
  'ministère',
  'ministerio',
  'direction',
  'société',
  'laboratoire',
]);
/** A bank's head word in Italian, Spanish, Portuguese, French, German and Dutch ("Banca d'Italia"). */
const FOREIGN_BANKS = new Set([
  'banca',
  'banco',
  'banque',
  'bankhaus',
  'caixa',
  'caja',
  'cassa',
  'crédit',
  'credito',
]);
/** "'s Google", "'s TikTok": a possessive before a capitalized name. */
const OWNS_COMPANY = /^['’]s[ \t]+(\p{Lu}[\p{L}\d-]*)/u;
/** Words of a game report: points, rebounds, touchdowns, innings … */
const GAME_REPORT =
  /\b(?:scored|points|rebounds|assists|touchdowns?|innings|home\s+runs?|yards|wickets|goals)\b/iu;
/** A final score: "112-104", "3-1". */
const FINAL_SCORE = /\b\d{1,3}-\d{1,3}\b/u;
/** A broadcaster's call sign: "KHOU-TV", "WNYC-FM", "KCBS-AM". */
const CALL_SIGN = /^[KWC][A-Z]{2,3}-(?:TV|FM|AM|DT)$/u;
/** " and La Paz counties": the second of a pair of places and their plural noun. */
const PAIR_OF_PLACES =
  /^[ \t]+(?:and|or)[ \t]+(?:\p{Lu}[\p{L}.'-]*[ \t]+){1,3}(?:counties|provinces|states|districts|regions|prefectures|regencies|islands|parishes|townships|municipalities)\b/u;
/** An age in apposition, then "of": "Kieran Walsh, 34, of Salford". */
/** What follows a person's name and nothing else's: ", who" or an age set off by commas or a dash (", 45,", ", 45 --"). */
const PERSON_APPOSITION = /^,[ \t]+(?:who\b|\d{1,3}(?:,|[ \t]*(?:--|[–—])))/u;
/**
 * "Anu Talus, the board's chair,", "Lena Ortiz, the commission's executive vice president for …": an
 * apposition headed by an office names a person (not "the defending champion", "the market leader",
 * which a club or a company may be).
 */
const OFFICE_APPOSITION =
  /^,[ \t]+(?:the|its|his|her|their)[ \t]+(?:[\p{L}.&-]+(?:['’]s?)?[ \t]+){0,4}?(president|chair|chairman|chairwoman|chairperson|director|secretary|minister|spokesman|spokeswoman|spokesperson|governor|mayor|senator|ambassador|commissioner|executive|officer|founder|editor|professor|adviser|advisor|economist|lawyer|attorney|prosecutor|judge)(?=[ \t]*[,.;]|[ \t]+(?:of|for|at|in)\b)/u;
const AGE_THEN_OF = /\b\d{1,3},[ \t]+of[ \t]+$/u;
/** Geographic words that open a place's name and may be left out later ("Mount X" … "X"). */
const PLACE_OPENING_HEADS = new Set(['mount', 'mt', 'lake', 'river', 'cape', 'isla', 'pulau', 'gunung']);
/** English compass points and the Indonesian word a province name ends with ("East Nusa Tenggara" = "Nusa Tenggara Timur"). */
const INDONESIAN_COMPASS: ReadonlyMap<string, string> = new Map([
  ['north', 'Utara'],
  ['south', 'Selatan'],
  ['east', 'Timur'],
  ['west', 'Barat'],
  ['central', 'Tengah'],
  ['southeast', 'Tenggara'],
  ['southwest', 'Barat Daya'],
]);
/** Compass points that open the name of part of a region ("East Java"). */
const COMPASS_POINTS = new Set(
  'north south east west central northern southern eastern western northeast northwest southeast southwest'.split(
    ' ',
  ),
);
/** Legal forms written with a full stop ("Inc.", "Corp."). */
const DOTTED_FORMS = new Set(['inc', 'corp', 'co', 'ltd', 'bros', 'cos', 'plc']);
/** Road words that take a number as the rest of their name ("Highway 128"). */
const ROAD_HEADS = new Set(['highway', 'route', 'interstate', 'freeway', 'motorway']);
/** Legislative chambers a party word may follow ("Senate Republicans", "House Democrats"). */
const LEGISLATURES = new Set(['senate', 'house', 'congress', 'parliament', 'assembly', 'legislature']);
/** Place head words that are also common surnames ("Orleans Parish" but "Steve Parish", "coach Brian Lane", "Sally Field"). */
const SURNAME_HEADS = new Set(['parish', 'meadows', 'lane', 'field', 'wood', 'woods', 'brooks']);
/** Head words that end a place's name but open none ("the Texas Capitol", not "Capitol Records"). */
const LAST_PLACE_HEADS = new Set(['capitol', 'statehouse']);
/** Areas whose name may stand before an office held there ("Marin County Sheriff", "Kano State Governor"). */
const ADMIN_AREAS = new Set(['county', 'state', 'province', 'city']);
/** An opening quotation mark (and an article) right before a name, and the word before the mark. */
const WORK_TITLE_OPEN = /(?:^|\n|(\S*)[ \t]+)["“](?:The[ \t]+|A[ \t]+|An[ \t]+)?$/u;
/**
 * Does a closing mark stand right after the name at `end`, maybe after the comma or full stop it keeps
 * inside (/^[,.!?]?["”]/ read in place)?
 */
function closesWorkTitle(text: string, end: number): boolean {
  let c = text.charCodeAt(end);
  if (c === 44 || c === 46 || c === 33 || c === 63) c = text.charCodeAt(end + 1); // , . ! ?
  return c === 34 || c === 0x201d; // " ”
}
/** A cabinet office and a name after a portfolio: "(Mineral Resources) Minister Sipho Dube". */
const PORTFOLIO_AFTER =
  /^[ \t]+(?:Minister|Secretary|Commissioner|Minister[ \t]+of[ \t]+State)[ \t]+\p{Lu}\p{Ll}/u;
/** The last word of a portfolio: a field in the plural ("Resources", "Affairs") or an adjective ("Financial"). */
function portfolioEnd(c: Classifier, surface: string): boolean {
  const last = surface.slice(surface.lastIndexOf(' ') + 1);
  return /\p{Ll}[^s]s$/u.test(last) || c.lex.common.get(lowerOf(last)) === 'Adjective';
}
/** Rules that make a body of a portfolio's words ("Natural Resources", "Human Services"). */
const PORTFOLIO_RULES = new Set(['en.org.suffix', 'en.org.head-word']);
/** A verb of winning and "the" right before a name: "won the Golden Lion", "wins the", "was awarded the". */
const WON_BEFORE = /\b(?:won|wins?|winning|awarded|receives?|received|took|takes)[ \t]+the[ \t]+$/u;
/** A storm named by its kind: "Hurricane Delphine", "Tropical Storm Rafael", "Super Typhoon Yagi". */
const STORM_NAME =
  /\b(?:Hurricane|Typhoon|Cyclone|(?:Super|Severe)[ \t]+(?:Typhoon|Cyclone)|(?:Tropical|Subtropical|Winter)[ \t]+Storm|Storm)[ \t]+(\p{Lu}\p{Ll}+)\b/gu;
const STORM_WORD = /^(?:Hurricane|Typhoon|Cyclone|(?:Tropical|Subtropical|Winter)[ \t]+Storm|Storm)[ \t]+/u;
/** Korean and Chinese family names that open a name written "Park Sang-hyun", "Lai Ching-te". */
const EAST_ASIAN_SURNAMES = new Set(
  `kim lee yi park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin
  sin kwon hwang ahn an song yoo yu hong jeon chun ko moon mun yang son sohn bae baek paik heo huh nam rhee
  roh noh ha kwak min ryu woo ji ju chu tsai lai chen lin wang zhang liu huang wu hsu kuo ma su hou tseng
  chiang yeh lu teng hu xi li zhao zhou sun gao guo he luo zheng xie tang deng feng cao peng zeng xiao tian
  dong pan yuan cai jiang du ye cheng wei xu ding shen ren yao jin lo leung wong cheung chan ho`.split(
    /\s+/u,
  ),
);
/** A given name of two syllables joined by a hyphen: "Sang-hyun", "Ching-te", "Chang-yong". */
const SYLLABLE_PAIR = /^\p{Lu}\p{Ll}{0,5}-\p{Ll}{1,5}$/u;
/** The second half of a compound adjective, no given name ("Hong Kong-based"). */
const COMPOUND_ENDS =
  /-(?:based|born|bred|led|owned|run|backed|made|listed|linked|funded|controlled|style|era|area|wide|bound|like|built|speaking)$/u;
/** Plurals that name a company's wares ("Capitol Records", "Warner Studios"): no family name there. */
const BUSINESS_PLURALS = new Set(
  'records studios pictures games books films stores farms labs works tools toys brands recordings bonds shares notes stocks futures files papers'.split(
    ' ',
  ),
);
/** Plurals that end a town's name ("Tunbridge Wells", "Colorado Springs"). */
const TOWN_PLURALS = new Set(['wells', 'springs', 'falls', 'heights', 'sands', 'fields', 'woods', 'rapids']);
/** The head word of an area's name and the kind of place it makes ("Maricopa County", "Quezon City"). */
const AREA_HEAD_KINDS = new Map<string, PlaceKind>([
  ...'county province state district region territory parish borough prefecture oblast governorate canton'
    .split(' ')
    .map((w): [string, PlaceKind] => [w, 'region']),
  ...'city town village'.split(' ').map((w): [string, PlaceKind] => [w, 'city']),
]);
const ROAD_NUMBER = /^\d{1,4}[A-Z]?$/u;
const UPPER = /^\p{Lu}/u;
const DATELINE = /^\p{Lu}[^\n]{0,80}\s\d{4}-\d\d-\d\d\s*$/u;
/** A dateline's town in capitals and its region, with the date on the next line ("DOVER, Del."). */
const TOWN_LINE = /^\p{Lu}[\p{Lu}\p{M} .'-]{1,40}(?:,[ \t]+\p{Lu}[\p{L}\p{M} .'-]{0,30})?[ \t]*$/u;
/** A line that is only a date ("1996-08-30"). */
const DATE_LINE = /^\d{4}-\d\d-\d\d[ \t]*$/u;
/** "THE HAGUE, Netherlands (AP) —", "WASHINGTON (Reuters) -": a dateline opening the first paragraph. */
const AGENCY_DATELINE =
  /^\p{Lu}[\p{Lu}\p{M} .'-]{1,40}(?:, [\p{L}\p{M} .'-]{1,30})?(?:, [\p{L}\d .,]{1,24})? \((?:AP|Reuters|AFP|UPI|Xinhua|Bloomberg|dpa|Kyodo)\)/u;
const HAS_LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const INITIAL = /^\p{Lu}$/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
const ACRONYM = /^\p{Lu}[\p{Lu}&]{1,5}$/u;
/** The Pacific's climate patterns, written with or without the tilde. */
const CLIMATE_PATTERN = /^(?:el ni[ñn]o|la ni[ñn]a)$/u;
/** Acronyms joined by hyphens ("VNO-NCW"). */
const ACRONYM_PAIR = /^\p{Lu}{2,6}(?:-\p{Lu}{2,6})+$/u;

/** Verbs only a person does (a country or company does not resign or die). */
const PERSON_VERBS = new Set(
  'met meets resigned resigns died dies married smiled laughed wept shrugged apologized apologised'.split(
    ' ',
  ),
);
/** "met expectations", "meets its targets": what a company meets. */
const METRIC_OBJECT =
  /^\s+\w+\s+(?:(?:its|their|the|analysts'?|market)\s+)?(?:expectations|estimates|forecasts|targets?|goals?|demand|requirements|criteria|standards|deadlines?|obligations)\b/iu;
const SAY = new Set(
  'said says say told added stated explained noted argued insisted warned announced asked replied wrote'.split(
    ' ',
  ),
);
/**
 * A verb of saying right after a name, then the pronoun that takes the name up again: "Korvex said it would
 * …", "Tarvel told reporters that it had …".
 */
const PRONOUN_AFTER_SAYING =
  /^[ \t]+(?:said|says|told[ \t]+\p{L}+|added|announced|stated)(?:[ \t]+(?:on|late[ \t]+on|early[ \t]+on|late|early)[ \t]+\p{Lu}\p{Ll}+|[ \t]+in[ \t]+a[ \t]+statement|[ \t]+(?:yesterday|today|earlier|later))?(?:[ \t]+that)?[ \t]+(it|he|she)[ \t]+(\p{Ll}+)(?:[ \t]+(\p{Ll}+))?/u;
/** What "it" after a verb of saying opens when it is no body: "Dane said it was unfair", "… it would be hard". */
const IT_COPULAS = new Set(
  'was is seemed seems looked looks felt feels appeared appears remains remained'.split(' '),
);
/** Adjectives that open place names and are no given names ("Old Trafford", "Great Yarmouth"). */
const PLACE_OPENERS = new Set('old new great little upper lower high fort port mount saint'.split(' '));
const LOCATIVE = new Set('in near outside across throughout inside around'.split(' '));
/** Connectors after an office's head word that open its field ("Ministry of", "Department for"). */
const FIELD_JOINERS = new Set(['of', 'for']);
/** Words before a place name that mean a venue, not a team, in sports reports. */
const VENUE = new Set('in at near outside from to of'.split(' '));
/** A country in brackets after a name, then a score or a result's verb: " (Spain) 88", " (Poland) beat". */
const COUNTRY_IN_BRACKETS =
  /^[ \t]*\((\p{Lu}[\p{L} .'-]{1,24})\)[ \t]+(?:\d|beat\b|beats\b|drew\b|lost\b|v\b)/u;
/** The word before "for" when a club is played for ("played for Nice", "signed for Hull", "scored for"). */
const SERVED_FOR = new Set(
  'played plays playing play signed signs scored scores starred appeared appearances'.split(' '),
);
/** The word before "to" when a player goes to a club ("transferred to Milan", "loaned to Hull"). */
const TRANSFERRED_TO = new Set('transferred transfer loaned sold switched'.split(' '));
/** The word before "at" when someone serves a club ("a spell at Swindon", "his manager at Leeds"). */
const SERVICE_AT = new Set('coach manager spell stint career spells stints playing'.split(' '));
/** A move between clubs before "from" ("joined Leeds from Swindon", "signed from Derby"). */
const TRANSFER_FROM = /\b(?:joined|joins|signed|signs|transferred|bought|loaned|recruited)\b[^.;!?]*$/u;
/** The word before "to" when a side is beaten by the name after it ("lost to", "at home to", "defeat to"). */
const DEFEAT_BEFORE_TO = new Set('lost lose loses losing home away defeat defeats loss losses'.split(' '));
const CLUB_SUFFIXES = new Set(
  'united rovers wanderers athletic albion hotspur rangers city county town'.split(' '),
);
/** Nouns of a holding before "in" and a company ("shares in X", "a stake in X"). */
const HOLDING_NOUNS = new Set('shares share stake stakes holding holdings investment investments'.split(' '));
/** Club suffixes that name no town or county ("Rovers", "Wanderers"; not "City", "County"). */
const CLUB_ONLY_SUFFIXES = new Set('united rovers wanderers athletic albion hotspur rangers'.split(' '));
/** A club named after its town: "Newcastle United", "Coventry City" (the town is group 1). */
const CLUB_NAME = new RegExp(
  `(?<![\\p{L}])(\\p{Lu}\\p{Ll}+) (?:${[...CLUB_SUFFIXES].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})(?![\\p{L}])`,
  'gu',
);
/** Club suffixes that also make a town's or county's own name ("Quezon City", "Orange County"). */
/** "in Rotterdam and ", "at Leeds, Hull or ": a list of places opened by a preposition of place. */
const VENUE_LIST_BEFORE =
  /(?:^|[^\p{L}])(?:in|at|near)[ \t]+\p{Lu}[\p{L}.'-]*(?:[ \t]\p{Lu}[\p{L}.'-]*)?(?:,[ \t]+\p{Lu}[\p{L}.'-]*)*,?[ \t]+(?:and|or)[ \t]+$/u;
const TOWN_SUFFIXES = new Set(['city', 'county', 'town']);
/** Nouns after a town's name that make it a club ("the Moscow club"). */
const TEAM_NOUNS = new Set('side club team fans coach manager players supporters'.split(' '));
/** Last words of job titles that are not themselves titles before a name ("Operating Officer"). */
const TITLE_WORDS_AT_END = new Set(
  'officer executive president chairman director secretary minister'.split(' '),
);
/**
 * What follows an acronym that names a market's index or instrument, no body: "PIBOR futures", "the DAX
 * index", "BTP yields" (not what a body issues or publishes: "EIB bonds", "EIA data", "ABB equipment").
 */
const MEASURE_AFTER = /^[ \t]+(?:futures?|index|indices|indexes|yields?|spreads?|swaps?)\b/u;
/** Upper-case abbreviations that are not names: currencies, time zones, technology, offices. */
const NOT_NAME_ACRONYMS = new Set(
  'ceo cfo coo cto cio md vp usd eur gbp jpy chf cad aud cny idr utc gmt est edt cst cdt mst mdt pst pdt akst akdt hst cet cest bst eet eest wib wita jst kst aest aedt lcd led tv pc os cd dvd usb gdp gnp cpi ppi ipo faq pdf mp3 gb mb kb ghz mhz km kg mph rpm am pm ad bc ok vs aka etc faq diy hiv aids sars covid dna rna ai pac'.split(
    ' ',
  ),
);
/** Parts of speech of a company's trade word ("Dow Chemical", "Pirelli Cables", "Jones Medical"). */
const COMPANY_TAGS = new Set(['Noun', 'Singular', 'Plural', 'Uncountable', 'Adjective']);
/** Words after a name that show a business ("X shares", "X's chairman"). */
const ORG_CONTEXT_AFTER = new Set(
  'shares stock stake ceo cfo chairman spokesman spokeswoman executives subsidiary subsidiaries unit shareholders headquarters profit profits earnings revenue revenues plant factory'.split(
    ' ',
  ),
);
/**
 * An officer's title between a name and the person holding it ("Halvoro general manager Mark Tesson",
 * "Quimbex chief executive Dana Ruel"): the name before it is the organization they serve.
 */
const OFFICER_AFTER =
  /^[ \t]+(?:general manager|managing director|chief (?:executive|operating|financial)(?: officer)?|executive director|board chairman|spokes(?:man|woman|person)|chairman|chairwoman|president|vice president|director|captain|coach|manager|analyst|economist|strategist)[ \t]+(?:\p{Lu}\.[ \t]*)*\p{Lu}\p{Ll}+/u;
/** The job of a firm's analyst or economist between its name and theirs ("… analyst Carla Beaumont"). */
const FIRM_ROLE_AFTER =
  /^[ \t]+(?:(?:senior|chief|lead|equity|credit|market|research)[ \t]+)?(?:analyst|economist|strategist)[ \t]+\p{Lu}\p{Ll}+/u;
/**
 * What a broker does to a stock, right after its name ("raised its price target", "downgraded the
 * shares to neutral", "cut its rating on …"): the name is the firm, however like a person's it reads.
 */
const BROKER_ACTION_AFTER =
  /^[ \t]+(?:(?:also|on|last|this)[ \t]+\p{L}+[ \t]+)?(?:raised|raises|cut|cuts|lowered|lowers|lifted|lifts|trimmed|trims|boosted|boosts|reiterated|reiterates|maintained|maintains|upgraded|upgrades|downgraded|downgrades|initiated|initiates|resumed|resumes)[ \t]+(?:its|the)[ \t]+(?:(?:\p{Ll}+|\p{Lu}\p{L}+['’]s)[ \t]+){0,2}?(?:price[ \t]+targets?|targets?|ratings?|recommendations?|stock|shares|coverage|estimates?)\b/u;
/**
 * An apposition right after a name that makes it a business: ", the Danish drugmaker", ", a Seoul-based
 * chipmaker,". The noun ends the apposition (a comma, a full stop, or a relative word follows), so "a bank
 * teller" and "the company's founder" name no business.
 */
const ORG_APPOSITION =
  /^,[ \t]+(?:the|a|an)[ \t]+(?:[\p{L}.-]+[ \t]+){0,3}?(?:company|firm|drugmaker|carmaker|automaker|chipmaker|planemaker|steelmaker|maker|lender|bank|insurer|retailer|conglomerate|airline|carrier|miner|manufacturer|giant|startup|start-up|brokerage|publisher|broadcaster|developer|utility|alliance|coalition|party|agency|charity|organisation|organization|group|network)(?=[ \t]*[,.;)]|[ \t]+(?:that|which|whose|based|with|said)\b)/iu;
/**
 * A business set off by commas right before a name ("The steelmaker's rival, Harlan Metals,", "its
 * parent company, Dunmore Holdings,", "The airport's operator, AeroSul,"): the name is that firm. A rival,
 * an operator or a parent only after a business's possessive ("the senator's rival, X" is a person);
 * not the object of a preposition ("the general counsel of the company, Mark Chandler,").
 */
const FIRM_SET_OFF_BEFORE =
  /(?:^|[^\p{L}])(?<!\b(?:of|for|at|with|to|from|by|in|on|about)[ \t]+)(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)[ \t]+(?:(?:\p{Ll}+['’]s[ \t]+)?(?:[\p{Ll}-]+[ \t]+){0,2}?(?:company|firm|drugmaker|carmaker|automaker|chipmaker|planemaker|steelmaker|lender|insurer|retailer|conglomerate|airline|brokerage|subsidiary|supplier|contractor|parent company)|(?:company|firm|\p{Ll}+maker|airport|airline|bank|lender|insurer|retailer|utility|railway|port|mine|plant|group)['’]s[ \t]+(?:(?:main|biggest|largest|closest|smaller|larger|new|former)[ \t]+)?(?:rival|competitor|operator|parent|buyer|suitor))[ \t]*,[ \t]+$/u;
/** The name set off by FIRM_SET_OFF_BEFORE: a comma (or a full stop) closes the apposition after it. */
const firmSetOff = (text: string, start: number, end: number): boolean =>
  FIRM_SET_OFF_BEFORE.test(text.slice(Math.max(0, start - 70), start)) &&
  /^[ \t]*[,.;]/u.test(text.slice(end, end + 3));
/** Words that make an organization only as the last word of a name ("World Food Programme", "Fox Sports"). */
const LAST_ORG_HEADS = new Set(['programme', 'sports']);
/** Road words that end a street's name ("Main Street", "Country Club Drive"). */
const STREET_WORDS = new Set([
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'boulevard',
  'blvd',
  'drive',
  'lane',
  'highway',
]);
/** Last words of a site named after the body that runs it or the sponsor of it (they are place heads). */
const SITE_WORDS = new Set(['station', 'base', 'airfield', 'stadium', 'arena', 'refinery', 'prison']);
/** Titles that are common surnames too ("Macquline King", "Desmond Bishop"). */
const SURNAME_TITLES = new Set([
  'king',
  'bishop',
  'judge',
  'marshal',
  'major',
  'dean',
  'prince',
  'constable',
]);
/** "TO ", "WILL ", "WOULD ", "CAN " before a word in a line written in capitals: the word is a verb. */
const CAPS_VERB_BEFORE = /(?:^|[^\p{L}])(?:TO|WILL|WOULD|CAN|MAY)\s+$/u;

/** Words that describe a company when they open a sentence before its name ("Rival Alphabet Inc"). */
const COMPANY_DESCRIBERS = new Set(
  'rival rivals fellow parent embattled troubled struggling drugmaker chipmaker automaker carmaker'.split(
    ' ',
  ),
);
/** Words right before a name that show a business ("tyre giant X", "rival X"). */
const ORG_CONTEXT_BEFORE = new Set(
  'company firm group giant maker carrier airline subsidiary insurer retailer brokerage conglomerate manufacturer operator lender agency newspaper daily weekly club team side broadcaster publisher'.split(
    ' ',
  ),
);
/** One-word company names built on a head word ("NationsBank", "KeyCorp", "Rabobank"). */
/**
 * One word built like an agency's or a company's name: a statistics office ("Eurostat", "Rosstat"), a
 * police or justice body ("Europol", "Eurojust"), a British regulator ("Ofcom", "Ofgem", "Ofsted"), a
 * firm's technology or software ("Genentech", "Microsoft"), an oil or gas firm ("Gazprom", "Rosneft").
 */
const INSTITUTION_SHAPE =
  /^(?:\p{Lu}\p{Ll}{2,}(?:stat|pol|just|tech|soft|prom|neft)|Of(?:com|gem|wat|sted|qual|rail|net))$/u;
const COMPANY_ENDING = /^\p{Lu}\p{L}{2,}(?:bank|Bank|corp|Corp|tel|Tel|com|Com)$/u;
/** One word of two capitalized parts ("FactSet", "NetChoice"), and the family names written so ("McCarthy", "DeSantis"). */
const CAMEL_CASE = /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}{2,}$/u;
/** Words before a company or group named in one camel-case word: "polled by FactSet", "an analyst at BlackRock". */
const CAMEL_BEFORE = new Set(['by', 'at', 'from', 'with', 'against']);
/** Words between two teams in a match report ("Leeds beat Hull", "Hull v Leeds"). */
const MATCH_VERBS = new Set('beat beats v vs drew draw lost'.split(' '));
/** Scorecard marks before a player's name: caught, bowled, leg before, stumped, bowling figures. */
const CRICKET_MARKS = new Set(['c', 'b', 'lbw', 'st', 'bowling']);
/** Legal-form suffixes that close a company name ("Ltd", "Corp", "Inc"). */
const LEGAL_FORMS = new Set(
  'inc incorporated corp corporation ltd limited plc llc llp co ag sa nv bv gmbh spa'.split(' '),
);
/** Words that make a company of any words before them ("NATIONAL OIL COMPANY", "UNITED INDUSTRIES"). */
const CORPORATE_WORDS = new Set(
  'company companies cos holdings holding group partners associates industries enterprises'.split(' '),
);
/** A company name with its legal form: "Northwind Corp" → "Northwind". */
const COMPANY_WITH_FORM =
  /^(\p{Lu}[\p{L}&'.-]*(?: \p{Lu}[\p{L}&'.-]*){0,3}) (?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|Plc|PLC|LLC|Co|AG|A\.G|SA|S\.A|NV|N\.V|BV|B\.V|SpA|S\.p\.A|GmbH)\.?$/u;
/** A one-word company name before the trade it is known for ("Apple Computer", "Ford Motor"). */
const COMPANY_WITH_TRADE =
  /^(\p{Lu}[\p{L}&'.-]*) (?:Computers?|Group|Holdings|Motors?|Airlines|Airways|Pharmaceuticals|Technologies|Systems|Communications|Electronics|Industries|Enterprises|Entertainment|Petroleum|Steel|Chemicals?|Semiconductors?|Software|Networks|Robotics|Biotech|Therapeutics|Logistics|Shipping|Shipbuilding|Automotive|Mining|Foods|Devices|Instruments|Laboratories|Labs|Pharma|Biosciences|Aerospace|Telecom)$/u;
/** Function words that stay inside a title-cased name ("Bank Of America", "Lord Of The Isles"). */
const KEEP_INSIDE = new Set(['of', 'the', 'and', 'for', 'a', 'an']);
/** Directions and positions that form place names with a country ("North Korea", "Central Asia"). */
const COMPASS = new Set(
  'north south east west northern southern eastern western central upper lower greater new old great'.split(
    ' ',
  ),
);
/** Words that rank or qualify what follows ("Top Belarus politician", "Key U.S. ally"). */
const QUALIFIERS = new Set(
  'top key leading major main chief senior junior rival fellow neighbouring neighboring'.split(' '),
);
/** Demonym endings and the place endings they replace ("Crimean" → "Crimea", "Bavarian" → "Bavaria"). */
const DEMONYM_SUFFIXES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['n', ['']],
  ['an', ['', 'a']],
  ['ian', ['ia', 'y']],
  ['ese', ['', 'a']],
];
/** Person rules that rest on shape or context alone; their surnames do not override a gazetteer. */
/** Rules that find a person by what names one (a given name, a title, a role), not by context. */
const NAMED_PERSON_RULES = new Set([
  'en.person.title-before-name',
  'en.person.role-before-name',
  'en.person.first-name',
  'en.person.lexicon',
  'en.person.initials',
  'en.person.particle',
]);
/** Context rules weaker than the surname of someone the document names in full. */
const SURNAME_OUTWEIGHS = new Set(['en.org.business-context', 'en.org.team-in-match', 'en.org.said-it']);
const WEAK_PERSON_RULES = new Set(['en.person.name-shape', 'en.person.speaker', 'en.person.in-list']);
/** Facilities named after people ("Charles de Gaulle airport"). */
/** Words of a contest before "at" and a venue ("won at", "the final at"). */
const CONTEST_WORDS = new Set(
  'won win wins winning lost lose loses losing played play plays playing title titles final finals semifinal semi-final quarterfinal quarter-final match matches game games tournament debut triumph victory defeat race races champion crown season'.split(
    ' ',
  ),
);
/** Last words of a tournament's name after "the" ("the Miami Open", "the Palmer Invitational"). */
const TOURNAMENT_WORDS = new Set('open invitational classic masters'.split(' '));
/** Romance particles inside place names ("Marina del Rey", "Isla de la Juventud"). */
/** A verb, then a firm's figures within the clause ("reported flat quarterly profit", "said sales rose"). */
const FIRM_FIGURES_AFTER =
  /^[ \t]+(?:\p{Ll}+[ \t]+){0,2}?(?:reported|posted|said|cut|raised|warned|forecast|booked|announced)[ \t][^.;!?]{0,50}?\b(?:profits?|revenues?|sales|earnings|margins?|dividends?|guidance|outlook|forecasts?|shares)\b/u;
/**
 * One word after a describer of companies ("Rival Orkla", "rival Kestrova") that is no known name and that a verb
 * and a firm's figures follow, outside a sports report (en.org.described-firm).
 */
function firmBeforeFigures(c: Classifier, w: Word): boolean {
  return (
    !c.anySport() &&
    !isPersonName(w.text) &&
    !c.lex.firstNames.has(plain(w.lower)) &&
    FIRM_FIGURES_AFTER.test(c.text.slice(w.end, w.end + 80))
  );
}
/** Word classes that take no plural -s: a capitalized word in -s over one of them is no plural. */
const NO_PLURAL_TAGS = new Set(['Comparative', 'Superlative', 'Adjective', 'Adverb']);
const PLACE_PARTICLES = new Set('del de la dos das do di della'.split(' '));
/** Fields besides the sports' own names (HEADLINE_SPORTS) that name a venue before "Centre" ("Aquatics Centre"). */
const VENUE_CENTRE_FIELDS = new Set(
  'aquatics aquatic sports leisure equestrian skating ice velodrome shooting'.split(' '),
);
/** Opening words of a race's name before a particle ("Tour de France", "Vuelta a Espana", "Coupe de France"). */
const RACE_OPENERS = new Set(['tour', 'vuelta', 'giro', 'coupe', 'copa', 'rallye', 'volta']);
const FACILITIES = new Set(
  'airport stadium arena street avenue boulevard square bridge station park hall'.split(' '),
);
const DIRECTIONS: Readonly<Record<string, string>> = { N: 'North', S: 'South', E: 'East', W: 'West' };
const ORDINALS = new Set('first second third one'.split(' '));
/** Nations that field national teams but are regions in the gazetteer. */
const NATIONS = new Set(['england', 'scotland', 'wales', 'northern ireland', 'great britain']);
const KNOWN_ACRONYM_PLACES = new Set(['us', 'usa', 'uk', 'uae']);

/** "St", "St." or "Saint" opening a name. */
const SAINT = /^(?:St\.?|Saint)$/u;
/** A surname written with a lower-case particle and a hyphen ("al-Saleh", "el-Sisi", "bin-Zayed"). */
const PARTICLE_NAME = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|ould)-\p{Lu}\p{L}+$/u;
const isCapWord = (t: Token): boolean => {
  // (an ASCII first character settles it: a capital is a letter)
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(t.text) && LETTER.test(t.text);
};
const isAllCaps = (s: string): boolean => !HAS_LOWER.test(s) && LETTER.test(s);
const isLowerWord = (w: Word): boolean =>
  w.text === w.text.toLowerCase() && w.text !== '&' && !ROAD_NUMBER.test(w.text);
/** The words' lower cases joined by spaces (`words.map((w) => w.lower).join(' ')` without the array). */
const key = (words: readonly Word[]): string => {
  let s = words.length > 0 ? words[0]!.lower : '';
  for (let i = 1; i < words.length; i++) s += ` ${words[i]!.lower}`;
  return s;
};
/** The words' texts joined by spaces. */
const surfaceOf = (words: readonly Word[]): string => {
  let s = words.length > 0 ? words[0]!.text : '';
  for (let i = 1; i < words.length; i++) s += ` ${words[i]!.text}`;
  return s;
};
/** (Memoized: a headline's capitals name the same places over and over.) */
const titleCase = memoize(
  (s: string): string =>
    s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()),
  10_000,
);

/**
 * Acronyms the text defines in parentheses after their long form: "World Health Organisation (WHO)".
 * The letters spell the long form's words in order (see spellsAcronym), or, three or more, stand for a
 * long form that is an organization's name (an acronym in another language: "Financial Services Authority (OJK)").
 */
function definedAcronyms(
  text: string,
  all: readonly Chunk[],
  isOrgName: (words: readonly Word[]) => boolean,
): Map<string, Word[]> {
  const out = new Map<string, Word[]>();
  for (let i = 0; i + 1 < all.length; i++) {
    const long = all[i]!;
    const next = all[i + 1]!;
    if (next.words.length !== 1 || long.words.length < 2) continue;
    const acr = plain(next.words[0]!.text);
    // "(Sida)", "(Unicef)": an acronym written as a word must spell the long form
    const mixed = /^\p{Lu}\p{Ll}{2,5}$/u.test(acr);
    if (!/^\p{Lu}{2,6}$/u.test(acr) && !mixed) continue;
    const between = text.slice(lastOf(long.words).end, next.words[0]!.start);
    if (!/^\s*\($/u.test(between) || text[next.words[0]!.end] !== ')') continue;
    const named = long.words.filter((w) => UPPER.test(w.text) && !NOT_NAMES.has(plain(w.lower)));
    const first = long.words.findIndex((w) => UPPER.test(w.text) && !NOT_NAMES.has(plain(w.lower)));
    const longForm = long.words.slice(first);
    if (
      named[0]?.text[0] === acr[0] &&
      // "Ministry of Trade, Industry and Energy (MOTIE)", "Department of Justice (DOJ)": connectors may spell too
      spellsAcronym(
        acr.toUpperCase(),
        // "Pakistan Tehreek-e-Insaf (PTI)": each capitalized part of a hyphenated word spells a letter
        longForm
          .filter((w) => UPPER.test(w.text) || NAME_CONNECTORS.has(w.lower))
          .flatMap((w) => (w.text.includes('-') ? w.text.split('-').filter((p) => UPPER.test(p)) : [w.text]))
          .map((t) => t.toUpperCase()),
        true,
      )
    )
      out.set(acr, longForm);
    // "the Financial Services Authority (OJK)": an organization's acronym in another language
    else if (
      !mixed &&
      acr.length >= 3 &&
      !NEWS_AGENCIES.has(acr.toLowerCase()) &&
      !ACRONYM_LONG_FORMS.has(acr) && // "WHO" names its own organization
      !lookupPlace(acr) &&
      longForm.length >= 2 &&
      isOrgName(longForm)
    )
      out.set(acr, longForm);
  }
  return out;
}

/** The word and the stems its regular suffixes may come from ("initially" → "initial", "planned" → "plan"). */
function stems(w: string): string[] {
  const out = [w, singular(w)];
  // "businesses", "churches", "taxes": a plural in -es after a hissing sound drops both letters
  if (w.length > 5 && /(?:ss|sh|ch|x|z)es$/u.test(w)) out.push(w.slice(0, -2));
  const strip = (suffix: string, ...ends: string[]): void => {
    if (w.length <= suffix.length + 2 || !w.endsWith(suffix)) return;
    const base = w.slice(0, -suffix.length);
    out.push(base, ...ends.map((e) => base + e));
    if (base.length > 2 && base[base.length - 1] === base[base.length - 2]) out.push(base.slice(0, -1));
  };
  strip('ly');
  strip('ed', 'e');
  strip('ing', 'e');
  return out;
}

/** The singular of a regular English plural ("cables" → "cable", "companies" → "company"). */
function singular(w: string): string {
  // ("Anies" is no plural of "any": five letters are too few to tell)
  if (w.length > 5 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The longest US state name: a longer key is none, and needs no new string to look up. */
/** The chambers of a state's legislature ("Ohio House", "Texas Senate"). */
const STATE_CHAMBERS = new Set(['house', 'senate', 'assembly', 'legislature']);
const US_STATE_MAX = Math.max(...[...US_STATES].map((s) => s.length));
/** The longest landmark's key, as US_STATE_MAX. */
const LANDMARK_MAX = Math.max(...[...LANDMARKS].map((s) => s.length));
/** Lookup key without dots: "U.S." → "us". */
/** (A word's key is asked for many times over: "Mr." ten times in one chunk.) */
const undotted = memoize((s: string): string => s.replace(/\./gu, ''), 10_000);
const plain = (s: string): string => (s.includes('.') ? undotted(s) : s);
const lowerOf = (text: string): string => {
  const low = text.toLowerCase();
  return low.includes('’') ? low.replace(/’/gu, "'") : low;
};

/** Names of a list as one alternation, longest first, any spaces between their words ("Red[ \t]+Bull"). */
const titleAlternation = (titles: Iterable<string>): string =>
  [...titles]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '[ \\t]+'))
    .join('|');

/** Splits every paragraph into capitalized sequences. */
function chunks(doc: Doc): Chunk[] {
  const { text, tokens } = doc;
  const out: Chunk[] = [];
  const sentenceStarts = new Set<number>();
  for (const s of doc.sentences) sentenceStarts.add(s.start);
  let ti = 0;
  doc.paragraphs.forEach((p, line) => {
    while (ti < tokens.length && tokens[ti]!.start < p.start) ti++;
    const first = ti;
    while (ti < tokens.length && tokens[ti]!.end <= p.end) ti++;
    const toks = tokens.slice(first, ti);
    let letters = 0;
    let caps = 0;
    for (const t of toks) {
      if (t.text.length < 2 || !LETTER.test(t.text)) continue;
      letters++;
      if (isAllCaps(t.text)) caps++;
    }
    const headline = (letters > 0 && caps / letters >= 0.6) || (line === 0 && titleCaseHeadline(doc, p));
    const next = doc.paragraphs[line + 1];
    const dateline =
      line < 4 &&
      (DATELINE.test(text.slice(p.start, p.end)) ||
        AGENCY_DATELINE.test(text.slice(p.start, p.start + 120)) ||
        // "FARMINGTON HILLS, Mich." over a line of its own with the date
        (next !== undefined &&
          TOWN_LINE.test(text.slice(p.start, p.end)) &&
          DATE_LINE.test(text.slice(next.start, next.end))));
    cutSequences(text, toks, headline, line, dateline, sentenceStarts, out);
  });
  return out;
}

/** Short words that title case leaves in lower case ("Storm Forces Evacuations along the Coast"). */
const TITLE_CASE_LOWER = new Set(
  'a an the of in on at to for and or but nor by as with from into over vs via per'.split(' '),
);

/**
 * A title-case headline over an article: the first line, short, with every word of two letters or more
 * capitalized but the small words title case leaves alone, and more lines below it. Its capitals say
 * nothing ("Storm Forces Evacuations as Governor Declares Emergency"), so it is read as an all-caps line
 * is: names the body gives, gazetteer places and known organizations.
 */
function titleCaseHeadline(doc: Doc, p: { start: number; end: number }): boolean {
  if (doc.paragraphs.length < 2 || p.end - p.start > 160) return false;
  const line = doc.text.slice(p.start, p.end);
  if (line.includes('\n')) return false;
  let words = 0;
  for (const m of line.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const w = m[0];
    if (w.length < 2 || TITLE_CASE_LOWER.has(w)) continue;
    if (!/^\p{Lu}/u.test(w)) return false;
    words++;
  }
  return words >= 4;
}

function cutSequences(
  text: string,
  toks: readonly Token[],
  headline: boolean,
  line: number,
  dateline: boolean,
  sentenceStarts: ReadonlySet<number>,
  out: Chunk[],
): void {
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!isCapWord(t) && !(t.text.charCodeAt(2) === 45 && PARTICLE_NAME.test(t.text))) {
      i++;
      continue;
    }
    const words: Word[] = [];
    let j = i;
    for (;;) {
      const cur = toks[j]!;
      let w: Word = { start: cur.start, end: cur.end, text: cur.text, lower: lowerOf(cur.text) };
      // "AT&T", "S&P": an ampersand written inside one word
      const amp = toks[j + 1];
      const rest = toks[j + 2];
      if (
        amp?.text === '&' &&
        amp.start === cur.end &&
        rest &&
        rest.start === amp.end &&
        isCapWord(rest) &&
        /^\p{Lu}{1,4}$/u.test(cur.text)
      ) {
        const joined = text.slice(cur.start, rest.end);
        w = { start: cur.start, end: rest.end, text: joined, lower: lowerOf(joined) };
        j += 2;
      }
      const dot = toks[j + 1];
      if (
        dot &&
        dot.text === '.' &&
        dot.start === cur.end &&
        (INITIAL.test(cur.text) ||
          DOTTED.test(cur.text) ||
          DOT_ABBREVIATIONS.has(w.lower) ||
          // "Apple Inc. announced": a legal form's full stop inside a sentence belongs to the name
          (DOTTED_FORMS.has(w.lower) &&
            /^\.(?:[ \t]+\p{Ll}|[,;)]|'s)/u.test(text.slice(cur.end, cur.end + 4))))
      ) {
        w = { start: cur.start, end: dot.end, text: `${cur.text}.`, lower: `${w.lower}.` };
        j++;
      }
      // (only a word ending in s, S or ſ, which /i folds to s, can end in 's)
      const last = w.text.charCodeAt(w.text.length - 1);
      const apostrophe = last === 115 || last === 83 || last === 0x17f ? w.text.search(/['’]s$/iu) : -1;
      // "Moody's Investors Service", "McDonald's Corp": a company named with a possessive
      // "at Lord's", "McDonald's said": a ground or a company named with a possessive is its whole name, when no
      // capitalized word follows (a company's only opening the sequence: "Mary McDonald's husband")
      const venue =
        apostrophe > 0 &&
        (SPORTS_VENUES.has(w.lower) || (words.length === 0 && POSSESSIVE_COMPANIES.has(w.lower))) &&
        !(toks[j + 1] && isCapWord(toks[j + 1]!) && /^[ \t]$/u.test(text.slice(w.end, toks[j + 1]!.start)));
      // "St Mary's Hospital", "St Paul's Cathedral", "St Peter's Square": a saint's possessive inside the name
      const saintly =
        apostrophe > 0 &&
        words.length === 1 &&
        SAINT.test(words[0]!.text) &&
        toks[j + 1] !== undefined &&
        isCapWord(toks[j + 1]!) &&
        /^[ \t]$/u.test(text.slice(w.end, toks[j + 1]!.start)) &&
        (ORG_HEADS.has(lowerOf(toks[j + 1]!.text)) || PLACE_HEADS.has(lowerOf(toks[j + 1]!.text)));
      const possessive =
        apostrophe > 0 &&
        !venue &&
        !saintly &&
        !possessiveCompany(text, toks, j, w.text.slice(0, apostrophe));
      if (possessive)
        w = {
          start: w.start,
          end: w.start + apostrophe,
          text: w.text.slice(0, apostrophe),
          lower: w.lower.slice(0, apostrophe),
        };
      words.push(w);
      if (possessive || venue) break;
      const next = toks[j + 1];
      if (!next || text.slice(toks[j]!.end, next.start).includes('\n')) break;
      if (words.length >= MAX_SEQUENCE) break; // no name is longer; keeps every later step linear
      if (isCapWord(next) || (PARTICLE_NAME.test(next.text) && next.start > toks[j]!.end)) {
        j++;
        continue;
      }
      // "Teachers' Union", "Staffs' Association": a plural possessive inside a name
      const capAfter = toks[j + 2];
      if (
        (next.text === "'" || next.text === '’') &&
        next.start === toks[j]!.end &&
        /s$/u.test(toks[j]!.text) &&
        capAfter &&
        isCapWord(capAfter) &&
        /^[ \t]$/u.test(text.slice(next.end, capAfter.start)) &&
        // ("St James' Park", "St Thomas' Hospital": a saint's name in -s before what is named after them)
        (ORG_HEADS.has(lowerOf(capAfter.text)) ||
          (words.length === 2 && SAINT.test(words[0]!.text) && PLACE_HEADS.has(lowerOf(capAfter.text))))
      ) {
        const last = words[words.length - 1]!;
        words[words.length - 1] = { ...last, end: next.end, text: `${last.text}${next.text}` };
        j += 2;
        continue;
      }
      // "Ministry of Trade, Industry and Energy": a list of fields closed by "and" after "<head> of"
      const listEnd =
        next.text === ',' && next.start === toks[j]!.end
          ? Math.max(fieldListEnd(text, toks, j + 1, words), qualifierListEnd(text, toks, j + 1, words))
          : -1;
      if (listEnd > 0) {
        const last = words[words.length - 1]!;
        words[words.length - 1] = { ...last, end: next.end, text: `${last.text},` };
        for (let m = j + 2; m < listEnd; m++) {
          const p = toks[m]!;
          if (p.text === ',') {
            const prev = words[words.length - 1]!;
            words[words.length - 1] = { ...prev, end: p.end, text: `${prev.text},` };
          } else words.push({ start: p.start, end: p.end, text: p.text, lower: lowerOf(p.text) });
        }
        j = listEnd;
        continue;
      }
      // lower-case particles and connectors inside a name: "van der", "bin", "of", "&"
      let k = j + 1;
      while (
        k < toks.length &&
        k <= j + 2 &&
        (isJoiner(toks[k]!.text) || (toks[k]!.text === 'en' && FOREIGN_ORG_HEADS.has(words[0]!.lower)))
      )
        k++;
      // "Association of the Automotive Industry": "of the" after an organization's head word
      if (
        k === j + 2 &&
        (toks[j + 1]!.text === 'of' || toks[j + 1]!.text === 'for') &&
        toks[k]?.text === 'the' &&
        (ORG_HEADS.has(lowerOf(toks[j]!.text)) || TITLE_HEADS.has(lowerOf(toks[j]!.text)))
      )
        k++;
      // "Organization for Security and Cooperation in Europe": "in" and a country or continent close an
      // office's field
      if (k === j + 1 && toks[j + 1]?.text === 'in' && officeWithField(words) && inPlaceAt(toks, j + 2))
        k = j + 2;
      // "the pressure group Human Rights in China": "in" and a country close the name of a group so introduced
      if (k === j + 1 && toks[j + 1]?.text === 'in' && groupNamedIn(text, toks, words, j + 2)) k = j + 2;
      const after = toks[k];
      if (k > j + 1 && after && isCapWord(after) && !text.slice(toks[j]!.end, after.start).includes('\n')) {
        for (let m = j + 1; m < k; m++) {
          const p = toks[m]!;
          words.push({ start: p.start, end: p.end, text: p.text, lower: p.text.toLowerCase() });
        }
        j = k;
        continue;
      }
      break;
    }
    // "Highway 128", "Route 66", "Interstate 95": a road's number is part of its name
    const road = toks[j + 1];
    if (
      road &&
      ROAD_HEADS.has(plain(words[words.length - 1]!.lower)) &&
      ROAD_NUMBER.test(road.text) &&
      /^[ \t]$/u.test(text.slice(toks[j]!.end, road.start))
    ) {
      words.push({ start: road.start, end: road.end, text: road.text, lower: road.text.toLowerCase() });
      j++;
    }
    const prev = toks[i - 1];
    out.push({
      words,
      sentenceStart:
        sentenceStarts.has(t.start) ||
        !prev ||
        (prev.text.length === 1 && '(-–—:;'.includes(prev.text)) ||
        (prev.text.length === 1 && '"“‘\''.includes(prev.text) && prev.end === t.start),
      headline,
      line,
      dateline,
      lineStart: !prev,
    });
    i = j + 1;
  }
}

/**
 * Where a list of fields after an office's "of" ends ("Ministry of Trade, Industry and Energy",
 * "Department of Health, Education and Welfare"): the index of the list's last word, or -1. `comma` is
 * the comma after the first field; each field is one or two capitalized words, none a known place, and
 * the list closes with "and" + a field that ends the name.
 */
function fieldListEnd(text: string, toks: readonly Token[], comma: number, words: readonly Word[]): number {
  const n = words.length;
  // the first field is one or two words after "<head> of"
  const of = FIELD_JOINERS.has(words[n - 2]?.lower ?? '') ? n - 2 : n - 3;
  if (
    of < 1 ||
    !FIELD_JOINERS.has(words[of]!.lower) ||
    !ORG_HEADS.has(words[of - 1]!.lower.replace(/s$/u, ''))
  )
    return -1;
  if (lookupPlace(words[n - 1]!.text)) return -1;
  let i = comma + 1;
  for (let items = 0; items < 4; items++) {
    // one field: one or two capitalized words on the same line
    const first = toks[i];
    if (!first || !isCapWord(first) || lookupPlace(first.text)) return -1;
    let end = i;
    const second = toks[i + 1];
    if (second && isCapWord(second) && /^[ \t]$/u.test(text.slice(first.end, second.start))) end = i + 1;
    if (items > 0 && toks[i - 1]!.text === 'and') {
      const after = toks[end + 1];
      return after && isCapWord(after) ? -1 : end;
    }
    const sep = toks[end + 1];
    if (sep?.text === 'and') i = end + 2;
    else if (sep?.text === ',' && toks[end + 2]?.text === 'and') i = end + 3;
    else if (sep?.text === ',') i = end + 2;
    else return -1;
    if (i >= toks.length) return -1;
  }
  return -1;
}

/** Last words of a company named with a possessive ("Moody's Investors Service", "Macy's Inc"). */
const POSSESSIVE_COMPANY_ENDS = new Set([
  ...ORG_SUFFIXES,
  'service',
  'services', // "St. Brendan's Family Services"
  'products', // "Graco Children's Products"
  'foods',
  'stores',
  'brands',
  'research', // "Alzheimer's Research UK"
  'foundation',
  'society',
]);

/** Plural nouns for the people a body serves ("Children's", "Women's", "Longshoremen's", "People's"). */
const GROUP_OWNERS = /^(?:\p{Lu}\p{Ll}*men|Children|People|Veterans|Workers)$/u;

/**
 * Does the possessive word at toks[j] open a company's name: one to three capitalized words follow on
 * the line, the last a legal form or trade ("Moody's Investors Service", "McDonald's Corp"), and the
 * owner is no place ("China's Communist Party" is China's)?
 */
function possessiveCompany(text: string, toks: readonly Token[], j: number, owner: string): boolean {
  // "the U.S. Attorney's Office", "the Governor's Office": an office named after its holder
  const office = toks[j + 1];
  if (
    TITLE_HEADS.has(owner.toLowerCase()) &&
    office?.text === 'Office' &&
    /^[ \t]$/u.test(text.slice(toks[j]!.end, office.start))
  )
    return true;
  if (lookupPlace(owner) || NOT_NAMES.has(owner.toLowerCase())) return false;
  // "Boston Children's Hospital", "International Longshoremen's Association": a body named for the group it
  // serves may end in any head word of a body
  const group = GROUP_OWNERS.test(owner);
  for (let k = j + 1; k <= j + 3 && k < toks.length; k++) {
    const t = toks[k]!;
    if (!isCapWord(t) || !/^[ \t]$/u.test(text.slice(toks[k - 1]!.end, t.start))) return false;
    const l = lowerOf(t.text).replace(/\.$/u, '');
    if (POSSESSIVE_COMPANY_ENDS.has(l) || (group && ORG_HEADS.has(l))) {
      const after = toks[k + 1];
      if (!after || !isCapWord(after) || !/^[ \t]$/u.test(text.slice(t.end, after.start))) return true;
      // "Alzheimer's Research UK": a country's code may close the name
      const next = toks[k + 2];
      return (
        /^(?:UK|US|USA)$/u.test(after.text) &&
        (!next || !isCapWord(next) || !/^[ \t]$/u.test(text.slice(after.end, next.start)))
      );
    }
  }
  return false;
}

/**
 * Where a list of qualifiers before an organization's head word ends ("Philippine Atmospheric,
 * Geophysical and Astronomical Services Administration", "Meteorological, Climatological and Geophysical
 * Agency"): the index of the first word after "and", when the words from there run on, capitalized, to a
 * head word within four words; else -1. `comma` is the comma after the first qualifier; each listed
 * qualifier is one capitalized word and no known place; the name before the comma has no head word.
 */
function qualifierListEnd(
  text: string,
  toks: readonly Token[],
  comma: number,
  words: readonly Word[],
): number {
  if (words.length > 3 || words.some((w) => ORG_HEADS.has(w.lower) || !UPPER.test(w.text))) return -1;
  // qualifiers are everyday words ("Atmospheric", "Climatology"), not names ("VTB, Sberbank and Gazprom Bank")
  const lex = englishLexicon();
  const everyday = (t: string): boolean => {
    const l = lowerOf(t);
    return !isAllCaps(t) && (lex.dictionary.has(l) || lex.common.has(l));
  };
  if (!everyday(words[words.length - 1]!.text)) return -1;
  let i = comma + 1;
  for (let items = 0; items < 4; items++) {
    const w = toks[i];
    if (!w || !isCapWord(w) || lookupPlace(w.text) || !everyday(w.text)) return -1;
    const sep = toks[i + 1];
    if (sep?.text === ',' && toks[i + 2]?.text === 'and') i += 3;
    else if (sep?.text === 'and') i += 2;
    else if (sep?.text === ',') {
      i += 2;
      continue;
    } else return -1;
    // the last qualifier runs on to the head word
    if (!toks[i] || !everyday(toks[i]!.text)) return -1;
    for (let k = i; k < i + 4 && k < toks.length; k++) {
      const t = toks[k]!;
      if (!isCapWord(t) || (k > i && !/^[ \t]$/u.test(text.slice(toks[k - 1]!.end, t.start)))) return -1;
      if (ORG_HEADS.has(lowerOf(t.text))) return i;
    }
    return -1;
  }
  return -1;
}

/** Does the sequence hold an organization's head word with its field ("Organization for …", "Council of …")? */
function officeWithField(words: readonly Word[]): boolean {
  // ("Board of Control for Cricket": a field of its own "for" after the head's "of" too)
  return words.some(
    (w, n) =>
      ORG_HEADS.has(w.lower) &&
      (words[n + 1]?.lower === 'for' ||
        (words[n + 1]?.lower === 'of' && words.slice(n + 2).some((x) => x.lower === 'for'))),
  );
}

/** A group introduced by its kind right before its name: "the pressure group ", "the rights organisation ". */
const GROUP_KIND_BEFORE = /(?:^|[^\p{L}])(?:group|organi[sz]ation|movement|coalition|network)[ \t]+$/u;

/**
 * Do "in" and the country at token i close the name of a group its kind introduces ("the pressure group Human
 * Rights in China")? The words before "in" are two or more, none a body's head word or a function word, and name no
 * body on their own.
 */
function groupNamedIn(text: string, toks: readonly Token[], words: readonly Word[], i: number): boolean {
  const t = toks[i];
  if (!t || !isCapWord(t) || words.length < 2) return false;
  const next = toks[i + 1];
  if (next && isCapWord(next) && /^[ \t]+$/u.test(text.slice(t.end, next.start))) return false;
  if (lookupPlace(t.text)?.kind !== 'country') return false;
  // ("the charity Medics Without Walls in Mali": a name complete with a function word works in the country)
  if (
    words.some(
      (w) => ORG_HEADS.has(plain(w.lower)) || ORG_SUFFIXES.has(plain(w.lower)) || NOT_NAMES.has(w.lower),
    )
  )
    return false;
  const k = key(words);
  if (WELL_KNOWN_ORGS.has(k) || FOOTBALL_CLUBS.has(k)) return false;
  return groupKindBefore(text, words[0]!.start);
}

const groupKindBefore = (text: string, start: number): boolean =>
  GROUP_KIND_BEFORE.test(text.slice(Math.max(0, start - 30), start));

/** Is token i a country or continent that ends the name ("… in Europe", not "… in New York City Hall")? */
function inPlaceAt(toks: readonly Token[], i: number): boolean {
  const t = toks[i];
  if (!t || !isCapWord(t)) return false;
  const next = toks[i + 1];
  if (next && isCapWord(next)) return false;
  return CONTINENTS.has(lowerOf(t.text));
}

/** "the WHO declared", "WHO Director-General Tedros": the World Health Organization in capitals, outside an all-caps line. */
function capsOrgWord(w: Word, chunk: Chunk): boolean {
  return w.text === 'WHO' && !chunk.headline;
}

/** Prefixes of ships' names. */
const SHIP_PREFIXES = new Set(['rms', 'hms', 'uss', 'mv', 'ss', 'hmas', 'hmcs', 'ins', 'kri']);
/** Continents and world regions an international body may be named after ("… in Europe"). */
const CONTINENTS = new Set(['europe', 'asia', 'africa', 'america', 'americas', 'oceania', 'eurasia']);

/** A lower-case particle or connector that may sit inside a name. */
function isJoiner(t: string): boolean {
  const low = t.toLowerCase();
  return (t === low || t === '&') && (NAME_PARTICLES.has(low) || NAME_CONNECTORS.has(low));
}

/** The previous and next words around [start, end) on the same line (looks at most 40 characters). */
function around(text: string, start: number, end: number): Around {
  // Within 40 characters on each side and the line: the word before (with the one before it, when
  // only spaces or tabs part them) and the word after, each a run of non-spaces. (Scanned by hand: a
  // regular expression anchored at the end tried every start in the window, for every chunk.)
  const lo = Math.max(0, start - 40);
  let e = start;
  while (e > lo && isBlank(text.charCodeAt(e - 1))) e--;
  let w = e;
  while (w > lo && !isSpaceUnit(text.charCodeAt(w - 1))) w--;
  let before = '';
  let before2 = '';
  if (w < e) {
    before = text.slice(w, e).toLowerCase();
    let g = w;
    while (g > lo && isBlank(text.charCodeAt(g - 1))) g--;
    let w1 = g;
    while (g < w && w1 > lo && !isSpaceUnit(text.charCodeAt(w1 - 1))) w1--;
    if (w1 < g) before2 = text.slice(w1, g).toLowerCase();
  }
  const hi = Math.min(text.length, end + 40);
  let s = end;
  while (s < hi && isBlank(text.charCodeAt(s))) s++;
  let f = s;
  while (f < hi && !isSpaceUnit(text.charCodeAt(f))) f++;
  const after = f > s ? text.slice(s, f).toLowerCase() : '';
  return {
    before2,
    before: withoutEdgePunctuation(before) || before,
    beforeRaw: before,
    beforeJoined: /\p{L}$/u.test(before),
    listed: before.endsWith(',') || after.startsWith(','),
    after: withoutEdgePunctuation(after) || after,
    beforeNumber: /\d[\d.,)-]*$/u.test(before),
    afterNumber: /^\(?\d/u.test(after),
  };
}

/** "Karl-Anthony", "Mary-Kate", "Jean-Pierre": two given names joined by a hyphen open a person's name. */
function doubleGivenName(firstNames: ReadonlySet<string>, w: Word): boolean {
  const m = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(w.text);
  return m !== null && firstNames.has(lowerOf(m[1]!)) && firstNames.has(lowerOf(m[2]!));
}

/** The lower-case word right before a name, and the word before that: "press secretary ", "Tournament director ". */
const LOWER_TITLE_BEFORE =
  /(?:(^|[.!?]["”’]?[ \t]+|\n|[^\p{L}'’.-])(\p{L}+)[ \t]+)?(?<![\p{L}'’.-])(\p{L}[\p{L}-]*) $/u;
/** "its chairman, ", "their chief executive, ": a body's office set off by a comma before a name. */
const OWN_TITLE_BEFORE = /(?<![\p{L}'’])(?:[Ii]ts|[Tt]heir)[ \t]+(?:(\p{Ll}+)[ \t]+)?(\p{Ll}+),[ \t]+$/u;
/** "an outside auditor, ", "The referee, ", "Pell's lawyer, ": a role set off by a comma right before a name. */
const ROLE_SET_OFF_BEFORE =
  /(?<![\p{L}'’])(?:[Aa]n?|[Tt]he|\p{Lu}[\p{L}-]*['’]s?)[ \t]+(?:(\p{Ll}[\p{Ll}-]*)[ \t]+)?(\p{Ll}[\p{Ll}-]*),[ \t]+$/u;
/**
 * ", an analyst at …", ", the former president of …", ", a surgeon,", ", president of …": a role set off
 * by a comma right after a name, before what it is at or of (or a comma, "who", the end of the sentence).
 */
const ROLE_AFTER =
  /^,[ \t]+(?:(?:a|an|the)[ \t]+)?(?:\p{Ll}+['’]s[ \t]+|\p{Lu}\p{Ll}+(?:an|ish|ese|ch|i)[ \t]+)?(?:([\p{Ll}-]+)[ \t]+)?([\p{Ll}-]+)(?=[ \t]+(?:at|of|for|with|in|on|from|who)\b|[ \t]*[,.;])/u;
/** "A spokeswoman for the company, ", "An accountant at the hospital, ": a role and its employer before a name. */
const ROLE_OF_BODY_BEFORE =
  /(?<![\p{L}'’])(?:[Aa]n?|[Tt]he)[ \t]+(?:(\p{Ll}[\p{Ll}-]*)[ \t]+)?(\p{Ll}[\p{Ll}-]*)[ \t]+(?:for|at|with|of)[ \t]+(?:the|a|an|its|their|his|her)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}?(\p{L}+),[ \t]+$/u;
/** Words before a role that belong to the office ("former", "deputy", "press", "executive"). */
const ownsOffice = (w: string): boolean => TITLE_MODIFIERS.has(w) || TITLE_FIELDS.has(w);

/**
 * A role set off by commas beside a name: "an outside auditor, Kerry Dunn", "The referee, Tom Hale",
 * "Pell's lawyer, Joanne Fitz", "Ana Ruiz, an analyst at …", "Lena Marsh, president of the union";
 * null when none stands there.
 */
function roleBeside(text: string, start: number, end: number): string | null {
  const before = ROLE_SET_OFF_BEFORE.exec(text.slice(Math.max(0, start - 50), start));
  // ("A chief executive, Dana Whit,": a chief's office set off so belongs to a body named before it)
  const of = ROLE_OF_BODY_BEFORE.exec(text.slice(Math.max(0, start - 70), start));
  const m =
    (before?.[1] === 'chief' || !APPOSED_ROLES.has(before?.[2] ?? '') ? null : before) ??
    // ("a lawyer for the White House secretary, Betty Curran": the role right before the name is hers)
    (of && !APPOSED_ROLES.has(of[3]!) ? of : null) ??
    ROLE_AFTER.exec(text.slice(end, end + 80));
  if (!m || !APPOSED_ROLES.has(m[2]!)) return null;
  return m[1] && ownsOffice(m[1]) ? `${m[1]} ${m[2]}` : m[2]!;
}
/** "chief executive ", "chief financial officer ", "'s chief operating officer, " right before a name. */
const CHIEF_OFFICE_BEFORE =
  /(?:(?<![\p{L}'’])|['’]s[ \t]+)(chief(?:[ \t]+\p{Ll}+)?[ \t]+(?:executive|officer))(?:[ \t]+|,[ \t]+(?<=(?:['’]s|[Ii]ts|[Tt]heir)[ \t]+chief[^,]*,[ \t]+))$/u;
/** Fields that make one office with the title after them ("press secretary", "project scientist"). */
const TITLE_FIELDS = new Set(
  'press campaign tournament project communications team club technical research program programme'.split(
    ' ',
  ),
);

/**
 * The lower-case title right before a name ("coach Fabio Capello", "spokesman Per Lind"), with the field
 * or rank before it that makes one office of it ("press secretary Karine Jean-Pierre", "Tournament
 * director Stacey Allaster" opening a sentence); null when the word before is no title.
 */
function lowerTitleBefore(text: string, start: number): string | null {
  // "chief executive Ana Ruiz", "the company's chief financial officer, Ana Ruiz,": a chief's office
  // of two or three words, right before the name or set off by a comma after a body's possessive
  const chief = CHIEF_OFFICE_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  if (chief) return chief[1]!.replace(/[ \t]+/gu, ' ');
  const m = LOWER_TITLE_BEFORE.exec(text.slice(Math.max(0, start - 50), start));
  const head = lowerOf(m?.[3] ?? '');
  if (!m || !APPOSED_ROLES.has(head)) {
    // "its chairman, Walter Pruitt, 71,": an office of the body set off before the name that holds it
    const set = OWN_TITLE_BEFORE.exec(text.slice(Math.max(0, start - 50), start));
    if (!set || !(TITLE_HEADS.has(set[2]!) || set[1] === 'chief')) return null;
    // ("its new chairman": only a word that belongs to the office stays with it)
    const own = set[1] && (TITLE_MODIFIERS.has(set[1]) || TITLE_FIELDS.has(set[1]));
    return own ? `${set[1]} ${set[2]}` : set[2]!;
  }
  const mod = m[2];
  if (!mod || head !== m[3]) return head;
  const lower = lowerOf(mod);
  // (a capital only where a sentence opens: "Nimbus spokesperson" names the employer, no office)
  const opens = mod === lower || (m[1] !== undefined && /^$|[.!?\n]/u.test(m[1]));
  return opens && (TITLE_FIELDS.has(lower) || TITLE_MODIFIERS.has(lower)) ? `${mod} ${head}` : head;
}

/** A space or a tab. */
const isBlank = (c: number): boolean => c === 32 || c === 9;
/** An ASCII word character (`\w`). */
const isWordUnit = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** `w` without the non-word characters (`\W`, all but ASCII letters, digits and _) at its ends. */
function withoutEdgePunctuation(w: string): string {
  let i = 0;
  let j = w.length;
  while (i < j && !isWordUnit(w.charCodeAt(i))) i++;
  while (j > i && !isWordUnit(w.charCodeAt(j - 1))) j--;
  return i === 0 && j === w.length ? w : w.slice(i, j);
}

/** "St ", "Ste " opening a place's name without the full stop of the abbreviation. */
const SAINT_UNDOTTED = /^(St|ST|Ste|STE) (?=\p{Lu})/u;
const TOWN_BEFORE = /(\p{Lu}[\p{L}.'-]*(?:[ \t]\p{Lu}[\p{L}.'-]*)?),[ \t]*$/u;
/** The gazetteer's place, also for "Republic of X" written without the article it lists. */
function lookupPlaceName(surface: string): PlaceInfo | null {
  const info = lookupPlace(surface);
  // "St Louis", "ST LOUIS": a saint's abbreviation written without its full stop ("St. Louis")
  if (!info && SAINT_UNDOTTED.test(surface)) return lookupPlaceName(surface.replace(SAINT_UNDOTTED, '$1. '));
  if (info || !/ of (?!the )/u.test(surface)) return info;
  const withArticle = lookupPlace(surface.replace(/ of (?!the )/u, ' of the '));
  return withArticle && withArticle.kind === 'country' ? withArticle : null;
}

const REGION_AFTER = /^,[ \t]*(\p{Lu}\p{L}*(?:[ \t]\p{Lu}\p{L}*)?)/u;

/**
 * The country of the state, province or country written after a town ("Santa Rosa, California",
 * "Savannah, Ga.", "Cordoba, Spain"), or null.
 */
function regionAfter(text: string, end: number, own: string | null = null): string | null {
  const m = REGION_AFTER.exec(text.slice(end, end + 40));
  if (!m) return null;
  const name = m[1]!;
  const low = lowerOf(name);
  // ("TBILISI, Georgia": a Georgian town's Georgia is the country)
  if (low === 'georgia') return own === 'GE' ? 'GE' : 'US';
  if (US_STATES.has(low.replace(/ /gu, '_')) || US_STATE_ABBREVIATIONS.has(low)) return 'US';
  const first = name.split(/[ \t]/u)[0]!;
  for (const cand of [name, first]) {
    const info = lookupPlace(cand);
    if (info && (info.kind === 'region' || info.kind === 'country') && info.source !== 'world-city')
      return info.country;
  }
  return null;
}

/** "a partner at X", "analysts at X": X is where someone works. */
function atEmployer(ctx: Around): boolean {
  return ctx.before === 'at' && ctx.beforeJoined && JOB_NOUNS_BEFORE_AT.has(ctx.before2);
}

/** Person rules a sequence's shape or a given name alone decide: an employer's context overrides them. */
/** Rules that read a club in a sports report where the word may be the surname of a player named in full. */
const PLAYER_AS_TEAM_RULES = new Set([
  'en.org.team-by-town',
  'en.org.team-nickname',
  'en.org.team-in-results',
]);

const SHAPE_PERSON_RULES = new Set(['en.person.first-name', 'en.person.surname', 'en.person.name-shape']);

class Classifier {
  constructor(
    readonly lex: EnglishLexicon,
    readonly text: string,
    readonly sports: boolean,
  ) {}

  private anySportCache: boolean | null = null;

  /** A report on any sport, team or individual ("tennis", "athletics" in the headline): players' names. */
  anySport(): boolean {
    if (this.anySportCache === null) {
      const head = this.text.slice(0, 200).toLowerCase();
      let found = this.sports;
      for (const m of head.matchAll(/\p{L}+/gu))
        if (INDIVIDUAL_SPORTS.has(m[0]) || TEAM_SPORTS.has(m[0])) found = true;
      // "scored 31 points … beat the Miami Heat 112-104": a game report that names no sport
      if (!found && GAME_REPORT.test(this.text.slice(0, 400)) && FINAL_SCORE.test(this.text.slice(0, 400)))
        found = true;
      this.anySportCache = found;
    }
    return this.anySportCache;
  }

  private clubTownsCache: ReadonlySet<string> | null = null;

  /** Towns a club of the story is named after ("Newcastle" of "Newcastle United"), in lower case. */
  /** Does the text name American states twice or more ("Virginia", "New York", "Va.")? Then it is an American story. */
  americanText(): boolean {
    if (this.americanCache === undefined) {
      let n = 0;
      // (a state's abbreviation after a town counts too: "RICHMOND, Va.")
      for (const m of this.text.matchAll(/(, )?(\p{Lu}\p{Ll}+)(\.|(?: \p{Lu}\p{Ll}+)?)/gu)) {
        const two = (m[2]! + (m[3] === '.' ? '' : m[3]!)).toLowerCase();
        const one = m[2]!.toLowerCase();
        if (m[1] && m[3] === '.' && US_STATE_ABBREVIATIONS.has(one)) n++;
        else if (US_STATES.has(two.replace(/ /gu, '_')) || US_STATES.has(one)) n++;
        if (n >= 2) break;
      }
      this.americanCache = n >= 2;
    }
    return this.americanCache;
  }
  private americanCache: boolean | undefined;

  clubTowns(): ReadonlySet<string> {
    if (this.clubTownsCache) return this.clubTownsCache;
    const towns = new Set<string>();
    for (const m of this.text.matchAll(CLUB_NAME)) towns.add(lowerOf(m[1]!));
    this.clubTownsCache = towns;
    return towns;
  }

  isCommonWord(lower: string): boolean {
    const l = plain(lower);
    if (NOT_NAMES.has(l)) return true;
    const own = this.lex.common.get(l);
    const one = own === undefined ? this.lex.common.get(singular(l)) : undefined;
    // ("Wilders", "Summers": an adjective or an adverb takes no plural -s, so the word is a name)
    const tag = own ?? (one !== undefined && NO_PLURAL_TAGS.has(one) ? undefined : one);
    return (
      tag !== undefined && tag !== 'ProperNoun' && !this.lex.firstNames.has(l) && !this.lex.places.has(l)
    );
  }

  /**
   * Is word i an organization head where it stands? Last ("Interior Ministry"), before a connector
   * ("Bank of England"), or before names that are not people ("Bank Indonesia", "Radio Free Asia") —
   * but not a rugby "Centre" before a player's name.
   */
  isOrgHeadAt(words: readonly Word[], i: number): boolean {
    const l = plain(words[i]!.lower);
    const next = words[i + 1];
    if (next && next.lower === 'of' && ORG_HEADS_BEFORE_OF.has(l)) return true; // "Chambers of Commerce"
    if (!ORG_HEADS.has(l) && !this.lex.orgWords.has(l)) return false;
    // "England XI" is a side; "Xi Jinping" a man: the Roman numeral is written in capitals
    if (l === 'xi' && words[i]!.text !== 'XI') return false;
    // ("Uppsala Cathedral": a building of worship is a place, though compromise lists the word as an organization's)
    if (!ORG_HEADS.has(l) && PLACE_HEADS.has(l)) return false;
    // "Country Club Drive", "College Avenue": a head word inside a street's name
    const lastWord = words[words.length - 1]!;
    if (i < words.length - 1 && STREET_WORDS.has(plain(lastWord.lower)) && !isAllCaps(lastWord.text))
      return false;
    // "Cape Canaveral Space Force Station", "Bank of America Stadium": a head word inside a site's name
    if (i < words.length - 1 && SITE_WORDS.has(plain(lastWord.lower)) && !isAllCaps(lastWord.text))
      return false;
    if (!next) return true;
    if (isLowerWordOrAmp(next)) return true;
    // "Imperial College London", "Bank Indonesia": a city or country closing the name is where it is
    if (i === words.length - 2) {
      const where = this.place([next]);
      if (where && !where.smallTown && where.placeKind !== 'other') return true;
    }
    return !this.lex.firstNames.has(plain(next.lower)) && !isPersonName(next.text);
  }

  /** A verb right after a name ("Apple unveiled", "Shell has"), not a noun ("Apple trees"). */
  verbAfter(w: Word): boolean {
    const next = WORD_AFTER.exec(this.text.slice(w.end, w.end + 30))?.[1];
    if (!next) return false;
    const tag = this.lex.common.get(next);
    return AUXILIARIES.has(next) || tag === 'PresentTense' || tag === 'PastTense' || /ed$/u.test(next);
  }

  /** A modal verb follows the word ("Labour would …", "Labour must …"). */
  modalAfter(w: Word): boolean {
    const next = WORD_AFTER.exec(this.text.slice(w.end, w.end + 30))?.[1];
    return next !== undefined && MODALS.has(next);
  }

  /** A place known well enough to keep an everyday word at a sentence start ("Turkey", not "Central"). */
  strongPlace(w: Word): boolean {
    const l = plain(w.lower);
    if (this.lex.places.has(l) || EXTRA_PLACES.has(l)) return true;
    if (isAllCaps(w.text) && KNOWN_ACRONYM_PLACES.has(l)) return true;
    const info = lookupPlace(w.text);
    return info !== null && (info.source === 'exonym' || info.source === 'country');
  }

  /** A nationality or religion word ("Dutch", "Crimean", "Lebanese-Israeli", "Shiites"). */
  isDemonym(lower: string): boolean {
    const l = plain(lower);
    if (this.lex.demonyms.has(l) || EXTRA_DEMONYMS.has(l)) return true;
    if (l.includes('-')) return l.split('-').every((p) => this.lex.demonyms.has(p) || EXTRA_DEMONYMS.has(p));
    // "Crimean" ← Crimea, "Chechen"? no: only regular -n/-an/-ian/-ese forms of a known place
    for (const [suffix, ends] of DEMONYM_SUFFIXES) {
      if (!l.endsWith(suffix) || l.length < suffix.length + 3) continue;
      const stem = l.slice(0, -suffix.length);
      for (const e of ends) {
        const place = this.lex.places.get(stem + e);
        if (place === 'country' || place === 'region') return true;
      }
    }
    return false;
  }

  /** Could this word head a company name ("Air", "Statistics") rather than qualify a place ("Only", "Top")? */
  isNounLike(lower: string): boolean {
    const l = plain(lower);
    if (COMPASS.has(l) || NOT_NAMES.has(l) || TITLE_MODIFIERS.has(l) || QUALIFIERS.has(l) || l.endsWith('ly'))
      return false;
    const tag = this.lex.common.get(l);
    return (
      tag === undefined ||
      !/^(?:Adverb|Adjective|Comparative|Superlative|Determiner|Preposition|Conjunction|Cardinal|TextValue)$/u.test(
        tag,
      )
    );
  }

  /** A word of the English dictionary or of compromise's lexicon ("computer", "central"), not a first name. */
  isEnglishWord(lower: string): boolean {
    const l = plain(lower);
    if (this.isCommonWord(l)) return true;
    if (this.lex.firstNames.has(l)) return false;
    return stems(l).some((w) => this.lex.dictionary.has(w));
  }

  /** The place a name denotes, from the gazetteer and compromise's lexicon, or null. */
  place(words: readonly Word[]): Decision | null {
    const surface = surfaceOf(words);
    const k = key(words);
    const pk = plain(k);
    const after = words[words.length - 1]!.end;
    // (a space first, or no currency: lower-casing turns no other character into a space)
    if (
      this.text.charCodeAt(after) === 32 &&
      /^ dollars?\b/u.test(this.text.slice(after, after + 9).toLowerCase())
    )
      return null; // "US dollars", "Hong Kong dollar": a currency
    // "the German champions": a nationality alone is no place (German is also a parish of the Isle of Man)
    if (
      words.length === 1 &&
      this.lex.demonyms.has(pk) &&
      !this.lex.places.has(pk) &&
      lookupPlaceName(surface)?.kind !== 'country' // "Philippines", "Laos" are listed as demonyms too
    )
      return null;
    if (isAllCaps(surface) && plain(surface).length <= 3) {
      // "US" is not "us": short capitals are places only when they are country codes we know
      if (!KNOWN_ACRONYM_PLACES.has(pk)) return null;
    }
    const extra = EXTRA_PLACES.get(k);
    if (extra) return { type: 'place', rule: 'en.place.world-region', placeKind: extra, country: null };
    if (words.length > 1 && pk.length <= LANDMARK_MAX && LANDMARKS.has(pk.replaceAll(' ', '_')))
      return { type: 'place', rule: 'en.place.landmark', placeKind: 'other', country: null };
    // "at Headingley", "The Curragh": a ground the sports pages name alone
    if (SPORTS_VENUES.has(k) || SPORTS_VENUES.has(pk))
      return { type: 'place', rule: 'en.place.venue', placeKind: 'other', country: null };
    // "Florida" is the state, not the Colombian town of the world gazetteer
    if (pk.length <= US_STATE_MAX && US_STATES.has(pk.replaceAll(' ', '_')))
      return { type: 'place', rule: 'en.place.us-state-name', placeKind: 'region', country: 'US' };
    const info = lookupPlaceName(surface.includes('-') ? surface.replace(/\s*-\s*/gu, '-') : surface);
    const compromise = this.lex.places.get(k) ?? this.lex.places.get(pk);
    // "Kent", "Surrey", "Essex": a county of the United Kingdom, not the American or Canadian town of its
    // name (a British town of the name stays: "Bedford", "Reading")
    // ("Surrey, British Columbia", "Durham, N.C.": a region written after it says which town it is)
    // ("a theatre in Norfolk" in a story from Virginia: the American town of the name)
    if (COUNTIES.has(pk) && info?.country !== 'GB' && !(info?.country === 'US' && this.americanText())) {
      const single = words.length === 1 ? pk : '';
      // ("Devon", "Fife" are words or given names too: only "in Devon" or a list of counties says so)
      const everyday =
        single !== '' &&
        (this.isEnglishWord(single) || this.lex.firstNames.has(single)) &&
        !this.amongCounties(words);
      const elsewhere = regionAfter(this.text, words[words.length - 1]!.end);
      if (!everyday && (elsewhere === null || elsewhere === 'GB'))
        return { type: 'place', rule: 'en.place.gb-county', placeKind: 'region', country: 'GB' };
    }
    if (info && !info.source.startsWith('id-')) {
      const weak = info.source === 'world-city' || info.source === 'world-region';
      const single = words.length === 1 ? pk : '';
      const ambiguous =
        single !== '' &&
        (this.isEnglishWord(single) ||
          this.lex.firstNames.has(single) ||
          this.lex.lastNames.has(single) ||
          this.lex.orgWords.has(single) ||
          this.lex.placeWords.has(single) ||
          ORG_HEADS.has(single) ||
          PLACE_HEADS.has(single) ||
          TITLE_HEADS.has(single));
      if (!weak || compromise || !ambiguous || info.population >= 6) {
        const d: Decision = {
          type: 'place',
          rule: 'en.place.gazetteer',
          placeKind: info.kind,
          country: info.country,
        };
        if (info.kind === 'country' && info.country) d.canonical = countryName(info.country, 'en') ?? surface;
        if (weak && !compromise && info.population <= 4) d.smallTown = true;
        return d;
      }
    }
    if (compromise) {
      const kind: PlaceKind = compromise === 'other' ? 'other' : compromise;
      return { type: 'place', rule: 'en.place.lexicon', placeKind: kind, country: info?.country ?? null };
    }
    // "East Java", "North Sumatra", "Central Sulawesi": a compass point before a region or island
    if (words.length >= 2 && COMPASS_POINTS.has(plain(words[0]!.lower)) && !info) {
      // "East Nusa Tenggara" is the province Nusa Tenggara Timur: the compass point written after in Indonesian
      const rest = surfaceOf(words.slice(1));
      const local = INDONESIAN_COMPASS.get(plain(words[0]!.lower));
      const asLocal = local ? lookupPlace(`${rest} ${local}`) : null;
      const region = lookupPlace(rest) ?? (asLocal?.source === 'id-province' ? asLocal : null);
      if (region && (region.kind === 'region' || region.kind === 'country') && region.source !== 'world-city')
        return {
          type: 'place',
          rule: 'en.place.compass-region',
          placeKind: 'region',
          country: region.country,
        };
    }
    return null;
  }

  /** "in Devon", "Kent, Devon and Cornwall": a county after a preposition of place or in a list of them. */
  amongCounties(words: readonly Word[]): boolean {
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    if (LOCATIVE.has(around(this.text, start, end).before)) return true;
    const before = COUNTY_BEFORE.exec(this.text.slice(Math.max(0, start - 40), start));
    const after = COUNTY_AFTER.exec(this.text.slice(end, end + 40));
    return (
      (before !== null && COUNTIES.has(lowerOf(before[1]!))) ||
      (after !== null && COUNTIES.has(lowerOf(after[1]!)))
    );
  }

  /** A sports report calls a club by its town: "Leicestershire beat Somerset", "Nice 2 Lyon 1". */
  teamInPlaceName(words: readonly Word[], d: Decision, chunk: Chunk | null): boolean {
    // the dateline's own town is where the report comes from; the sentence after it may name teams
    if (
      !this.sports ||
      !chunk ||
      (chunk.dateline && chunk.lineStart) ||
      d.placeKind === 'country' ||
      d.rule === 'en.place.venue' // "at Headingley": a ground is no club
    )
      return false;
    if (NATIONS.has(key(words))) return false;
    const ctx = around(this.text, words[0]!.start, words[words.length - 1]!.end);
    // "MELBOURNE, Australia — …": the town of a dateline, wherever the line was cut; "Victoria Premier
    // Jacinta Allan": a place before an office is where the office is
    if (
      chunk.lineStart &&
      isAllCaps(words[0]!.text) &&
      afterDateline(this.text, words[0]!.start) > words[0]!.start
    )
      return false;
    if (TITLE_HEADS.has(ctx.after) && /^[ \t]+\p{Lu}/u.test(this.text.slice(words[words.length - 1]!.end)))
      return false;
    // "Dallas, Texas": a region after its town is where the town is
    const town = /(\p{Lu}[\p{L}.'-]*),[ \t]*$/u.exec(
      this.text.slice(Math.max(0, words[0]!.start - 40), words[0]!.start),
    );
    if (d.placeKind === 'region' && town && lookupPlace(town[1]!)?.kind === 'city') return false;
    // "the London club", "the Madrid side": a town describing a club no club of the story is named after
    if (
      TEAM_NOUNS.has(ctx.after) &&
      ctx.before === 'the' &&
      words.length === 1 &&
      !this.clubTowns().has(words[0]!.lower)
    )
      return false;
    if (TEAM_NOUNS.has(ctx.after)) return true;
    // "two bids from Newcastle" in a story about Newcastle United: the club, not the town
    if (
      ctx.before !== 'in' &&
      ctx.before !== 'at' &&
      words.length === 1 &&
      this.clubTowns().has(words[0]!.lower)
    )
      return true;
    // "one point ahead of Liverpool, who host …": a town is no "who"
    if (/^,\s+who\b/u.test(this.text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 6)))
      return true;
    // "lost to Northampton", "lost 3-0 to Ipswich", "at home to Derby", "a 2-1 defeat to Hull": a side
    // a result was lost to, not where anyone went
    if (ctx.before === 'to' && (DEFEAT_BEFORE_TO.has(ctx.before2) || /^\d{1,3}-\d{1,3}$/u.test(ctx.before2)))
      return true;
    // "played for Swindon", "transferred to Norwich", "his spell at Derby", "second-tier side Derby",
    // "joined Leeds from Swindon": a club one plays for, is sold to, serves at or leaves
    if (
      (ctx.before === 'for' && SERVED_FOR.has(ctx.before2)) ||
      (ctx.before === 'to' && TRANSFERRED_TO.has(ctx.before2)) ||
      (ctx.before === 'at' && SERVICE_AT.has(ctx.before2)) ||
      ((ctx.before === 'side' || ctx.before === 'club') && ctx.beforeJoined && words.length === 1) ||
      (ctx.before === 'from' &&
        TRANSFER_FROM.test(this.text.slice(Math.max(0, words[0]!.start - 60), words[0]!.start)))
    )
      return true;
    if (VENUE.has(ctx.before)) return false;
    // "titles in Rotterdam and Halle": a town listed after another where something happened is a venue too
    if (
      VENUE_LIST_BEFORE.test(this.text.slice(Math.max(0, words[0]!.start - 40), words[0]!.start)) &&
      ctx.after !== "'s" &&
      !TEAM_NOUNS.has(ctx.after)
    )
      return false;
    if (chunk.lineStart && ctx.after === ':') return false; // a venue heading a results line
    if (ctx.after === ')' && ctx.before !== '(') return false; // "(at The Oval, London)"
    // "At Trent Bridge (Nottingham):", "Nottingham (Trent Bridge):": a town beside a ground is where it is
    if (groundBeside(this.text, words[0]!.start, words[words.length - 1]!.end)) return false;
    return true;
  }

  /** Classification of a whole sequence from word lists and its shape; null when nothing says. */
  classify(words: readonly Word[], chunk: Chunk | null): Decision | null {
    const lex = this.lex;
    const k = key(words);
    const last = words[words.length - 1]!;
    const firstW = words[0]!;
    const lastLower = plain(last.lower);

    if (
      words.length >= 2 &&
      ROAD_NUMBER.test(last.text) &&
      ROAD_HEADS.has(plain(words[words.length - 2]!.lower))
    )
      return { type: 'place', rule: 'en.place.road', placeKind: 'other', country: null };
    if (
      lex.sportsTeams.has(k) ||
      FOOTBALL_CLUBS.has(k) ||
      NATIONAL_SIDE_NICKNAMES.has(k) ||
      WELL_KNOWN_ORGS.has(k) ||
      (this.sports && SPORTS_CLUB_WORDS.has(k))
    )
      return { type: 'organization', rule: 'en.org.lexicon' };
    // "Kenya Red Cross", "American Red Cross", "Turkish Red Crescent": a country's own society of the movement
    if (words.length >= 3 && words.length <= 4 && RED_CROSS.test(k)) {
      const lead = words.slice(0, -2);
      const land =
        this.place(lead)?.placeKind === 'country' ||
        lead.every(
          (w, i) => (i < lead.length - 1 && COMPASS.has(plain(w.lower))) || this.isDemonym(plain(w.lower)),
        );
      if (land) return { type: 'organization', rule: 'en.org.national-society' };
    }
    if (
      lex.organizations.has(k) ||
      lex.organizations.has(plain(k)) ||
      (words.length === 1 && POSSESSIVE_COMPANIES.has(k))
    )
      return { type: 'organization', rule: 'en.org.lexicon' };
    // "Labour would renationalise the railways", "behind Labour and the SNP": a party named by its own word
    if (words.length <= 2 && PARTY_NAMES.has(k)) return { type: 'organization', rule: 'en.org.party' };
    // "the Ohio House", "the Texas Senate": a state's chamber of its legislature is a body
    if (
      words.length >= 2 &&
      words.length <= 3 &&
      STATE_CHAMBERS.has(lastLower) &&
      US_STATES.has(
        words
          .slice(0, -1)
          .map((w) => plain(w.lower))
          .join('_'),
      )
    )
      return { type: 'organization', rule: 'en.org.state-chamber' };
    // ("Apple unveiled", "Apple trees blossomed": opening a sentence, only before a verb, or before its
    // business's "'s" and a word of business, or ", which" and a verb: "Apple's shares", "Shell, which owns")
    if (
      words.length === 1 &&
      COMPANY_WORDS.has(plain(k)) &&
      !isAllCaps(firstW.text) &&
      !(
        chunk?.sentenceStart &&
        chunk.words[0] === firstW &&
        !this.verbAfter(firstW) &&
        !COMPANY_OPENING_AFTER.test(this.text.slice(firstW.end, firstW.end + 40))
      )
    )
      return { type: 'organization', rule: 'en.org.lexicon' };
    const place = this.place(words);
    // "Central banks cut rates": a sentence's first word that is only a small town somewhere is no place
    const opening = chunk?.sentenceStart === true && words.length === 1 && words[0] === chunk.words[0];
    if (place && !(place.smallTown && opening)) {
      if (this.teamInPlaceName(words, place, chunk))
        return { type: 'organization', rule: 'en.org.team-by-town' };
      return place;
    }
    if (lex.people.has(k)) return { type: 'person', rule: 'en.person.lexicon' };
    // "Park Sang-hyun", "Rhee Chang-yong", "Lai Ching-te": a Korean or Chinese family name before a given
    // name of two syllables joined by a hyphen
    if (
      words.length === 2 &&
      EAST_ASIAN_SURNAMES.has(k.split(' ')[0]!) &&
      SYLLABLE_PAIR.test(last.text) &&
      !COMPOUND_ENDS.test(last.text)
    )
      return { type: 'person', rule: 'en.person.east-asian-name' };
    // "Entergy Louisiana", "Ameren Missouri": a company no dictionary knows, and the state its unit serves
    if (
      words.length === 2 &&
      US_STATES.has(lastLower) &&
      HAS_LOWER.test(firstW.text) &&
      !this.isEnglishWord(firstW.lower) &&
      !this.isCommonWord(firstW.lower) &&
      !lex.firstNames.has(plain(firstW.lower)) &&
      !isPersonName(firstW.text) &&
      !this.place([firstW]) &&
      !PLACE_PARTICLES.has(plain(firstW.lower))
    )
      return { type: 'organization', rule: 'en.org.name-and-region' };
    if (
      words.length === 2 &&
      this.isEnglishWord(firstW.lower) &&
      this.isNounLike(firstW.lower) &&
      this.place([last])?.placeKind === 'country'
    )
      return { type: 'organization', rule: 'en.org.word-and-country' }; // "Air France", "Statistics Canada"
    // "Statistics South Africa", "Minerals Council New Zealand": everyday words before a country of two words
    if (
      words.length >= 3 &&
      words.length <= 4 &&
      this.place(words.slice(-2))?.placeKind === 'country' &&
      words
        .slice(0, -2)
        .every((w) => this.isEnglishWord(w.lower) && this.isNounLike(w.lower) && !this.place([w])) &&
      !this.place(words.slice(0, -2))
    )
      return { type: 'organization', rule: 'en.org.word-and-country' };
    // "Japan Airlines", "US Steel", "UK Biobank": a country (or its people's name) before the trade a company is named for, or
    // before a word shaped like a company's name ("…bank", "…tel", "…com")
    if (
      words.length === 2 &&
      (NATIONAL_COMPANY_TRADES.has(lastLower) || COMPANY_ENDING.test(last.text)) &&
      !isAllCaps(last.text) &&
      (this.place([firstW])?.placeKind === 'country' || this.isDemonym(firstW.lower)) // "British Steel"
    )
      return { type: 'organization', rule: 'en.org.country-and-trade' };
    if (words.length >= 2 && ORG_SUFFIXES.has(lastLower))
      return { type: 'organization', rule: 'en.org.suffix' };
    // "Medics Without Walls", "Doctors Without Borders": a campaign's name, people without something
    if (words.length === 3 && words[1]!.text === 'Without' && pluralsWithout(words, 1))
      return { type: 'organization', rule: 'en.org.without-name' };
    // "KHOU-TV", "WNYC-FM": a broadcaster's call sign
    if (words.length === 1 && CALL_SIGN.test(firstW.text))
      return { type: 'organization', rule: 'en.org.suffix' };
    // "Graco Children's Products", "Alzheimer's Research UK": the chunker joined a possessive company
    if (
      words.length >= 2 &&
      words.slice(0, -1).some((w) => /['’]s$/u.test(w.text)) &&
      (POSSESSIVE_COMPANY_ENDS.has(lastLower) ||
        (words.length >= 3 && POSSESSIVE_COMPANY_ENDS.has(plain(words[words.length - 2]!.lower))))
    )
      return { type: 'organization', rule: 'en.org.suffix' };
    // "Duke Energy Florida", "Vodafone Group Germany": a company's unit named by its region or country
    if (
      words.length >= 3 &&
      ORG_SUFFIXES.has(plain(words[words.length - 2]!.lower)) &&
      this.place([last])?.type === 'place'
    )
      return { type: 'organization', rule: 'en.org.suffix' };
    // "Coventry City" is a club in a sports story; outside sport "Los Angeles City", "Quezon City" are places
    if (
      words.length >= 2 &&
      CLUB_SUFFIXES.has(lastLower) &&
      (this.sports || !TOWN_SUFFIXES.has(lastLower)) &&
      this.place(words.slice(0, -1))
    )
      return { type: 'organization', rule: 'en.org.club' };
    // "Harbour City Wanderers", "Western Rovers": in a sports report a club word no town takes ends a
    // club's name, whatever words come before it
    if (this.sports && words.length >= 2 && words.length <= 4 && CLUB_ONLY_SUFFIXES.has(lastLower))
      return { type: 'organization', rule: 'en.org.club' };
    // "Castleford beat Ashworth Town": in a sports report a town's club word after a word no dictionary or
    // gazetteer holds ends a club's name ("Cape Town", "Dodge City" are known places)
    if (
      this.sports &&
      words.length === 2 &&
      CLUB_SUFFIXES.has(lastLower) &&
      !this.isEnglishWord(firstW.lower) &&
      !lex.firstNames.has(plain(firstW.lower)) &&
      !this.place(words)
    )
      return { type: 'organization', rule: 'en.org.club' };
    if (words.length === 1 && NEWS_AGENCIES.has(k))
      return { type: 'organization', rule: 'en.org.news-agency' };
    if (words.length === 1 && SINGLE_WORD_ORGS.has(k))
      return { type: 'organization', rule: 'en.org.institution' };
    // "Eurostat", "Europol", "Ofgem", "Genentech": a word built like an agency's or a company's name
    if (
      words.length === 1 &&
      INSTITUTION_SHAPE.test(firstW.text) &&
      !this.isEnglishWord(firstW.lower) &&
      !lex.firstNames.has(plain(firstW.lower)) &&
      !lex.lastNames.has(plain(firstW.lower))
    )
      return { type: 'organization', rule: 'en.org.institution-shape' };
    // "the National Tennis Centre", "the London Aquatics Centre": a centre named for a sport is a venue
    if (
      words.length >= 2 &&
      (lastLower === 'centre' || lastLower === 'center') &&
      (HEADLINE_SPORTS.has(plain(words[words.length - 2]!.lower)) ||
        VENUE_CENTRE_FIELDS.has(plain(words[words.length - 2]!.lower)))
    )
      return { type: 'place', rule: 'en.place.head-word', placeKind: 'other' };
    if (words.length > 1 && words.some((_w, i) => this.isOrgHeadAt(words, i)))
      return { type: 'organization', rule: 'en.org.head-word' };
    // "United Nations Environment Programme", "Sky Sports": a body's or a broadcaster's last word
    // (not everyday words opening a sentence: "Winter Sports are popular here")
    if (
      words.length > 1 &&
      LAST_ORG_HEADS.has(lastLower) &&
      !lex.firstNames.has(plain(firstW.lower)) &&
      !(
        words.every((w) => this.isEnglishWord(w.lower)) &&
        /(?:^|[.!?:]\s+|\n\s*)$/u.test(this.text.slice(Math.max(0, firstW.start - 4), firstW.start))
      )
    )
      return { type: 'organization', rule: 'en.org.head-word' };
    if (words.some((w) => w.text === '&')) return { type: 'organization', rule: 'en.org.ampersand' };
    // "the pressure group Human Rights in China": a group's name its kind introduces, closed by "in" and a country
    if (
      words.length >= 4 &&
      words[words.length - 2]!.text === 'in' &&
      groupKindBefore(this.text, firstW.start) &&
      lookupPlace(last.text)?.kind === 'country'
    )
      return { type: 'organization', rule: 'en.org.group-named' };
    // "Siesta Key", "Florida Keys" are islands; "Madison Keys", "John Key" people
    if (
      words.length >= 2 &&
      (lastLower === 'key' || lastLower === 'keys') &&
      !lex.firstNames.has(plain(firstW.lower)) &&
      !isPersonName(firstW.text)
    )
      return { type: 'place', rule: 'en.place.head-word', placeKind: 'other' };
    // "Anthony Hill", "Mickey Rivers": a given name before a geographic word is a person
    // ("Steve Parish": a head word that is also a common surname, after a given name, ends a person's name)
    const givenThenPlaceWord =
      words.length <= 3 &&
      lex.firstNames.has(plain(firstW.lower)) &&
      (!PLACE_HEADS.has(lastLower) || SURNAME_HEADS.has(lastLower));
    if (
      words.length >= 2 &&
      !givenThenPlaceWord &&
      (PLACE_HEADS.has(lastLower) ||
        LAST_PLACE_HEADS.has(lastLower) ||
        PLACE_HEADS.has(plain(firstW.lower)) ||
        lex.placeWords.has(lastLower))
    )
      return { type: 'place', rule: 'en.place.head-word', placeKind: 'other' };
    if (words.length >= 2 && words.length <= 5) {
      // "a Roman Catholic charity", "the Greek Orthodox church": a religion or nationality word ends no name
      if (words.length === 2 && EXTRA_DEMONYMS.has(lastLower)) return null;
      // "Morgan Stanley analyst Carla Beaumont": a name before an analyst's or economist's job and a
      // person is the firm that employs them
      if (FIRM_ROLE_AFTER.test(this.text.slice(last.end, last.end + 40)))
        return { type: 'organization', rule: 'en.org.officer-of' };
      // "Morgan Stanley raised its price target on the stock": a broker's call on a stock
      if (BROKER_ACTION_AFTER.test(this.text.slice(last.end, last.end + 90)))
        return { type: 'organization', rule: 'en.org.broker-action' };
      // "The steelmaker's rival, Harlan Metals, rose 2%": a business set off before the name
      if (firmSetOff(this.text, firstW.start, last.end))
        return { type: 'organization', rule: 'en.org.firm-set-off' };
      // "Bradford Bulls", "Jackson Hawks": in a sports report a town before a club's plural nickname is the club,
      // though the town is a given name too
      if (
        this.sports &&
        words.length <= 3 &&
        CLUB_NICKNAMES.has(lastLower) &&
        lookupPlace(surfaceOf(words.slice(0, -1)))?.kind === 'city'
      )
        return { type: 'organization', rule: 'en.org.club' };
      if (lex.firstNames.has(plain(firstW.lower)) || doubleGivenName(lex.firstNames, firstW))
        return { type: 'person', rule: 'en.person.first-name' };
      const countryCode = KNOWN_ACRONYM_PLACES.has(plain(firstW.lower)) || plain(firstW.lower) === 'un';
      // ("Danish shipping group A.P. Moller-Maersk": initials after a business noun open a company's name)
      if (
        /^(?:\p{Lu}\.)+\p{Lu}?/u.test(firstW.text) &&
        ORG_CONTEXT_BEFORE.has(around(this.text, firstW.start, last.end).before)
      )
        return { type: 'organization', rule: 'en.org.business-context' };
      if (!countryCode && (/^\p{Lu}\.$/u.test(firstW.text) || /^(?:\p{Lu}\.)+\p{Lu}/u.test(firstW.text))) {
        const direction = DIRECTIONS[firstW.text[0]!];
        const full = direction && words.length === 2 ? lookupPlace(`${direction} ${words[1]!.text}`) : null;
        if (full && full.kind === 'country') {
          // "N. Korea" → North Korea
          const canonical = countryName(full.country ?? '', 'en') ?? `${direction} ${words[1]!.text}`;
          return {
            type: 'place',
            rule: 'en.place.abbreviated-direction',
            placeKind: 'country',
            country: full.country,
            canonical,
          };
        }
        return { type: 'person', rule: 'en.person.initials' };
      }
      // "the Tour de France", "the Vuelta a Espana": a race, no one's name
      if (RACE_OPENERS.has(plain(firstW.lower)) && words.length >= 3 && words[1]!.text === words[1]!.lower)
        return null;
      if (words.slice(0, -1).some((w) => NAME_PARTICLES.has(w.lower) && w.text === w.lower)) {
        // ("Banca Nazionale del Sud", "Instituto de Salud": a bank's or a body's foreign head word opens it)
        if (
          FOREIGN_BANKS.has(firstW.lower) ||
          (FOREIGN_ORG_HEADS.has(firstW.lower) && !this.isEnglishWord(firstW.lower))
        )
          return { type: 'organization', rule: 'en.org.foreign-head' };
        return { type: 'person', rule: 'en.person.particle' };
      }
      // "Southern California Edison", "New England Baptist": a name opened by a region or a country of two
      // words or more is a business or a body named for where it works, no one's given names
      if (words.length >= 3 && !this.isEnglishWord(lastLower)) {
        const region = this.place(words.slice(0, -1));
        if (region && (region.placeKind === 'region' || region.placeKind === 'country'))
          return { type: 'organization', rule: 'en.org.region-and-name' };
      }
      if (lex.lastNames.has(lastLower)) return { type: 'person', rule: 'en.person.surname' };
    }
    if (words.length === 1 && stateAfterTown(this.text, firstW)) return usStateAbbreviation(firstW);
    if (
      words.length === 1 &&
      ACRONYM.test(plain(firstW.text)) &&
      !/\d[ \t]*$/u.test(this.text.slice(Math.max(0, firstW.start - 4), firstW.start)) && // "737 MAX"
      (this.sports || !/^[ \t]*\d/u.test(this.text.slice(firstW.end, firstW.end + 4))) && // "FTSE 100", "CAC 40"
      !(firstW.text.length > 3 && this.isEnglishWord(firstW.lower)) &&
      !chunk?.headline &&
      !NOT_NAME_ACRONYMS.has(plain(firstW.lower)) &&
      !isTitleHead(firstW) &&
      !/^[IVX]{2,4}$/u.test(firstW.text) && // "the clade II strain", "World War II": a numeral
      !MEASURE_AFTER.test(this.text.slice(firstW.end, firstW.end + 14))
    )
      return { type: 'organization', rule: 'en.org.acronym' };
    // "VNO-NCW", "AFL-CIO": acronyms joined by a hyphen, none a place or an everyday abbreviation
    if (
      words.length === 1 &&
      ACRONYM_PAIR.test(firstW.text) &&
      !chunk?.headline &&
      firstW.text
        .split('-')
        .every((p) => !KNOWN_ACRONYM_PLACES.has(p.toLowerCase()) && !NOT_NAME_ACRONYMS.has(p.toLowerCase()))
    )
      return { type: 'organization', rule: 'en.org.acronym' };
    return null;
  }
}

const lastOf = (words: readonly Word[]): Word => words[words.length - 1]!;

/**
 * A ground right before the town, a bracket or a comma between, or in brackets right after it: "Trent Bridge
 * (Nottingham)", "(at Old Trafford, Manchester)", "Nottingham (Trent Bridge)".
 */
function groundBeside(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})[ \t]*[(,][ \t]*$/u.exec(
    text.slice(Math.max(0, start - 40), start),
  );
  const after = /^[ \t]*\((\p{Lu}[^()\n]{1,30})\)/u.exec(text.slice(end, end + 40));
  // (the last one, two or three words before the bracket: "At Trent Bridge (")
  const ws = before ? lowerOf(before[1]!).split(/[ \t]+/u) : [];
  for (let n = 1; n <= ws.length; n++) if (SPORTS_VENUES.has(ws.slice(-n).join(' '))) return true;
  return after !== null && SPORTS_VENUES.has(lowerOf(after[1]!));
}

/**
 * How many of the first words (two at most) name a national side by its nickname ("All Blacks") or a ground
 * ("The Oval"), everyday words and all; 0 if none.
 */
function sideNickname(words: readonly Word[]): number {
  for (let n = Math.min(2, words.length); n >= 1; n--) {
    const k = key(words.slice(0, n));
    if (NATIONAL_SIDE_NICKNAMES.has(k) || (n > 1 && SPORTS_VENUES.has(k))) return n;
  }
  return 0;
}

/** "Family-controlled", "Bergamo-based", "Brazilian-born": a modifier built on a name, not a name. */
function hyphenatedModifier(c: Classifier, text: string): boolean {
  const m = /^(\p{L}+)-(\p{Ll}+)$/u.exec(text);
  if (m === null || !c.isEnglishWord(m[2]!)) return false;
  // "Co-operation", "Re-election", "Non-proliferation": a prefix and a noun make one word, no modifier
  return !WORD_PREFIXES.has(m[1]!.toLowerCase()) && !NOUN_ENDING.test(m[2]!);
}
/** Prefixes written with a hyphen inside one word ("co-operation", "re-election", "non-proliferation"). */
const WORD_PREFIXES = new Set('co re pre non sub inter multi semi mid post counter'.split(' '));
/** Endings of abstract nouns, which modify nothing after a hyphen ("Well-being" aside). */
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ship|ance|ence)$/u;

/** Is word i the start of a title ("Mr.", "President", "Coach")? */
const isTitleWord = (l: string): boolean => HONORIFICS.has(l) || TITLE_HEADS.has(l);
/** Is this word a title or honorific ("President", "Mr.", "Major-General")? */
const isTitleHead = (w: Word): boolean => {
  const l = plain(w.lower);
  if (isTitleWord(l)) return true;
  return l.includes('-') && l.split('-').every((p) => isTitleWord(p) || TITLE_MODIFIERS.has(p));
};

/** A word that may name an office's field ("Forestry", "Disease"): no given name, surname or place. */
function fieldWordOf(c: Classifier, w: Word): boolean {
  const l = plain(w.lower);
  if (c.place([w])) return false;
  return (
    c.isEnglishWord(l) || (!c.lex.firstNames.has(l) && !c.lex.lastNames.has(l) && HAS_LOWER.test(w.text))
  );
}

/** The name before ", and"/"and"/"or" right before a word, or after "and"/"or" right after it, as written. */
const COORDINATED_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}&-]*)(?:[ \t]+|,[ \t]+)(?:and|or)[ \t]+$/u;
const COORDINATED_AFTER = /^(?:,?[ \t]+)(?:and|or)[ \t]+(\p{Lu}[\p{L}&-]*)(?![\p{L}'’]|[ \t]+\p{Lu})/u;
function coordinatedWith(text: string, start: number, end: number): string | null {
  const after = COORDINATED_AFTER.exec(text.slice(end, end + 40));
  if (after) return after[1]!;
  // (not the second of a longer name: "Johnson and Johnson" is looked up whole before this)
  const before = COORDINATED_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return before ? before[1]! : null;
}

/** After a company's everyday name opening a sentence: its "'s" and a word of business, or ", which" and a verb. */
const COMPANY_OPENING_AFTER =
  /^(?:['’]s[ \t]+(?:shares?|stock|chief|boss|profits?|revenues?|sales|board|executives?|chairman|shareholders|headquarters|market)\b|,[ \t]+which[ \t]+(?:\p{Ll}+s|is|was|has|had|owns|makes|said|reported)\b)/u;

/** A country or a region (not a town, a street or a landmark). */
function isLand(d: Decision | null): boolean {
  return d?.placeKind === 'country' || d?.placeKind === 'region';
}

/** Splits a sequence at connectors that join two names ("Essex and Surrey", "Keith O'Neill of Norwich City"). */
function splitAtConnectors(c: Classifier, words: readonly Word[]): Word[][] {
  const headlineParts = splitAtFunctionWords(words);
  if (headlineParts.length > 1) return headlineParts.flatMap((p) => splitAtConnectors(c, p));
  if (!words.some(isLowerWordOrAmp)) return [words.slice()];
  const k = key(words);
  if (c.lex.organizations.has(k) || c.lex.sportsTeams.has(k) || c.lex.places.has(k) || c.lex.people.has(k))
    return [words.slice()];
  const parts: Word[][] = [];
  const fieldWord = (w: Word): boolean => fieldWordOf(c, w);
  let cur: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!isLowerWordOrAmp(w) || NAME_PARTICLES.has(w.lower)) {
      cur.push(w);
      continue;
    }
    const left = cur[cur.length - 1];
    const leftLower = left ? plain(left.lower) : '';
    let keep = false;
    if (w.text === '&') keep = !ORG_SUFFIXES.has(leftLower) || leftLower === 'co';
    else if (w.lower === 'and') {
      // "Test and County Cricket Board", "Futures and Options Exchange": common words joined inside one name
      const right = words.slice(i + 1);
      // "Acme Corp. and Beta Inc.": a name closed by its legal form is complete
      // "Main Street and Country Club Drive": a street's name is complete at its road word too
      // ("Securities and Exchange Commission": a legal form with nothing before it closes nothing)
      // ("Fifth Third and Capital One": a bank the lists know by its words is complete too)
      const closed =
        cur.length > 0 &&
        ((cur.filter((x) => x.lower !== 'the').length > 1 &&
          ORG_SUFFIXES.has(plain(cur[cur.length - 1]!.lower))) ||
          STREET_WORDS.has(plain(cur[cur.length - 1]!.lower)) ||
          (cur.length > 1 && WELL_KNOWN_ORGS.has(key(cur))));
      // ("China Mobile and Japan Airlines": two names that each open with their country are two names)
      const twoNational =
        cur.length > 1 &&
        right.length > 1 &&
        c.place(cur.slice(0, 1))?.placeKind === 'country' &&
        c.place(right.slice(0, 1))?.placeKind === 'country';
      const everydayOrPlace = (x: Word): boolean =>
        c.isCommonWord(x.lower) || c.isEnglishWord(x.lower) || c.place([x]) !== null;
      const rightHead = right.findIndex(
        (x) => ORG_HEADS.has(plain(x.lower)) || c.lex.orgWords.has(plain(x.lower)),
      );
      keep =
        cur.length > 0 &&
        !closed &&
        !twoNational &&
        rightHead >= 0 &&
        // ("Toyota Motor and Velmora Group": a coined name before the head word opens a second name)
        right.slice(0, rightHead).every(everydayOrPlace) &&
        cur.every(everydayOrPlace) &&
        (c.isCommonWord(cur[cur.length - 1]!.lower) || c.isEnglishWord(cur[cur.length - 1]!.lower));
      // "Department of Forestry and Fire Protection", "Ministry of Trade and Industry": the field of
      // an office after "of" may be two fields, everyday words both
      const of = cur.findIndex((x) => x.lower === 'of' || x.lower === 'for');
      const stop = right.findIndex(isLowerWordOrAmp);
      let field = stop < 0 ? right : right.slice(0, stop);
      // "Minister for Trade and Industry Ahmad Zaki": after an office, the name that follows is no field
      if (of > 0 && TITLE_HEADS.has(plain(cur[of - 1]!.lower))) {
        const given = field.findIndex(
          (x, n) => n > 0 && (c.lex.firstNames.has(plain(x.lower)) || isPersonName(x.text)),
        );
        if (given > 0) field = field.slice(0, given);
      }
      keep ||=
        !closed &&
        of > 0 &&
        (ORG_HEADS.has(plain(cur[of - 1]!.lower)) ||
          c.lex.orgWords.has(plain(cur[of - 1]!.lower)) ||
          TITLE_HEADS.has(plain(cur[of - 1]!.lower))) && // "Minister for Human Development and Culture X"
        cur.slice(of + 1).every((x) => !isLowerWordOrAmp(x) && fieldWord(x)) &&
        field.length > 0 &&
        field.length <= 3 &&
        // ("Security and Co-operation in Europe": a word written with its prefix's hyphen is a field too)
        field.some(
          (x) => c.isEnglishWord(x.lower) || c.isEnglishWord(x.lower.replace(/^(\p{Ll}+)-/u, '$1')),
        ) &&
        field.every((x) => fieldWord(x) && !ORG_HEADS.has(plain(x.lower)));
      // a list the sequence joined at its commas ("Atmospheric, Geophysical and Astronomical Services
      // Administration"): the cutter already checked that it runs on to a head word
      keep ||=
        !closed && cur.some((x) => x.text.endsWith(',')) && right.some((x) => ORG_HEADS.has(plain(x.lower)));
      // "Trade and Industry Minister Jane Doe": two everyday fields joined before an office
      if (!keep && !closed && cur.length > 0 && cur.length <= 3) {
        const everyday = (x: Word): boolean =>
          !isLowerWordOrAmp(x) && (c.isCommonWord(x.lower) || c.isEnglishWord(x.lower));
        const head = right.findIndex((x) => isTitleHead(x));
        keep = head >= 1 && head <= 3 && cur.every(everyday) && right.slice(0, head).every(everyday);
      }
      // "England and Wales Cricket Board", "Trinidad and Tobago Football Association": two lands one body
      // serves, the second opening the body's name of everyday words and a head word
      keep ||=
        !closed &&
        (cur.length === 1 || (cur.length === 2 && cur[0]!.lower === 'the')) &&
        right.length >= 3 &&
        right.length <= 4 &&
        ORG_HEADS.has(plain(right[right.length - 1]!.lower)) &&
        right
          .slice(1)
          .every(
            (x) =>
              !isLowerWordOrAmp(x) &&
              (c.isCommonWord(x.lower) || c.isEnglishWord(x.lower) || TEAM_SPORTS.has(plain(x.lower))),
          ) &&
        ((isLand(c.place(cur.slice(-1))) && isLand(c.place(right.slice(0, 1)))) ||
          isLand(c.place([cur[cur.length - 1]!, w, right[0]!])));
      // "Eli Lilly and Co", "Procter and Company": the partners' legal form closes the name
      keep ||= cur.length > 0 && right.length === 1 && /^(?:co|company)$/u.test(plain(right[0]!.lower));
    } else if (w.lower === 'en') {
      keep = cur.length > 0 && FOREIGN_ORG_HEADS.has(cur[0]!.lower); // "Institut de Recherche en Sciences …"
    } else if (w.lower === 'in') {
      // the chunker joined "in" only before a country or continent, or a country closing a group's name
      keep = officeWithField(cur) || (cur.length >= 2 && groupKindBefore(c.text, cur[0]!.start));
    } else if (w.lower === 'the' && (leftLower === 'of' || leftLower === 'for') && cur.length > 1) {
      const head = plain(cur[cur.length - 2]!.lower);
      keep = ORG_HEADS.has(head) || TITLE_HEADS.has(head); // "Association of the Automotive Industry"
    } else {
      // "Bank of England", "Gulf of Mexico", "Minister of Finance": the head comes before "of"
      keep =
        ORG_HEADS.has(leftLower) ||
        c.lex.orgWords.has(leftLower) ||
        PLACE_HEADS.has(leftLower) ||
        c.lex.placeWords.has(leftLower) ||
        TITLE_HEADS.has(leftLower) ||
        ORG_HEADS_BEFORE_OF.has(leftLower) ||
        leftLower === 'duke' ||
        leftLower === 'isle';
      if (ORG_SUFFIXES.has(leftLower) && !ORG_HEADS.has(leftLower)) keep = false;
      // "Office for the Coordination of Humanitarian Affairs": inside the field of an office, a second "of"
      // ("Board of Control for Cricket in India": a "for" after the field of a head's "of")
      if (
        (w.lower === 'of' || w.lower === 'for') &&
        cur.some(
          (x, n) =>
            ORG_HEADS.has(plain(x.lower)) && (cur[n + 1]?.lower === 'for' || cur[n + 1]?.lower === 'of'),
        )
      )
        keep = true;
      // "Gold Fields of South Africa Ltd", "First of Michigan Corp": a company suffix closes the whole
      const last = plain(words[words.length - 1]!.lower);
      const personLeft = cur.length > 0 && c.lex.firstNames.has(plain(cur[0]!.lower));
      if (
        !keep &&
        !personLeft &&
        w.lower === 'of' &&
        LEGAL_FORMS.has(last) &&
        !words.slice(i + 1).some(isLowerWordOrAmp)
      )
        keep = true;
    }
    if (keep) cur.push(w);
    else {
      if (cur.length > 0) parts.push(cur);
      cur = [];
    }
  }
  if (cur.length > 0) parts.push(cur);
  return parts;
}

/**
 * Is words[i] the second word, "Without", between a plural and a capitalized plural ("Medics Without Walls",
 * "Lawyers Without Frontiers")?
 */
function pluralsWithout(words: readonly Word[], i: number): boolean {
  return (
    i === 1 &&
    plain(words[1]!.lower) === 'without' &&
    /\p{Ll}s$/u.test(words[0]!.text) &&
    /^\p{Lu}\p{Ll}+s$/u.test(words[2]?.text ?? '')
  );
}

/** Capitalized function words that title-case headlines put between names ("Trump Rally In Ohio Is Set"). */
function splitAtFunctionWords(words: readonly Word[]): Word[][] {
  const parts: Word[][] = [];
  let cur: Word[] = [];
  words.forEach((w, i) => {
    const l = plain(w.lower);
    const inner = i > 0 && i < words.length - 1;
    // "Doctors Without Borders", "Reporters Without Borders": the family of names keeps its "Without"
    const withoutBorders = l === 'without' && pluralsWithout(words, i);
    if (
      inner &&
      w.text !== w.lower &&
      NOT_NAMES.has(l) &&
      !KEEP_INSIDE.has(l) &&
      !ORDINALS.has(l) &&
      !withoutBorders &&
      sideNickname(words.slice(i)) === 0 // "The All Blacks": a side's nickname keeps its "All"
    ) {
      if (cur.length > 0) parts.push(cur);
      cur = [];
    } else cur.push(w);
  });
  if (cur.length > 0) parts.push(cur);
  return parts;
}

function isLowerWordOrAmp(w: Word): boolean {
  return w.text === '&' || isLowerWord(w);
}

/** People, places and organizations in en text. */
export function entities(doc: Doc, _ctx: Context): EntityCandidate[] {
  const all = chunks(doc);
  if (all.length === 0) return [];
  const lex = englishLexicon();
  const c = new Classifier(lex, doc.text, isSportsDocument(doc));
  const out: EntityCandidate[] = [];
  const known = new Map<string, EntityType>();
  /** The first word of every key of two words or more in `known`: a span opening with none is no key of it. */
  const knownOpenings = new Set<string>();
  const personParts = new Set<string>();
  /** Surnames of people found by strong evidence (a given name, a title): they may even beat a country. */
  const strongParts = new Set<string>();
  const pending: { words: Word[]; chunk: Chunk }[] = [];
  const headlines: Chunk[] = [];

  const emit = (words: readonly Word[], d: Decision): void => {
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    const evidence = doc.text.slice(start, end);
    const cand: EntityCandidate = { type: d.type, start, end, explain: [{ rule: d.rule, evidence }] };
    if (d.titles && d.titles.length > 0) cand.titles = d.titles;
    else if (d.type === 'person') {
      // a lower-case title right before the name: "coach Fabio Capello", "spokesman Per Lind"
      // … or a role set off by commas beside it: "Ana Ruiz, an analyst at …", "The referee, Tom Hale"
      const title = lowerTitleBefore(doc.text, start) ?? roleBeside(doc.text, start, end);
      if (title) cand.titles = [title];
    }
    if (d.canonical) cand.canonical = d.canonical;
    else if (d.type === 'place' && isAllCaps(evidence)) cand.canonical = titleCase(evidence); // "LONDON" → "London"
    if (d.type === 'place') {
      cand.placeKind = d.placeKind ?? 'other';
      cand.country = d.country ?? null;
      // "Maricopa County", "Sindh Province", "Quezon City": the head word of an area says its kind
      if (cand.placeKind === 'other' && words.length >= 2) {
        const head = AREA_HEAD_KINDS.get(plain(lastOf(words).lower));
        if (head) cand.placeKind = head;
      }
      // "Santa Rosa, California": the state after a town says which town of the name it is
      if (cand.placeKind === 'city') cand.country = regionAfter(doc.text, end, cand.country) ?? cand.country;
      // "Savannah, Georgia": the state, not the country, after an American town
      if (
        words.length === 1 &&
        plain(words[0]!.lower) === 'georgia' &&
        lookupPlace(TOWN_BEFORE.exec(doc.text.slice(Math.max(0, start - 30), start))?.[1] ?? '')?.country ===
          'US'
      ) {
        cand.placeKind = 'region';
        cand.country = 'US';
        delete cand.canonical;
      }
    }
    out.push(cand);
    const k = key(words);
    if (!known.has(k)) {
      known.set(k, d.type);
      noteOpening(knownOpenings, k);
    }
    // "Mount Lewotobi Laki-laki" … "Lewotobi Laki-laki, a twin volcano": the name without its head word
    if (d.type === 'place' && words.length >= 2 && PLACE_OPENING_HEADS.has(plain(words[0]!.lower))) {
      const tail = key(words.slice(1));
      if (!known.has(tail)) {
        known.set(tail, 'place');
        noteOpening(knownOpenings, tail);
      }
    }
    // "President Clinton … Clinton won in 1992": a name a title opens is a person's wherever it recurs
    if (
      d.type === 'person' &&
      words.length === 1 &&
      d.titles?.length &&
      d.rule === 'en.person.title-before-name'
    ) {
      personParts.add(words[0]!.lower);
      strongParts.add(words[0]!.lower);
    }
    if (d.type === 'person' && words.length >= 2) {
      const lastWord = words[words.length - 1]!;
      const weak = WEAK_PERSON_RULES.has(d.rule);
      // "Lebed Chechnya" from a headline's shape alone must not turn Chechnya into a person ("Lewis Hamilton": a
      // town after a given name the names list holds does)
      const town = weak && isPersonName(words[0]!.text) && c.place([lastWord])?.placeKind === 'city';
      if (!(weak && c.place([lastWord])) || town) personParts.add(lastWord.lower);
      if (!weak) strongParts.add(lastWord.lower);
      // "Wang Dan" … "Wang", "Jansher Khan" … "Jansher": a given name nobody lists may be used alone
      if (!lex.firstNames.has(words[0]!.lower) && d.rule !== 'en.person.name-shape' && words.length === 2)
        personParts.add(words[0]!.lower);
    }
  };

  /** "British Columbia", "American Samoa": a region or country the gazetteer names with its demonym. */
  const regionByName = (words: readonly Word[]): boolean => {
    const info = lookupPlaceName(surfaceOf(words));
    return (
      info !== null && (info.kind === 'region' || info.kind === 'country') && info.source !== 'world-city'
    );
  };

  /** Drops what cannot begin or end a name: function words, demonyms, lone letters, particles at the edges. */
  /** Is this sequence an organization by its own words ("First Union Bank", "European Union")? */
  const orgByShape = (words: readonly Word[]): boolean => {
    if (words.length < 2) return false;
    const d = c.classify(words, null);
    return d !== null && d.type === 'organization';
  };

  /** Drops what cannot begin or end a name: function words, demonyms, lone letters, particles at the edges. */
  const trim = (ws: Word[], chunk: Chunk, atChunkStart: boolean): Word[] => {
    let words = ws;
    while (words.length > 0) {
      const w = words[0]!;
      const low = plain(w.lower);
      const initial = /^\p{Lu}\.$/u.test(w.text) && words.length > 1;
      // "the All Blacks", "Springbok captain X": a national side's nickname keeps its everyday first word
      const side = sideNickname(words) > 0;
      let drop =
        isLowerWordOrAmp(w) ||
        INITIAL.test(w.text) ||
        hyphenatedModifier(c, w.text) ||
        (!initial &&
          !side &&
          NOT_NAMES.has(low) &&
          !(ORDINALS.has(low) && orgByShape(words)) &&
          !capsOrgWord(w, chunk) &&
          !givenMonth(words, chunk)) ||
        ((c.isDemonym(low) ||
          (lex.demonyms.has(low.replace(/s$/u, '')) && words.length > 1) ||
          (PARTY_LABELS.has(low) && words.length > 1)) &&
          ((!orgByShape(words) && !c.place(words)) ||
            (words.length > 1 && c.place(words.slice(1)) !== null && !regionByName(words))));
      const titleWord =
        words.length > 1 &&
        (isTitleHead(w) || (TITLE_MODIFIERS.has(low) && words.slice(1).some(isTitleHead)));
      if (
        !drop &&
        !initial &&
        !titleWord &&
        atChunkStart &&
        w === ws[0] &&
        chunk.sentenceStart &&
        c.isEnglishWord(low) &&
        !capsOrgWord(w, chunk)
      ) {
        // "New York", "United States", "National Bank": keep a common first word that a name needs
        const two = words.slice(0, Math.min(3, words.length));
        // ("Tiger Woods shot 77": two words of the names list that are everyday words too, before a verb)
        const givenName =
          words.length > 1 &&
          isPersonName(w.text) &&
          (!c.isEnglishWord(words[1]!.lower) ||
            (words.length === 2 &&
              isPersonName(words[1]!.text) &&
              // ("Tiger Woods, who made the cut": or a clause about a person)
              (c.verbAfter(words[1]!) ||
                WHO_AFTER.test(doc.text.slice(words[1]!.end, words[1]!.end + 6)) ||
                personClauseAfter(doc.text, words[1]!.end)))) &&
          (!NOT_NAMES.has(low) || givenMonth(words, chunk));
        // "Shares of X Inc" — but "Bank of England", "Gulf of Mexico" keep their head
        const connectorNext =
          words.length > 1 &&
          isLowerWordOrAmp(words[1]!) &&
          !(words[1]!.lower === 'and' && orgByShape(words)) && // "Disaster and Emergency Management Authority"
          !ORG_HEADS.has(low) &&
          !lex.orgWords.has(low) &&
          !PLACE_HEADS.has(low) &&
          !lex.placeWords.has(low) &&
          !isTitleHead(w);
        // "Reed said …" after "Steve Reed": the surname of someone this text already named
        const knownSurname = words.length === 1 && strongParts.has(w.lower);
        // "Arsenal signed …" in a football report: a club's one-word name is no everyday word there
        const club = words.length === 1 && c.sports && SPORTS_CLUB_WORDS.has(low);
        // "Labour would scrap …", "Labour's candidate": a party's own word before a verb, a modal or its "'s"
        const party =
          words.length === 1 &&
          PARTY_NAMES.has(low) &&
          (c.verbAfter(w) || /^['’]s\b/u.test(doc.text.slice(w.end, w.end + 3)) || c.modalAfter(w));
        // "Fed Chair Jerome Powell said": a body known by one word before the office it gives
        const bodyBeforeOffice = words.length > 2 && SINGLE_WORD_ORGS.has(low) && isTitleHead(words[1]!);
        // "Mistral AI, the Paris-based start-up,": a name that an apposition calls a business keeps its first word
        const apposedBody =
          words.length > 1 && ORG_APPOSITION.test(doc.text.slice(lastOf(words).end, lastOf(words).end + 60));
        drop =
          connectorNext ||
          !(
            givenName ||
            knownSurname ||
            club ||
            party ||
            (words.length > 1 && SAINT.test(w.text)) || // "St James' Park was sold out"
            // "Final: Red Arrow (Poland) 88": a club's name before its country and a score
            (c.sports &&
              words.length > 1 &&
              words.length <= 3 &&
              COUNTRY_IN_BRACKETS.test(doc.text.slice(lastOf(words).end, lastOf(words).end + 32))) ||
            side ||
            bodyBeforeOffice ||
            apposedBody ||
            officeApposition(c, words) ||
            c.strongPlace(w) ||
            (words.length > 1 && c.place(two.slice(0, 1))) ||
            (words.length > 1 && (c.place(two.slice(0, 2)) || c.place(two) || orgByShape(words)))
          );
      }
      // "Rival Alphabet Inc", "Retailer Walmart Inc": a word describing the company opens the sentence
      if (
        !drop &&
        atChunkStart &&
        w === ws[0] &&
        chunk.sentenceStart &&
        words.length > 2 &&
        (ORG_CONTEXT_BEFORE.has(low) || COMPANY_DESCRIBERS.has(low)) &&
        orgByShape(words.slice(1))
      )
        drop = true;
      if (!drop) break;
      words = words.slice(1);
    }
    // "St. Louis-based Mercantile Bancorp": what precedes a "-based" word describes the name after it
    const modifier = words.findIndex((w, i) => i < words.length - 1 && hyphenatedModifier(c, w.text));
    if (modifier >= 0) words = words.slice(modifier + 1);
    // "the Hong Kong-based lender": a name that ends in such a word is a modifier as a whole
    else if (words.length > 1 && COMPOUND_ENDS.test(lastOf(words).text)) return [];
    while (words.length > 0) {
      const w = words[words.length - 1]!;
      const roadNumber =
        words.length > 1 && ROAD_NUMBER.test(w.text) && ROAD_HEADS.has(plain(words[words.length - 2]!.lower));
      const junk =
        isLowerWordOrAmp(w) ||
        (NOT_NAMES.has(plain(w.lower)) &&
          !capsOrgWord(w, chunk) &&
          !surnameMay(words, chunk) &&
          !WELL_KNOWN_ORGS.has(key(words))) || // "Capital One", "Fifth Third"
        INITIAL.test(w.text) ||
        (/\d/u.test(w.text) && !roadNumber) ||
        doc.text[w.end] === '$' ||
        (/\.$/u.test(w.text) && w.text.length === 2) ||
        // "a Louisiana Republican", "a Montana Democrat": the party after a state describes a person
        (words.length > 1 && PARTY_LABELS.has(plain(w.lower)) && c.place(words.slice(0, -1)) !== null);
      if (!junk) break;
      words = words.slice(0, -1);
    }
    return words;
  };

  /**
   * "Theresa May", "Judge Leigh Martin May,": "May" after a given name (and maybe a middle one), outside a headline and before
   * no day's number, is a surname, not the month or the modal.
   */
  const surnameMay = (words: readonly Word[], chunk: Chunk): boolean =>
    words.length >= 2 &&
    !chunk.headline &&
    lastOf(words).text === 'May' &&
    words.slice(0, -1).some((w) => c.lex.firstNames.has(plain(w.lower))) &&
    /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 2]!.text) &&
    !NOT_NAMES.has(plain(words[words.length - 2]!.lower)) &&
    !/^[ \t]*\d/u.test(doc.text.slice(lastOf(words).end, lastOf(words).end + 4));

  /**
   * "economist Jan Hatzius", "June Carter said": a month that is also a given name, before one name word no list
   * holds as a month, day or number, outside a headline and after no word of time ("in June Smith's …" is rare;
   * "since April", "in Jan" are the month).
   */
  const givenMonth = (words: readonly Word[], chunk: Chunk): boolean => {
    if (words.length !== 2 || chunk.headline || !MONTH_NAMES_GIVEN.has(plain(words[0]!.lower))) return false;
    const next = words[1]!;
    if (
      !/^\p{Lu}\p{Ll}+$/u.test(next.text) ||
      NOT_NAMES.has(plain(next.lower)) ||
      c.isEnglishWord(next.lower)
    )
      return false;
    const before = doc.text.slice(Math.max(0, words[0]!.start - 12), words[0]!.start);
    return !/\b(?:in|on|since|until|till|to|and|or|by|from|through|before|after|last|next|this|early|late|mid|of)\s+$/iu.test(
      before,
    );
  };

  /** A sequence that ends in a title names no person ("Chief Operating Officer", "Apple CEO"). */
  const endsInTitle = (words: readonly Word[], chunk: Chunk): boolean => {
    const last = words[words.length - 1]!;
    if (!isTitleHead(last) && !(words.length > 1 && TITLE_WORDS_AT_END.has(plain(last.lower)))) return false;
    if (words.length === 1) return false; // a lone "King" may be someone's surname: left to the document
    let h = words.findIndex((w) => isTitleHead(w));
    while (h > 0 && TITLE_MODIFIERS.has(plain(words[h - 1]!.lower))) h--;
    const title = words.slice(Math.max(0, h));
    if (!title.every((w) => isTitleHead(w) || TITLE_MODIFIERS.has(plain(w.lower)) || c.isCommonWord(w.lower)))
      return false; // "Prime Minister John Major"
    let pre = words.slice(0, Math.max(0, h));
    while (pre.length > 0 && TITLE_MODIFIERS.has(plain(pre[0]!.lower))) pre = pre.slice(1); // "Former South Carolina Gov."
    if (pre.length > 0 && lex.firstNames.has(plain(pre[0]!.lower))) return false; // "Martin Luther King"
    // "Macquline King", "Desmond Bishop": a given name nobody lists before a title that is a surname too
    if (
      pre.length === 1 &&
      h === words.length - 1 &&
      SURNAME_TITLES.has(plain(last.lower)) &&
      !c.isEnglishWord(pre[0]!.lower) &&
      !c.place(pre) &&
      !isAllCaps(pre[0]!.text)
    )
      return false;
    if (pre.length > 0) {
      const d = c.classify(pre, chunk);
      if (d && d.type !== 'person') emit(pre, d);
    }
    return true;
  };

  /** "Hurricane Milton", "the Park Fire": a named storm or fire is an event, no entity of ours. */
  const isEventName = (words: readonly Word[]): boolean => {
    // "the Miami Open", "the Arnold Palmer Invitational": a tournament is an event too
    // ("his first U.S. Open final", "a French Open title": so is one before the contest's word)
    if (words.length >= 2 && TOURNAMENT_WORDS.has(plain(lastOf(words).lower))) {
      const near = around(doc.text, words[0]!.start, lastOf(words).end);
      if (near.before === 'the' || CONTEST_WORDS.has(near.after)) return true;
    }
    if (FEAST_WORDS.has(plain(words[0]!.lower)) && words.length <= 3) return true;
    if (words.length < 2) return false;
    // "El Niño", "La Niña": a warming or cooling of the Pacific, no one's name
    if (words.length === 2 && CLIMATE_PATTERN.test(key(words))) return true;
    // "the Taft-Hartley Act", "the Lasker Award": a law or a prize named for people or a cause
    // ("the Academy Awards" too; "Arts Council Awards Committee" ends in its own head word)
    if (LAW_AND_AWARD_WORDS.has(plain(lastOf(words).lower)) && /^\p{Lu}\p{Ll}+$/u.test(lastOf(words).text))
      return true;
    if (STORM_WORDS.has(plain(words[0]!.lower)) && !words.some((_w, i) => c.isOrgHeadAt(words, i)))
      return true;
    // "the Cannes Film Festival", "the Boston Marathon": a festival, fair or race is an event
    if (EVENT_WORDS.has(plain(lastOf(words).lower)) && /^\p{Lu}\p{Ll}+$/u.test(lastOf(words).text))
      return true;
    return (
      FIRE_WORDS.has(plain(lastOf(words).lower)) &&
      around(doc.text, words[0]!.start, lastOf(words).end).before === 'the'
    );
  };

  /** Does the text use this word alone, capitalized, elsewhere ("Garros" after "Roland Garros")? */
  const surnameUsedAlone = (w: Word): boolean => {
    const name = w.text.replace(/[^\p{L}]/gu, '');
    if (name === '') return false;
    // (not inside another capitalized sequence: "Roland Garros" itself, "Garros Stadium")
    const re = new RegExp(
      `(?<!\\p{Lu}[\\p{L}.'-]*[ \\t])(?<!\\p{L})${name}(?!\\p{L})(?![ \\t]\\p{Lu})`,
      'gu',
    );
    for (const m of doc.text.matchAll(re)) if (m.index !== w.start) return true;
    return false;
  };
  /** Names the text gave as "known as X": every later X is the same entity. */
  const aliases = new Map<string, Decision>();
  const decide = (words: Word[], chunk: Chunk): void => {
    if (isEventName(words)) return;
    // "the California Department of Forestry and Fire Protection, known as Cal Fire": another name of it
    const alias = aliases.get(key(words));
    if (alias) {
      emit(words, alias);
      return;
    }
    const knownAs = KNOWN_AS.exec(doc.text.slice(Math.max(0, words[0]!.start - 60), words[0]!.start));
    // "known as Wall Street's fear gauge": a possessive names something else, not another name of it
    const possessive = /^['’]s\b/u.test(doc.text.slice(lastOf(words).end, lastOf(words).end + 3));
    if (knownAs && words.length <= 4 && !possessive) {
      const at = words[0]!.start - knownAs[0].length;
      // the first pass emits in text order: look back only while candidates end near the cue
      let named: EntityCandidate | undefined;
      for (let k = out.length - 1; k >= 0 && k >= out.length - 8; k--) {
        const o = out[k]!;
        if (o.end <= at && o.end >= at - 2) {
          named = o;
          break;
        }
        if (o.end < at - 2) break;
      }
      if (named) {
        const d: Decision = {
          type: named.type,
          rule: 'en.entity.known-as',
          canonical: named.canonical ?? doc.text.slice(named.start, named.end),
        };
        if (named.type === 'place') {
          d.placeKind = named.placeKind ?? 'other';
          d.country = named.country ?? null;
        }
        aliases.set(key(words), d);
        emit(words, d);
        return;
      }
    }
    const whole = c.classify(words, chunk);
    if (whole?.type !== 'organization' && whole?.type !== 'place' && endsInTitle(words, chunk)) return;

    // "latest CRUDE OIL $19.87": everyday words set in capitals inside a line in lower case are a heading or
    // an emphasis, no body that its head word or its legal form would make
    if (
      (whole?.rule === 'en.org.suffix' || whole?.rule === 'en.org.head-word') &&
      !chunk.headline &&
      words.every((w) => isAllCaps(w.text) && c.isEnglishWord(w.lower)) &&
      // ("the NATIONAL OIL COMPANY": a legal form or a body's head word still makes one)
      !LEGAL_FORMS.has(plain(lastOf(words).lower)) &&
      !ORG_HEADS.has(plain(lastOf(words).lower)) &&
      !CORPORATE_WORDS.has(plain(lastOf(words).lower))
    )
      return;
    // "Duke Energy Florida": a title word right before a company's trade word names the company
    // ("Edwin Paul King Jr.": a title word before nothing but a generation's suffix is a surname)
    const h = words.findIndex(
      (w, i) =>
        isTitleHead(w) &&
        i < words.length - 1 &&
        !ORG_SUFFIXES.has(plain(words[i + 1]!.lower)) &&
        !words.slice(i + 1).every((x) => NAME_SUFFIXES.has(plain(x.lower))),
    );
    // "Illinois General Assembly", "Attorney General Office": a title followed by nothing but an
    // organization's head word names the body, not a person
    // ("Coast General Teaching and Referral Hospital": no person's name ends in an organization's head)
    const headOnly =
      whole?.type === 'organization' &&
      h >= 0 &&
      (words.slice(h + 1).every((w, i) => c.isOrgHeadAt(words, h + 1 + i) && !isTitleHead(w)) ||
        (ORG_HEADS.has(plain(lastOf(words).lower)) &&
          !isTitleHead(lastOf(words)) &&
          words.slice(h + 1).some(isLowerWordOrAmp)));
    // ("Chancellor of the Exchequer Helen Marsh": a place word ending a name makes no place of the office)
    const titled =
      h >= 0 &&
      !headOnly &&
      (h > 0 ||
        (whole?.type !== 'organization' && whole?.type !== 'place') ||
        (whole.rule === 'en.place.head-word' && !PLACE_HEADS.has(plain(lastOf(words).lower))));
    if (!whole && words.length > 1) {
      // "U.S. Assistant Secretary …", "U.S. Labor Day": a country in front of a name that is not one
      const lead = c.place(words.slice(0, 1));
      const acronymAfter = words.length === 2 && ACRONYM.test(plain(words[1]!.text)); // "Chicago NAPM"
      // "spokesman Jordan Fuja": a country that is also a given name, before a surname nobody knows
      const givenName =
        words.length === 2 &&
        !acronymAfter &&
        (lex.firstNames.has(plain(words[0]!.lower)) || isPersonName(words[0]!.text)) &&
        !c.isEnglishWord(words[1]!.lower) &&
        !c.place(words.slice(1)) &&
        !c.isOrgHeadAt(words, 1);
      // ("Africa CDC": a continent's body named by its acronym is one name)
      if (acronymAfter && CONTINENTS.has(words[0]!.lower)) {
        emit(words, { type: 'organization', rule: 'en.org.acronym-and-name' });
        return;
      }
      // ("rights group Mexico Evalua": a group its kind introduces, named with its country first)
      if (
        lead?.placeKind === 'country' &&
        !acronymAfter &&
        words.length <= 4 &&
        groupKindBefore(doc.text, words[0]!.start)
      ) {
        emit(words, { type: 'organization', rule: 'en.org.group-named' });
        return;
      }
      if (lead && !givenName && (lead.placeKind === 'country' || acronymAfter)) {
        emit(words.slice(0, 1), lead);
        decide(words.slice(1), chunk);
        return;
      }
    }
    // "Senate Republicans", "House Democratic leader X": the chamber is the body, the party word says who in it
    if (
      words.length === 2 &&
      LEGISLATURES.has(plain(words[0]!.lower)) &&
      PARTY_LABELS.has(plain(words[1]!.lower))
    ) {
      emit(words.slice(0, 1), { type: 'organization', rule: 'en.org.chamber-and-party' });
      return;
    }
    if (!titled && (whole?.type === 'organization' || whole?.type === 'place')) {
      // "the House of Representatives Wahono": a name run on after an office's "X of Y" name
      const tail = lastOf(words);
      const body = words.slice(0, -1);
      if (
        whole.type === 'organization' &&
        body.length >= 3 &&
        body.some((w) => w.lower === 'of') &&
        !c.isEnglishWord(tail.lower) &&
        !ORG_SUFFIXES.has(plain(tail.lower)) &&
        !ACRONYM.test(plain(tail.text)) &&
        !c.place([tail]) &&
        !isLowerWordOrAmp(lastOf(body)) &&
        c.isEnglishWord(lastOf(body).lower) &&
        c.classify(body, chunk)?.type === 'organization'
      ) {
        // "Speaker of the House of Representatives Wahono": the office is his title, the house the body
        const office =
          isTitleHead(body[0]!) && body[1]?.lower === 'of' ? (body[2]?.lower === 'the' ? 3 : 2) : 0;
        const house = body.slice(office);
        const d = office > 0 ? c.classify(house, chunk) : c.classify(body, chunk);
        if (office > 0 && d?.type === 'organization') {
          emit(house, d);
          emit([tail], { type: 'person', rule: 'en.person.title-before-name', titles: [surfaceOf(body)] });
          return;
        }
        emit(body, c.classify(body, chunk)!);
        decide([tail], chunk);
        return;
      }
      emit(words, whole);
      return;
    }
    // "BARATELLI TO COACH NICE", "SMITH WILL HEAD PANEL": in a line written in capitals a title word after "TO" or a
    // modal is a verb; what follows it is read on its own
    if (
      titled &&
      h === 0 &&
      words.length > 1 &&
      words.every((w) => !/\p{Ll}/u.test(w.text)) &&
      CAPS_VERB_BEFORE.test(doc.text.slice(Math.max(0, words[0]!.start - 8), words[0]!.start))
    ) {
      decide(words.slice(1), chunk);
      return;
    }
    if (titled) {
      let t = h + 1;
      while (t < words.length - 1) {
        const low = plain(words[t]!.lower);
        if (isTitleHead(words[t]!) || TITLE_MODIFIERS.has(low) || low === 'of' || low === 'the') t++;
        else break;
      }
      // "Chief Operating Officer Tim Cook": the title runs to its last head word
      for (let k = t; k < words.length - 1; k++) if (isTitleHead(words[k]!)) t = k + 1;
      // "Director of Intelligence", "Minister of Finance": the field after "of" is part of the office
      // ("Secretary of Homeland Security Kristi Noem": the field may take several words before the name)
      const fieldAfter = (from: number): number => {
        // the name starts at the first given name after at least one word of the field
        for (let g = from + 1; g < words.length && g <= from + 4; g++) {
          const w = words[g]!;
          if (isLowerWordOrAmp(w)) break;
          const rest = words.length - g;
          // ("MP for Bristol West Carla Denyer": a compass word ends the constituency, it opens no name)
          if (
            rest >= 2 &&
            rest <= 3 &&
            !COMPASS.has(plain(w.lower)) &&
            (c.lex.firstNames.has(plain(w.lower)) || isPersonName(w.text))
          )
            return g;
        }
        let k = from;
        while (
          k < words.length &&
          (KEEP_INSIDE.has(words[k]!.lower) ||
            (!isLowerWordOrAmp(words[k]!) &&
              (c.isEnglishWord(words[k]!.lower) || TITLE_MODIFIERS.has(plain(words[k]!.lower)))))
        )
          k++;
        const name = words.slice(k);
        return k > from && name.length >= 1 && name.length <= 4 && !name.some(isLowerWordOrAmp) ? k : -1;
      };
      if (/^(?:of|for)$/u.test(words[t - 1]!.lower)) {
        const k = fieldAfter(t);
        t = k > 0 ? k : t + 1;
      }
      if (t >= words.length) return;
      // "the Office of Inspector General", "Office of the Surgeon General": an office closing a body's
      // name leaves no one named ("General" is the rank, no name), the whole is the body
      if (
        t === words.length - 1 &&
        isTitleHead(words[t]!) &&
        h > 0 &&
        words.slice(0, h).some((_w, i) => c.isOrgHeadAt(words.slice(0, h), i))
      ) {
        emit(words, { type: 'organization', rule: 'en.org.head-word' });
        return;
      }
      let pre = words.slice(0, h);
      let titleStart = h;
      // "Hong Kong Financial Secretary": words that qualify the office belong to the title
      const qualifies = (w: Word): boolean => {
        const l = plain(w.lower);
        if (ORG_HEADS.has(l) || c.lex.orgWords.has(l) || ORG_SUFFIXES.has(l)) return false;
        return TITLE_MODIFIERS.has(l) || c.isEnglishWord(l);
      };
      while (
        pre.length > 1 &&
        (TITLE_MODIFIERS.has(plain(lastOf(pre).lower)) ||
          (qualifies(lastOf(pre)) &&
            c.classify(pre, chunk)?.type !== 'organization' &&
            // "Sonoma County Sheriff": a county is where the office is, not part of its title
            // (a "District Judge" keeps its district)
            !(ADMIN_AREAS.has(plain(lastOf(pre).lower)) && c.classify(pre, chunk)?.type === 'place')))
      ) {
        pre = pre.slice(0, -1);
        titleStart--;
      }
      if (pre.length === 1 && capsOrgWord(pre[0]!, chunk)) {
        emit(pre, { type: 'organization', rule: 'en.org.acronym' });
        titleStart = 0;
      } else if (pre.length > 0) {
        const d = c.classify(pre, chunk);
        if (d && d.type !== 'person') {
          emit(pre, d);
          // "Treasury Secretary Janet Yellen", "Apple CEO Tim Cook": the office is the organization's
          if (d.type === 'organization') titleStart = 0;
        } else if (
          pre.every(
            (w) =>
              TITLE_MODIFIERS.has(plain(w.lower)) ||
              c.isCommonWord(w.lower) ||
              // "Climate Crisis and Civil Protection Minister": the first of two joined fields
              (d === null && titleStart < h && c.isEnglishWord(w.lower)),
          )
        )
          titleStart = 0;
        else if (d) emit(pre, d);
      }
      // "Minister for Economic Affairs Airlangga Hartarto": the field after "for"/"of" runs up to the name
      if (t < words.length && (words[t]!.lower === 'for' || words[t]!.lower === 'of') && t > h) {
        const k = fieldAfter(t + 1);
        if (k > 0) t = k;
      } else if (t < words.length && words.slice(h, t).some((w) => w.lower === 'of' || w.lower === 'for')) {
        // "Director of National Intelligence Tulsi Gabbard": a modifier took the field's first word
        const k = fieldAfter(t);
        if (k > 0) t = k;
      }
      const rest = words.slice(t);
      if (isLowerWordOrAmp(rest[0]!)) return; // "High Commissioner for Refugees": the office goes on
      const titles = [surfaceOf(words.slice(titleStart, t))];
      const inner = c.classify(rest, chunk);
      // "President of the United States": what follows "of (the)" names the office's domain
      const domain = /^(?:of|the|for)$/u.test(words[t - 1]!.lower) && inner?.type === 'place';
      // "Rival Crestway Freight": a word that also describes a company, before what is shaped as one
      const describer = t - titleStart === 1 && COMPANY_DESCRIBERS.has(plain(words[titleStart]!.lower));
      const firm = describer ? (inner ?? shapeDecision(c, rest, chunk)) : null;
      if (firm?.type === 'organization') {
        emit(rest, firm);
        return;
      }
      // "Rival Orkla reported flat quarterly profit": one word after a describer of companies, then
      // a verb and a firm's figures, outside a sports report
      if (describer && rest.length === 1 && firmBeforeFigures(c, rest[0]!)) {
        emit(rest, { type: 'organization', rule: 'en.org.described-firm' });
        return;
      }
      if (inner && inner.type !== 'person' && (inner.rule.endsWith('lexicon') || domain)) {
        emit(rest, inner);
        return;
      }
      emit(rest, { type: 'person', rule: 'en.person.title-before-name', titles });
      return;
    }
    if (whole) {
      const near = around(doc.text, words[0]!.start, lastOf(words).end);
      // "analysts at Morgan Stanley": a firm named after people
      if (
        whole.type === 'person' &&
        SHAPE_PERSON_RULES.has(whole.rule) &&
        words.length <= 4 &&
        atEmployer(near)
      ) {
        emit(words, { type: 'organization', rule: 'en.org.employer' });
        return;
      }
      // "won at Roland Garros", "the final at Arthur Ashe": in a sports report, a name shaped like a person's
      // after "at" and a word of the contest is the venue named after that person (whose surname the report
      // never uses alone)
      if (
        whole.type === 'person' &&
        SHAPE_PERSON_RULES.has(whole.rule) &&
        words.length <= 3 &&
        near.before === 'at' &&
        CONTEST_WORDS.has(near.before2) &&
        c.anySport() &&
        !surnameUsedAlone(lastOf(words))
      ) {
        emit(words, { type: 'place', rule: 'en.place.venue', placeKind: 'other' });
        return;
      }
      // "docked in Marina del Rey", "born near Castel del Monte": a particle name after a preposition of
      // place is a place; people so named are met "with", "by", "for" them, seldom "in" them
      if (
        whole.type === 'person' &&
        SHAPE_PERSON_RULES.has(whole.rule) &&
        (near.before === 'in' || near.before === 'near' || near.before === 'outside') &&
        !near.beforeRaw.endsWith(',') &&
        words.length >= 3 &&
        words.slice(1, -1).some((w) => PLACE_PARTICLES.has(w.text))
      ) {
        emit(words, { type: 'place', rule: 'en.place.after-preposition', placeKind: 'other' });
        return;
      }
      // "Charles de Gaulle airport", "John Wayne stadium": a person's name given to a place
      const after = near.after;
      if (whole.type === 'person' && FACILITIES.has(after))
        emit(words, { type: 'place', rule: 'en.place.named-facility', placeKind: 'other' });
      else emit(words, whole);
      return;
    }
    pending.push({ words, chunk });
  };

  /** The person's name a chunk right after a country's possessive gives ("Vietnam's To Lam"), or null. */
  const nationalName = (chunk: Chunk): Word[] | null => {
    const words = chunk.words;
    if (chunk.sentenceStart || words.length < 2 || words.length > 3) return null;
    const owner = COUNTRY_POSSESSIVE.exec(doc.text.slice(Math.max(0, words[0]!.start - 40), words[0]!.start));
    if (!owner) return null;
    const country = lookupPlaceName(owner[1]!);
    if (country?.kind !== 'country') return null;
    const nameWord = (w: Word): boolean => {
      const l = plain(w.lower);
      if (isAllCaps(w.text) || !HAS_LOWER.test(w.text) || w.text.endsWith('.')) return false;
      if (c.isCommonWord(l) && !lex.firstNames.has(l) && !lex.lastNames.has(l)) return false;
      if (c.place([w]) || ORG_HEADS.has(l) || ORG_SUFFIXES.has(l) || lex.orgWords.has(l)) return false;
      if (NATIONAL_COMPANY_TRADES.has(l) || isTitleWord(l) || c.isDemonym(l)) return false;
      return !c.isEnglishWord(l) || lex.firstNames.has(l) || lex.lastNames.has(l) || isPersonName(w.text);
    };
    // ("To Lam", "Do Muoi": a short given name that is a function word in English, capitalized mid-sentence)
    const first = words[0]!;
    const shortGiven = first.text.length <= 3 && NOT_NAMES.has(first.lower) && !DETERMINERS.has(first.lower);
    if (!(shortGiven || nameWord(first)) || !words.slice(1).every(nameWord)) return null;
    if (c.classify(words, chunk)?.type === 'organization' || c.classify(words, chunk)?.type === 'place')
      return null;
    return words;
  };
  /** One-word sequences the sentence-start trim dropped: a surname the second pass may still name. */
  const openers: Word[] = [];
  const acronyms = definedAcronyms(doc.text, all, (w) => c.classify(w, null)?.type === 'organization');
  /** The long forms of the defined acronyms, by their last word. */
  const longFormsByLast = new Map<Word, Word[]>();
  for (const long of acronyms.values()) longFormsByLast.set(lastOf(long), long);
  /** The end of the last club's bracketed initials taken into its name ("Velko (PK)"). */
  let taggedUntil = -1;
  for (const chunk of all) {
    if (chunk.headline) {
      headlines.push(chunk);
      continue;
    }
    const only = chunk.words.length === 1 ? chunk.words[0]! : null;
    const longForm = only ? acronyms.get(plain(only.text)) : undefined;
    if (only && longForm) {
      // "the Affordable Care Act (ACA)": the acronym of a law or a prize is none of ours either
      if (isEventName(longForm)) continue;
      // "the World Health Organisation (WHO)": the acronym names what its long form names
      const d = c.classify(longForm, chunk);
      emit([only], {
        type: d?.type === 'place' ? 'place' : 'organization',
        rule: 'en.org.acronym-defined',
        placeKind: d?.placeKind ?? 'other',
        country: d?.country ?? null,
        canonical: d?.type === 'place' ? (d.canonical ?? surfaceOf(longForm)) : undefined,
      });
      out[out.length - 1]!.expands = surfaceOf(longForm);
      continue;
    }
    if (slugOfEnglishWords(c, chunk)) continue;
    if (chunk.dateline && chunk.lineStart && !chunk.words.some(isLowerWordOrAmp)) {
      const d = c.place(chunk.words);
      if (!d && datelineBody(c, chunk.words)) {
        emit(chunk.words, { type: 'organization', rule: 'en.org.lexicon' });
        continue;
      }
      emit(chunk.words, {
        type: 'place',
        rule: 'en.place.dateline',
        placeKind: d?.placeKind ?? 'city',
        country: d?.country ?? null,
      });
      continue;
    }
    if (
      c.sports &&
      !chunk.headline &&
      resultsRowHead(doc.text, chunk.words[0]!.start, lastOf(chunk.words).end)
    ) {
      // a results row: "Crystal Palace 4 1 2 1", "East Fife 0 Clydebank 2" — the whole is a team
      const words = chunk.words.filter((w, i) => i > 0 || !NOT_NAMES.has(plain(w.lower)));
      const d =
        words.length > 0 && !words.some(isLowerWordOrAmp) ? resultsRowDecision(c, words, chunk) : null;
      if (d) {
        // "Velko (P) 3", "Orvan (K) 2 1 0 1": the town's initials in brackets tell two clubs of one name
        // apart and are part of the club's name
        const tag =
          d.type === 'organization'
            ? CLUB_TAG_AFTER.exec(doc.text.slice(lastOf(words).end, lastOf(words).end + 8))
            : null;
        if (tag) {
          const start = lastOf(words).end + tag[0].indexOf('(');
          const end = lastOf(words).end + tag[0].length;
          const text = doc.text.slice(start, end);
          emit([...words, { start, end, text, lower: text.toLowerCase() }], d);
          taggedUntil = end;
        } else emit(words, d);
        continue;
      }
    }
    if (chunk.words[0]!.start < taggedUntil) continue; // the initials of the club tagged above
    // "published in The Lancet", "told The Guardian", "judges in The Hague": a capitalized "The" inside a
    // sentence belongs to the name after it
    if (
      !chunk.sentenceStart &&
      chunk.words.length === 2 &&
      chunk.words[0]!.text === 'The' &&
      HAS_LOWER.test(chunk.words[1]!.text) &&
      !known.has(key(chunk.words.slice(1)))
    ) {
      const place = lookupPlace(surfaceOf(chunk.words));
      if (place) {
        emit(chunk.words, {
          type: 'place',
          rule: 'en.place.gazetteer',
          placeKind: place.kind,
          country: place.country,
        });
        continue;
      }
      const d = c.classify(chunk.words.slice(1), chunk);
      // ("at The Oval": a venue)
      const at = around(doc.text, chunk.words[0]!.start, lastOf(chunk.words).end).before === 'at';
      if (at && d?.type !== 'person') {
        emit(chunk.words, { type: 'place', rule: 'en.place.after-preposition', placeKind: 'other' });
        continue;
      }
      if (!d || d.type === 'organization') {
        emit(chunk.words, { type: 'organization', rule: 'en.org.the-name' });
        continue;
      }
    }
    // "Pakistan Tehreek-e-Insaf (PTI)": a long form its bracketed acronym spells names an organization,
    // even when its words alone make no name of one
    const defined = longFormsByLast.get(lastOf(chunk.words));
    if (defined && defined.length >= 2) {
      const d = c.classify(defined, chunk);
      // (a person's initials in brackets, "Alan John Percivale (A.J.P.) Taylor", define no organization)
      // ("Software Development Kit (SDK)": everyday words alone name a thing, not a body)
      const foreign =
        2 * defined.filter((w) => !c.isEnglishWord(plain(w.lower)) || c.place([w]) !== null).length >=
        defined.length + 1;
      const as: Decision | null =
        foreign &&
        (!d ||
          (d.type === 'person' && !/\./u.test(doc.text.slice(lastOf(defined).end, lastOf(defined).end + 6))))
          ? { type: 'organization', rule: 'en.org.acronym-defined' }
          : // "the Securities and Exchange Commission (SEC)": an organization its acronym spells whole is
            // one name, whatever "and" would split
            d?.type === 'organization' && defined.some((w) => w.lower === 'and')
            ? d
            : null;
      if (as) {
        // the words before the long form are decided on their own
        const before = chunk.words.slice(0, chunk.words.indexOf(defined[0]!));
        const words = before.length > 0 ? trim(before, chunk, true) : [];
        if (words.length > 0) decide(words, chunk);
        emit(defined, as);
        continue;
      }
    }
    // "Vietnam's To Lam", "China's Xi Jinping": a country's possessive before a name of two or three words
    // nobody's dictionary knows is that country's leader or citizen, short given names ("To") included
    const national = nationalName(chunk);
    if (national) {
      emit(national, { type: 'person', rule: 'en.person.after-country-possessive' });
      continue;
    }
    const parts = splitAtConnectors(c, chunk.words);
    parts.forEach((part, i) => {
      if (part.some((w) => INITIAL.test(w.text) && part.length > 1 && w !== part[0])) return; // table codes "F G"
      const words = trim(part, chunk, i === 0);
      if (words.length > 0) decide(words, chunk);
      else if (part.length === 1 && i === 0 && chunk.sentenceStart && !NOT_NAMES.has(plain(part[0]!.lower)))
        openers.push(part[0]!);
    });
  }

  const byContext = new Map<number, Decision>();
  const contextTypes = new Map<string, EntityType>();
  const contextRules = new Map<string, string>();
  const firstPass = new Map(known);
  const midSentenceUses = new Map<string, number>();
  for (const { words, chunk } of pending)
    if (words.length === 1 && !chunk.sentenceStart)
      midSentenceUses.set(key(words), (midSentenceUses.get(key(words)) ?? 0) + 1);
  /** The first words (all but the last, or fewer) of every body's name of two words or more the document gives. */
  let openings: Set<string> | null = null;
  const orgOpenings = (): Set<string> => {
    if (openings) return openings;
    openings = new Set();
    const bodies = [...firstPass].filter(([, type]) => type === 'organization').map(([k]) => k);
    // (and the names of two words or more left to the second pass that their shape makes bodies)
    for (const { words, chunk } of pending)
      if (
        words.length >= 2 &&
        !firstPass.has(key(words)) &&
        shapeDecision(c, words, chunk)?.type === 'organization'
      )
        bodies.push(key(words));
    for (const k of bodies) {
      const ws = k.split(' ');
      for (let n = 1; n < ws.length; n++) {
        // ("Bank of …": an opening that ends in a connector is none)
        if (!NAME_CONNECTORS.has(ws[n - 1]!)) openings.add(ws.slice(0, n).join(' '));
      }
    }
    return openings;
  };
  /** The decision for a sequence left over by the first pass, or null when nothing supports one. */
  const settle = (
    words: readonly Word[],
    chunk: Chunk,
    byItsContext: Decision | undefined,
  ): Decision | null => {
    const k = key(words);
    const seen = firstPass.get(k);
    if (seen) return { type: seen, rule: 'en.entity.same-document' };
    // the surname of someone named in full here is that person, whatever a business word nearby says
    const surname = words.length === 1 && personParts.has(words[0]!.lower);
    // "Mestrovy Dzien daily said …" then "Mestrovy Dzien said": a name the document has shown to be an
    // organization stays one when it is later only a speaker
    if (byItsContext?.rule === 'en.person.speaker' && !surname && contextTypes.get(k) === 'organization')
      return { type: 'organization', rule: 'en.org.speaker-known-org' };
    // "Atlantic Crest Shipping paid …" then "Atlantic Crest said": the first words of a body's name
    // the document gave are that body when they speak
    if (byItsContext?.rule === 'en.person.speaker' && !surname && orgOpenings().has(k))
      return { type: 'organization', rule: 'en.org.speaker-known-org' };
    // ("Sinner beat Rune" after "Holger Rune": a player beaten is the one the text named, no team)
    if (byItsContext && !(surname && SURNAME_OUTWEIGHS.has(byItsContext.rule))) return byItsContext;
    if (surname) return { type: 'person', rule: 'en.person.partial-name' };
    // ("the Labour Party" … "as Labour leads polls": a party the text named, without the word "Party")
    if (words.length === 1 && firstPass.get(`${k} party`) === 'organization')
      return { type: 'organization', rule: 'en.org.speaker-known-org' };
    const inferred = contextTypes.get(k);
    if (inferred) return { type: inferred, rule: 'en.entity.same-document-context' };
    const shaped = shapeDecision(c, words, chunk);
    if (shaped) return shaped;
    // "Pfizer and Moderna said", "Moderna or Pfizer": one word no list knows, joined by "and" or "or" to a
    // company or body the lists know (and the document made an organization), is one too
    if (
      words.length === 1 &&
      HAS_LOWER.test(words[0]!.text) &&
      !c.isCommonWord(k) &&
      !c.isEnglishWord(k) &&
      !c.lex.firstNames.has(plain(k)) &&
      !isPersonName(words[0]!.text)
    ) {
      const partner = coordinatedWith(c.text, words[0]!.start, words[0]!.end);
      if (
        partner !== null &&
        firstPass.get(lowerOf(partner)) === 'organization' &&
        (c.lex.organizations.has(lowerOf(partner)) || isCompanyName(partner))
      )
        return { type: 'organization', rule: 'en.org.coordinated' };
    }
    // a one-word name used again and again mid-sentence with nothing else to go on: most often a company
    if (
      words.length === 1 &&
      (midSentenceUses.get(k) ?? 0) >= 3 &&
      !c.sports &&
      !c.isCommonWord(k) &&
      !NOT_NAME_ACRONYMS.has(plain(k))
    )
      return { type: 'organization', rule: 'en.org.repeated-name' };
    return null;
  };

  // second pass: the words around each remaining sequence, then what the document established
  pending.forEach(({ words, chunk }, i) => {
    if (known.has(key(words))) return;
    const d = contextDecision(c, words, chunk);
    if (!d) return;
    // "Peter Lim … Lim, a property developer, bought the club": the surname of someone named is that person
    if (d.rule === 'en.org.apposition' && words.length === 1 && strongParts.has(words[0]!.lower)) return;
    byContext.set(i, d);
    // a preposition is weaker evidence than a business or a role ("in X" … "X shares")
    const prev = contextRules.get(key(words));
    if (!prev || (prev === 'en.place.after-preposition' && d.rule !== prev)) {
      contextTypes.set(key(words), d.type);
      contextRules.set(key(words), d.rule);
    }
  });
  // full names first, so that a surname seen earlier in the text ("Okafor wins") can join them
  const order = pending.map((_p, i) => i);
  order.sort(
    (a, b) => Number(pending[a]!.words.length === 1) - Number(pending[b]!.words.length === 1) || a - b,
  );
  for (const i of order) {
    const { words, chunk } = pending[i]!;
    const d = settle(words, chunk, byContext.get(i));
    // "the Lun Kwai index", "Lun Kwai futures": a market's index that only its shape made a person
    if (
      d?.type === 'person' &&
      WEAK_PERSON_RULES.has(d.rule) &&
      MEASURE_AFTER.test(doc.text.slice(lastOf(words).end, lastOf(words).end + 14))
    )
      continue;
    if (d) emit(words, d);
  }

  // "Tesla chief executive Elon Musk …. Musk said": the full name was settled by its context only in the
  // second pass, after the trim had dropped the surname opening a later sentence as an everyday word
  if (openers.length > 0) {
    const firstFull = new Map<string, number>();
    const openingFull = new Map<string, number>();
    for (const o of out) {
      if (o.type !== 'person' || WEAK_PERSON_RULES.has(o.explain[0]?.rule ?? '')) continue;
      const parts = doc.text.slice(o.start, o.end).split(/\s+/u);
      if (parts.length < 2) continue;
      const last = lowerOf(parts[parts.length - 1]!);
      firstFull.set(last, Math.min(firstFull.get(last) ?? o.start, o.start));
      // ("activist Wang Lirong …. Wang was held": a family name written first, no everyday word)
      const first = lowerOf(parts[0]!);
      if (
        parts.length === 2 &&
        !lex.dictionary.has(first) &&
        !NOT_NAMES.has(first) &&
        !lookupPlaceName(parts[0]!)
      )
        openingFull.set(first, Math.min(openingFull.get(first) ?? o.start, o.start));
    }
    const taken = new Set(out.map((o) => o.start));
    for (const w of openers) {
      const at = firstFull.get(w.lower) ?? openingFull.get(w.lower);
      // (a surname the text used alone already, "lost to Sinner", is the same person opening a sentence)
      const seen = known.get(w.lower);
      if (
        at === undefined ||
        at >= w.start ||
        taken.has(w.start) ||
        (seen !== undefined && seen !== 'person')
      )
        continue;
      emit([w], { type: 'person', rule: 'en.person.partial-name' });
    }
  }
  const digest = PRESS_DIGEST.test(doc.text.slice(0, doc.paragraphs[0]?.end ?? 0));
  for (const chunk of headlines) {
    if (digest && digestTitle(doc.text, chunk)) {
      emit(chunk.words, { type: 'organization', rule: 'en.org.press-title' });
      continue;
    }
    headlineEntities(c, chunk, known, knownOpenings, personParts, emit);
  }
  // "Trump" in a headline … "Donald Trump" below: a surname alone names the one person who bears it
  const fullNames = new Map<string, string | null>();
  for (const cand of out) {
    if (cand.type !== 'person') continue;
    const surface = doc.text.slice(cand.start, cand.end);
    const parts = surface.split(/\s+/u);
    if (parts.length < 2) continue;
    const last = lowerOf(parts[parts.length - 1]!);
    const prev = fullNames.get(last);
    fullNames.set(last, prev === undefined || prev === surface ? surface : null); // two people share it: leave it
  }
  for (const cand of out) {
    if (cand.type !== 'person' || cand.canonical) continue;
    const surface = doc.text.slice(cand.start, cand.end);
    const full = /\s/u.test(surface) ? null : fullNames.get(lowerOf(surface));
    if (full) cand.canonical = full;
  }
  // "Northwind" … "Northwind Corp": a company's short name is the company
  const companies = new Map<string, string>();
  for (const cand of out) {
    if (cand.type !== 'organization') continue;
    const surface = doc.text.slice(cand.start, cand.end);
    const m = COMPANY_WITH_FORM.exec(surface) ?? COMPANY_WITH_TRADE.exec(surface);
    if (!m || companies.has(lowerOf(m[1]!))) continue;
    // "Ford Motor" → "Ford", but "Singapore Airlines" does not make every "Singapore" the airline
    const short = lowerOf(m[1]!);
    if (m[0] !== surface || COMPANY_WITH_FORM.test(surface) || distinctiveShortName(c, short)) {
      companies.set(short, surface);
      // "Amazon.com Inc" … "Amazon"
      const web = /^(\p{L}[\p{L}-]+)\.(?:com|net|org)$/u.exec(short);
      if (web && !companies.has(web[1]!)) companies.set(web[1]!, surface);
      // "Hanbit Semiconductor Co." … "Hanbit": the name before its trade and its legal form
      const trade = m[1] !== surface ? COMPANY_WITH_TRADE.exec(m[1]!) : null;
      const first = trade ? lowerOf(trade[1]!) : '';
      if (trade && !companies.has(first) && distinctiveShortName(c, first)) companies.set(first, surface);
    }
  }
  // "Meridian Gold Fields" … "Meridian chief executive Jan Botha" … "Meridian denied": the first word of a
  // name made a business by its trade, once found a body alone too, is that business everywhere
  const bodyWords = new Set<string>();
  for (const cand of out)
    if (cand.type === 'organization' && !/\s/u.test(doc.text.slice(cand.start, cand.end)))
      bodyWords.add(lowerOf(doc.text.slice(cand.start, cand.end)));
  for (const cand of out) {
    if (cand.type !== 'organization' || cand.explain[0]?.rule !== 'en.org.name-and-trade') continue;
    const words = doc.text.slice(cand.start, cand.end).split(' ');
    const first = lowerOf(words[0]!);
    if (
      words.length >= 2 &&
      words.length <= 3 &&
      bodyWords.has(first) &&
      !companies.has(first) &&
      !personParts.has(first) &&
      distinctiveShortName(c, first)
    )
      companies.set(first, doc.text.slice(cand.start, cand.end));
  }
  facilityShortNames(c, all, personParts, out, doc.text);
  if (c.sports) clubShortNames(c, doc.text, out, companies);
  if (companies.size > 0) {
    for (const cand of out) {
      const full =
        cand.type === 'organization'
          ? companies.get(lowerOf(doc.text.slice(cand.start, cand.end)))
          : undefined;
      if (full && !cand.canonical) cand.canonical = full;
    }
    companyShortNames(all, companies, personParts, out, doc.text);
    // "Nimbus Devices" … "the Nimbus Fold": the company's short name before one everyday word that only the
    // shape made a business is a product of that company, no organization of its own (and the short name
    // inside it no mention of the company: dropped after the short names were found)
    for (let i = out.length - 1; i >= 0; i--) {
      const cand = out[i]!;
      if (cand.type !== 'organization' || cand.explain[0]?.rule !== 'en.org.name-and-trade') continue;
      const surface = doc.text.slice(cand.start, cand.end);
      // ("Dow Chemical" of "Dow Chemical Co", "Apple Computer" are the company; "Pirelli Cables", a plural,
      // its business)
      const m = /^(\p{Lu}[\p{L}-]*) \p{Lu}\p{Ll}+[^s]$/u.exec(surface);
      const full = m ? companies.get(lowerOf(m[1]!)) : undefined;
      if (full && !full.startsWith(surface) && !COMPANY_WITH_TRADE.test(surface)) out.splice(i, 1);
    }
  }
  // "Morgan Stanley raised its price target …" … "Morgan Stanley said": a name a broker's call on a stock
  // shows to be a firm is one in every mention that only its shape made a person
  const firms = new Set<string>();
  for (const cand of out)
    if (cand.explain[0]?.rule === 'en.org.broker-action') firms.add(doc.text.slice(cand.start, cand.end));
  if (firms.size > 0)
    for (const cand of out)
      if (
        cand.type === 'person' &&
        firms.has(doc.text.slice(cand.start, cand.end)) &&
        cand.explain.every((e) => SHAPE_PERSON_RULES.has(e.rule) || WEAK_PERSON_RULES.has(e.rule))
      ) {
        cand.type = 'organization';
        delete cand.titles;
        cand.explain.push({ rule: 'en.org.broker-action', evidence: doc.text.slice(cand.start, cand.end) });
      }
  kinSurnames(doc.text, out);
  bodyBeforeTitle(doc.text, out);
  // "the Affordable Care Act (ACA)" … "the ACA": the acronym of a law or a prize is none of ours anywhere
  if (acronyms.size > 0)
    for (let i = out.length - 1; i >= 0; i--) {
      const long = acronyms.get(plain(doc.text.slice(out[i]!.start, out[i]!.end)));
      if (long && isEventName(long)) out.splice(i, 1);
    }
  // 'starred in "Hedda Gabler"', 'the film "The Long Field"': the title of a work in quotation marks names
  // no one ('Joaquin "El Chapo" Guzman': a nickname inside a name stays)
  const works = new Set<string>();
  const quotedTitles: EntityCandidate[] = [];
  for (let i = out.length - 1; i >= 0; i--) {
    const { start, end, type } = out[i]!;
    // ('as “The Wall Street Journal” wrote': a paper's or a body's name keeps its marks)
    if (type === 'organization' || !closesWorkTitle(doc.text, end)) continue;
    const open = WORK_TITLE_OPEN.exec(doc.text.slice(Math.max(0, start - 12), start));
    if (!open) continue;
    // (a quote of one word, or one that opens a sentence, is something said: '"Paris," she said')
    if (!/\s/u.test(doc.text.slice(start, end))) continue;
    if (!open[1] || !/^\p{Ll}+$/u.test(open[1]) || SAY.has(open[1])) {
      quotedTitles.push(out[i]!);
      continue;
    }
    works.add(doc.text.slice(start, end));
    out.splice(i, 1);
  }
  // '"The Salt Road," a quiet drama', 'She said "The Salt Road" had moved': the same words in marks
  // elsewhere, once a work's title, are the title again
  if (works.size > 0)
    for (const cand of quotedTitles)
      if (works.has(doc.text.slice(cand.start, cand.end))) out.splice(out.indexOf(cand), 1);
  // "Mineral Resources Minister Sipho Dube": a portfolio before a minister's title is part of the title, no
  // body of its own (the person keeps the whole title)
  for (let i = out.length - 1; i >= 0; i--) {
    const cand = out[i]!;
    if (
      cand.type === 'organization' &&
      /\s/u.test(doc.text.slice(cand.start, cand.end)) &&
      cand.explain.every((e) => PORTFOLIO_RULES.has(e.rule)) &&
      PORTFOLIO_AFTER.test(doc.text.slice(cand.end, cand.end + 40)) &&
      // (a field in the plural or an adjective: "Immigration and Naturalization Service Commissioner X" is a body)
      portfolioEnd(c, doc.text.slice(cand.start, cand.end))
    )
      out.splice(i, 1);
  }
  // "won the Golden Lion for best film": what is won is a prize or a race, no one's name, there or anywhere
  const prizes = new Set<string>();
  for (const cand of out)
    if (
      cand.type === 'person' &&
      cand.explain.every((e) => WEAK_PERSON_RULES.has(e.rule)) &&
      WON_BEFORE.test(doc.text.slice(Math.max(0, cand.start - 24), cand.start))
    )
      prizes.add(doc.text.slice(cand.start, cand.end));
  if (prizes.size > 0)
    for (let i = out.length - 1; i >= 0; i--)
      if (out[i]!.type === 'person' && prizes.has(doc.text.slice(out[i]!.start, out[i]!.end)))
        out.splice(i, 1);
  // "Hurricane Delphine" … "Delphine would dump rain": a storm's name is no person, place or body anywhere
  const storms = new Set<string>();
  for (const m of doc.text.matchAll(STORM_NAME)) storms.add(m[1]!);
  if (storms.size > 0) {
    for (let i = out.length - 1; i >= 0; i--) {
      const surface = doc.text.slice(out[i]!.start, out[i]!.end);
      if (storms.has(surface) || storms.has(surface.replace(STORM_WORD, ''))) out.splice(i, 1);
    }
  }
  // "U.N." … "United Nations": a well-known acronym is named by its long form
  for (const cand of out) {
    if (cand.type !== 'organization' || cand.canonical) continue;
    const long = ACRONYM_LONG_FORMS.get(plain(doc.text.slice(cand.start, cand.end)));
    if (long) cand.canonical = long;
  }
  // "Congo" in a text that named the Democratic Republic of Congo is that country
  const drc = out.find((o) => o.type === 'place' && o.country === 'CD');
  if (drc)
    for (const cand of out)
      if (
        cand.type === 'place' &&
        cand.country === 'CG' &&
        doc.text.slice(cand.start, cand.end) === 'Congo'
      ) {
        cand.country = 'CD';
        cand.canonical = drc.canonical ?? doc.text.slice(drc.start, drc.end);
      }
  // a town that is also the surname of someone named in full here is that person ("Clinton")
  for (const cand of out) {
    if (cand.type !== 'place' || cand.explain[0]?.rule === 'en.place.dateline') continue;
    const surface = doc.text.slice(cand.start, cand.end);
    const part = lowerOf(surface);
    if (/\s/u.test(surface) || !personParts.has(part)) continue;
    if (cand.placeKind === 'country' && !strongParts.has(part)) continue; // "Neil Jordan" … "Jordan said"
    cand.type = 'person';
    delete cand.placeKind;
    delete cand.country;
    delete cand.canonical;
    cand.explain.push({ rule: 'en.person.surname-in-document', evidence: surface });
  }
  // ("Gianluigi Lentini … Lentini, 27, joined Milan": a town read as a club in a match report is the player whose
  // surname it is; the headline's "LENTINI" with it; so is a plural word or a name beside a score, "Ben Stokes …
  // Stokes hit 155", "(Stokes 155, …)")
  const players = new Set<string>();
  for (const cand of out) {
    if (cand.type !== 'organization' || !cand.explain.some((x) => PLAYER_AS_TEAM_RULES.has(x.rule))) continue;
    const part = lowerOf(doc.text.slice(cand.start, cand.end));
    if (/\s/u.test(part) || !strongParts.has(part)) continue;
    players.add(part);
  }
  if (players.size > 0) {
    // (the full name each surname closes, which the surname's mentions take as their name)
    const fullNames = new Map<string, string>();
    for (const cand of out) {
      const surface = doc.text.slice(cand.start, cand.end);
      const last = lowerOf(surface.slice(surface.lastIndexOf(' ') + 1));
      if (cand.type === 'person' && /\s/u.test(surface) && players.has(last)) fullNames.set(last, surface);
    }
    for (const cand of out) {
      const surface = doc.text.slice(cand.start, cand.end);
      if (cand.type !== 'organization' || !players.has(lowerOf(surface))) continue;
      cand.type = 'person';
      const full = fullNames.get(lowerOf(surface));
      if (full) cand.canonical = full;
      else delete cand.canonical;
      cand.explain.push({ rule: 'en.person.surname-in-document', evidence: surface });
    }
  }
  preferNamesakesInNamedRegions(doc.text, out);
  mixedCaseAcronyms(doc.text, out);
  sharedSurnames(doc.text, out, lex.firstNames);
  pressTitles(doc.text, out);
  racingTeams(doc.text, out, lex.firstNames);
  return out;
}

/**
 * The candidates over span `f` give way to one organization there (a racing team, a newspaper), read by `rule`;
 * a longer name holding the span stays ("New York Times Co"), and so does a body found already over the span or
 * over its part from `bare` on ("The Financial Times" stays "Financial Times").
 */
function claimAsOrganization(
  text: string,
  out: EntityCandidate[],
  f: { start: number; end: number },
  rule: string,
  bare = f.start,
): void {
  const over = out.filter((o) => o.start < f.end && o.end > f.start);
  if (over.some((o) => o.start < f.start || o.end > f.end)) return;
  const same = over.length === 1 ? over[0]! : null;
  if (same?.type === 'organization' && same.end === f.end && (same.start === f.start || same.start === bare))
    return;
  for (const o of over) out.splice(out.indexOf(o), 1);
  out.push({
    type: 'organization',
    start: f.start,
    end: f.end,
    explain: [{ rule, evidence: text.slice(f.start, f.end) }],
  });
}

/** A report on motor sport, by its headline or first lines ("MOTOR RACING -", "Formula One", "IndyCar"). */
const MOTOR_REPORT =
  /\b(?:motor[ -]?racing|motor[ -]?sport|formula[ -](?:one|1)|f1|indycar|indy[ -]car|nascar|motogp|motorcycling|superbikes?|rallying|world[ -]rally|le[ -]mans)\b/u;
/** A grand prix of motor sport, not of athletics: its drivers, pole position, pit stops or team principals. */
const GRAND_PRIX = /\bgrand[ -]prix\b/u;
const MOTOR_WORDS =
  /\b(?:drivers?|pole[ -]position|pit[ -]?stops?|pit[ -]lane|team[ -]principal|constructors)\b/u;
/** A report on road cycling, where a rider's team stands beside the rider. */
const CYCLING_REPORT = /\b(?:cycling|tour[ -]de[ -]france|giro[ -]d'italia|vuelta|peloton)\b/u;
/** Constructors and makers, chassis before engine written one after the other ("Lola Ford Cosworth"). */
const MOTOR_TEAM = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:${titleAlternation(MOTOR_RACING_TEAMS)})(?:[ \\t]+(?:${titleAlternation(MOTOR_RACING_TEAMS)}))*(?![\\p{L}\\p{N}'’-])`,
  'giu',
);
/** A capitalized word right before, or right after ("Enzo Ferrari", "Ferrari Challenge"): a longer name. */
const CAP_WORD_BEFORE = /\p{Lu}[\p{L}.'’-]*[ \t]+$/u;
const CAP_WORD_AFTER = /^[ \t]+\p{Lu}/u;
/** A rider's or driver's bracket: "(Visma-Lease a Bike)", "(Denmark/Visma-Lease a Bike)", "(McLaren)". */
const TEAM_IN_BRACKETS =
  /^[ \t]*\((?:(\p{Lu}[\p{L}.]*(?:[ \t]\p{Lu}[\p{L}.]*)?)\/)?(\p{Lu}[\p{L}\d&'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}\d&'’-]*|a|de|di|la|du|van))*)\)/u;
/** What follows a team after its rider's country in a results line: a time, a gap, a rank, the line's end. */
const AFTER_TEAM_IN_RESULTS =
  /^(?:[ \t]*,?[ \t]*\+?\d{1,2}(?::\d\d)+(?:\.\d+)?|[ \t]*,?[ \t]*\+?\d+(?:\.\d+)?[ \t]*(?:seconds?|secs?|mins?|minutes?)\b|[ \t]*,[ \t]*\d{1,3}\.\d+|[ \t]+\+\d+(?:\.\d+)?|[ \t]+(?:all[ \t]+)?(?:same[ \t]+time|s\.t\.)|[ \t]+\d{1,3}\.[ \t]+\p{Lu}|[ \t]*(?:\n|$))/u;
/** A team's name after its rider's country: "(Italy) Polti", "(Italy), Reynard Honda". */
const TEAM_AFTER_COUNTRY = /^\)[ \t]*,?[ \t]+(\p{Lu}[\p{L}\d&'’-]*(?:[ \t]+\p{Lu}[\p{L}\d&'’-]*){0,3})/u;

/**
 * In a report on motor sport or cycling, the team beside a driver or rider is an organization: a constructor or
 * maker the lists know ("Norris finished second for McLaren", "Lola Ford Cosworth", en.org.racing-team); a name in
 * brackets after the person that is no place ("Jonas Vingegaard (Visma-Lease a Bike)", "(Denmark/Soudal
 * Quick-Step)"); a name after the person's country before a time, a gap or the next rank ("Marco Rossi (Italy)
 * Polti 5 seconds behind"). What the other rules made of those words gives way.
 */
function racingTeams(text: string, out: EntityCandidate[], firstNames: ReadonlySet<string>): void {
  const head = text.slice(0, 400).toLowerCase();
  const motor =
    MOTOR_REPORT.test(head) || (GRAND_PRIX.test(head) && MOTOR_WORDS.test(text.slice(0, 5000).toLowerCase()));
  if (!motor && !CYCLING_REPORT.test(head)) return;
  const found: { start: number; end: number }[] = [];
  if (motor) {
    const makers: { start: number; end: number }[] = [];
    for (const m of text.matchAll(MOTOR_TEAM)) {
      const end = m.index + m[0].length;
      // every word in capitals ("ford the river" is no team), no capitalized word beside ("Enzo Ferrari")
      if (m[0].split(/[ \t]+/u).some((w) => !UPPER.test(w))) continue;
      if (CAP_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (CAP_WORD_AFTER.test(text.slice(end, end + 3))) continue;
      makers.push({ start: m.index, end });
    }
    // ("Frank Williams … Williams said": a word the text gives as a person's surname is that person; not a
    // chassis and engine the other rules took for a person, "Reynard Honda")
    const surnames = new Set<string>();
    for (const o of out) {
      const surface = text.slice(o.start, o.end);
      if (
        o.type === 'person' &&
        /[ \t]/u.test(surface) &&
        !makers.some((f) => f.start === o.start && f.end === o.end)
      )
        surnames.add(lowerOf(surface.slice(surface.lastIndexOf(' ') + 1)));
    }
    for (const f of makers) {
      const surface = text.slice(f.start, f.end);
      if (/[ \t]/u.test(surface) || !surnames.has(lowerOf(surface))) found.push(f);
    }
  }
  const personEnds = new Map<number, EntityCandidate>();
  for (const o of out) if (o.type === 'person') personEnds.set(o.end, o);
  for (const [end] of personEnds) {
    const bracket = TEAM_IN_BRACKETS.exec(text.slice(end, end + 60));
    if (!bracket) continue;
    const team = bracket[2]!;
    const open = end + bracket[0].indexOf('(') + 1;
    const start = open + (bracket[1] ? bracket[1].length + 1 : 0);
    const close = end + bracket[0].length;
    if (
      !lookupPlace(team) &&
      !lookupPlace(team.replace(/\./gu, '')) &&
      (!bracket[1] || lookupPlace(bracket[1]))
    ) {
      // (a person in brackets, "(Peter Bloomfield)", stays one)
      if (!firstNames.has(lowerOf(team.split(/[ \t]/u)[0]!))) found.push({ start, end: start + team.length });
      continue;
    }
    if (bracket[1]) continue;
    // "(Italy) Polti 5 seconds behind": the country in brackets, then the team
    const after = TEAM_AFTER_COUNTRY.exec(text.slice(close - 1, close + 60));
    if (!after) continue;
    const teamStart = close - 1 + after[0].length - after[1]!.length;
    const teamEnd = teamStart + after[1]!.length;
    if (AFTER_TEAM_IN_RESULTS.test(text.slice(teamEnd, teamEnd + 30)) && !lookupPlace(after[1]!))
      found.push({ start: teamStart, end: teamEnd });
  }
  for (const f of found) claimAsOrganization(text, out, f, 'en.org.racing-team');
}

/** A newspaper of several words, a capitalized "The" before it kept ("The Sunday Telegraph", "the Straits Times"). */
const NEWSPAPER = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:The[ \\t]+)?(?:${titleAlternation(NEWSPAPER_TITLES)})(?![\\p{L}\\p{N}'’-])`,
  'giu',
);
/** A newspaper named by one everyday word after "the" or a place's possessive ("the Sun", "Britain's Sun"). */
const PRESS_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}'’-])(?:(The)|the|(\\p{Lu}\\p{L}+)['’]s)[ \\t]+(${[...PRESS_TITLE_WORDS]
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('|')})(?![\\p{L}\\p{N}'’-])`,
  'gu',
);
/** What the press does right after its name ("the Sun reported", "the Times newspaper"). */
const PRESS_ACTION_AFTER =
  /^[ \t]+(?:newspaper|tabloid|daily|weekly|magazine|reported|reports|said|says|quoted|quotes|revealed|reveals|claimed|claims|cited|cites|published|publishes|wrote|writes|understands|learned|learnt|disclosed|discloses|obtained|ran|carried)\b/u;
/** A verb of telling or a preposition before "the" ("told the Sun", "wrote in the Times", "according to the Post"). */
const PRESS_TOLD_BEFORE = /(?:^|[^\p{L}])(?:told|tells|telling|to|in|for|by|with|from)[ \t]+$/u;
/** The clause ends after the name, or a reported clause or a time follows ("told the Sun:", "told the Sun that"). */
const PRESS_END_AFTER =
  /^(?:[ \t]*[,.:;!?"”)]|[ \t]+(?:that|on|last|this|about|earlier|in[ \t]+an?[ \t]+interview)\b)/u;

/**
 * "The Sunday Telegraph quoted …", "told the Sun: …", "Britain's Sun newspaper said": a newspaper, known by its
 * several words, or by one everyday word where the press shows, is an organization; what the other rules made of
 * its words gives way (not "the Sun rose", "The Times Square crowd", "an independent review").
 */
function pressTitles(text: string, out: EntityCandidate[]): void {
  /** Each title's span, and where it starts without a capitalized "The". */
  const found: { start: number; end: number; bare: number }[] = [];
  for (const m of text.matchAll(NEWSPAPER)) {
    // ("the Straits Times": a lower-case "the" stays out)
    const the = /^the[ \t]+/u.exec(m[0]);
    let title = the ? m[0].slice(the[0].length) : m[0];
    const end = m.index + m[0].length;
    // ("Straits Times Index": a longer name the title opens)
    if (/^[ \t]+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    // ("The Gazzetta dello Sport": a title in Italian takes no English "The")
    if (/ (?:dello|della) /u.test(title) && /^The[ \t]/u.test(title))
      title = title.replace(/^The[ \t]+/u, '');
    // every word but the small joiners in capitals ("the daily mail" is no title)
    if (title.split(/[ \t]+/u).some((w) => !/^(?:on|of|dello|della)$/u.test(w) && !UPPER.test(w))) continue;
    found.push({ start: end - title.length, end, bare: end - title.replace(/^The[ \t]+/u, '').length });
  }
  for (const m of text.matchAll(PRESS_WORD)) {
    const end = m.index + m[0].length;
    const start = m[1] ? m.index : end - m[3]!.length;
    if (m[2] && !lookupPlace(m[2])) continue; // "Britain's Sun": a place's possessive only
    const after = text.slice(end, end + 40);
    const told =
      !m[2] &&
      PRESS_TOLD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) &&
      PRESS_END_AFTER.test(after);
    if (PRESS_ACTION_AFTER.test(after) || told) found.push({ start, end, bare: end - m[3]!.length });
  }
  for (const f of found) claimAsOrganization(text, out, f, 'en.org.newspaper', f.bare);
}

/** A given name right before "and" and a person's full name ("John and Mary Smith"). */
const GIVEN_AND = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+)[ \t]+(?:and|&)[ \t]+$/u;

/**
 * "brothers Anil and Ravi Mehta", "John and Mary Smith": a given name joined by "and" to a person
 * named in full shares that person's surname; it is a person of its own.
 */
function sharedSurnames(text: string, out: EntityCandidate[], firstNames: ReadonlySet<string>): void {
  const added: EntityCandidate[] = [];
  for (const p of out) {
    if (p.type !== 'person') continue;
    const name = text.slice(p.start, p.end);
    const space = name.indexOf(' ');
    if (space < 0 || !firstNames.has(name.slice(0, space).toLowerCase())) continue;
    const m = GIVEN_AND.exec(text.slice(Math.max(0, p.start - 24), p.start));
    if (!m || !firstNames.has(m[1]!.toLowerCase())) continue;
    const start = p.start - m[0].length;
    const end = start + m[1]!.length;
    if (out.some((c) => c.start < end && c.end > start)) continue;
    added.push({
      type: 'person',
      start,
      end,
      canonical: `${m[1]}${name.slice(space)}`,
      explain: [{ rule: 'en.person.shared-surname', evidence: `${m[0]}${name}` }],
    });
  }
  out.push(...added);
}

/** An acronym that keeps a small word's letter in lower case: "BoE", "DoJ", "DfE". */
const MIXED_ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}(?:\p{Ll}?\p{Lu}){1,3}(?![\p{L}\p{N}])/gu;

/**
 * "the Bank of England … the BoE": an acronym spelled by the first letter of every word of an
 * organization named before it, small words in lower case, names that organization.
 */
function mixedCaseAcronyms(text: string, out: EntityCandidate[]): void {
  const byInitials = new Map<string, EntityCandidate>();
  for (const c of out) {
    if (c.type !== 'organization') continue;
    const words = text.slice(c.start, c.end).split(/\s+/u);
    if (words.length < 3) continue;
    const initials = words.map((w) => w[0]).join('');
    if (/\p{Ll}/u.test(initials) && !byInitials.has(initials)) byInitials.set(initials, c);
  }
  if (byInitials.size === 0) return;
  const taken = out.slice();
  for (const m of text.matchAll(MIXED_ACRONYM)) {
    const org = byInitials.get(m[0]);
    if (!org || m.index < org.end) continue;
    const end = m.index + m[0].length;
    const canonical = org.canonical ?? text.slice(org.start, org.end);
    const evidence = `${m[0]} = ${text.slice(org.start, org.end)}`;
    const same = taken.find((c) => c.start === m.index && c.end === end);
    if (same && same.type !== 'place') {
      same.type = 'organization';
      same.canonical = canonical;
      delete same.titles;
      same.explain.unshift({ rule: 'en.org.acronym-of-name', evidence });
      continue;
    }
    if (taken.some((c) => c.start < end && c.end > m.index)) continue;
    out.push({
      type: 'organization',
      start: m.index,
      end,
      canonical,
      explain: [{ rule: 'en.org.acronym-of-name', evidence }],
    });
  }
}

const isGeorgia = (text: string, o: EntityCandidate): boolean =>
  lowerOf(text.slice(o.start, o.end)) === 'georgia';

/**
 * "St. Petersburg" in a story that names Florida is the Floridian town, not the Russian city the
 * gazetteer keeps for the name: a city whose country the text names nowhere else takes the namesake
 * lying in a region (state, province) the text names.
 */
function preferNamesakesInNamedRegions(text: string, out: EntityCandidate[]): void {
  const places = out.filter((o) => o.type === 'place');
  // "ATLANTA (AP) — … the U.S. Senate from Georgia": in a story of American places and none of the
  // Caucasus, Georgia is the state
  if (
    places.some((o) => o.country === 'US') &&
    !places.some((o) => o.country === 'GE' && !isGeorgia(text, o))
  )
    for (const o of places)
      if (o.country === 'GE' && isGeorgia(text, o)) {
        o.country = 'US';
        o.placeKind = 'region';
        delete o.canonical;
      }
  const regions = new Set<string>();
  // (a region or a country named: "Athens … in Georgia" names the state by a country's name; a city's
  // name is no region — "closed lower in Amsterdam … losses in New York")
  // (a mention whose surface and canonical name the last one of that surface had adds nothing new)
  const added = new Map<string, string | undefined>();
  for (const o of places) {
    if (o.placeKind !== 'region' && o.placeKind !== 'country') continue;
    const surface = text.slice(o.start, o.end);
    if (added.has(surface) && added.get(surface) === o.canonical) continue;
    added.set(surface, o.canonical);
    regions.add(lowerOf(o.canonical ?? surface));
    regions.add(lowerOf(surface));
    // "Southern California": a part of a region named by its side names the region too
    const part = /^(?:northern|southern|eastern|western|central)[ \t]+(.+)$/u.exec(lowerOf(surface));
    if (part) regions.add(part[1]!);
  }
  if (regions.size === 0) return;
  // the countries the text names by a region or by the country itself
  const countriesNamed = new Set<string>();
  for (const o of places) if (o.country && o.placeKind !== 'city') countriesNamed.add(o.country);
  const switched = new Map<string, string>();
  /** The namesake in a region the text named, by a town's surface (null: none). */
  const namesakeThere = new Map<string, { country: string; region: string } | null>();
  for (const cand of places) {
    if (cand.placeKind !== 'city' || !cand.country) continue;
    const surface = text.slice(cand.start, cand.end);
    let there = namesakeThere.get(surface);
    if (there === undefined) {
      const alternatives = placeNamesakes(surface);
      there =
        alternatives.find((a) => regions.has(lowerOf(a.region)) && lowerOf(a.region) !== lowerOf(surface)) ??
        null;
      namesakeThere.set(surface, there);
    }
    if (!there || countriesNamed.has(cand.country)) continue;
    cand.country = there.country;
    cand.explain.push({ rule: 'en.place.namesake-in-region', evidence: there.region });
    switched.set(lowerOf(there.region), there.country);
  }
  // "Athens and Macon in Georgia": the region those towns lie in is the state, not the country
  if (switched.size === 0) return;
  for (const o of places) {
    const country = switched.get(lowerOf(text.slice(o.start, o.end)));
    if (!country || o.country === country) continue;
    o.country = country;
    o.placeKind = 'region';
    delete o.canonical;
  }
}

/**
 * "Sporting Lisbon" … "Sporting", "Crystal Palace" … "Palace", "Newcastle United" … "Newcastle": in a
 * sports story a club of two words goes by one of them. The word that is no town joins `companies` (its
 * mentions become the club wherever they stand); a town's name that was already taken for a team is
 * given the club as its canonical name. A word two clubs share stands for neither.
 */
function clubShortNames(
  c: Classifier,
  text: string,
  out: EntityCandidate[],
  companies: Map<string, string>,
): void {
  const shorts = new Map<string, string | null>();
  const towns = new Map<string, string | null>();
  const put = (m: Map<string, string | null>, k: string, full: string): void => {
    const prev = m.get(k);
    m.set(k, prev === undefined || prev === full ? full : null);
  };
  // a word that can stand for a club; a word that is a town
  const word = (w: string): boolean =>
    w.length >= 3 && !NOT_NAMES.has(w) && !c.isDemonym(w) && !ORG_HEADS.has(w) && !/\d/u.test(w);
  const place = (w: string): boolean => c.place([{ start: 0, end: w.length, text: w, lower: w }]) !== null;
  for (const cand of out) {
    if (cand.type !== 'organization') continue;
    const surface = text.slice(cand.start, cand.end);
    const parts = surface.split(' ');
    // ("New York Knicks", "Boston Celtics": a listed team of any sport, its town of one word or more)
    const listed = FOOTBALL_CLUBS.has(lowerOf(surface)) || c.lex.sportsTeams.has(lowerOf(surface));
    // "Harbour City Wanderers" … "Wanderers equalized": a club word no town takes stands for its club
    const tail = lowerOf(parts[parts.length - 1]!);
    if (parts.length >= 2 && parts.length <= 4 && CLUB_ONLY_SUFFIXES.has(tail) && tail !== 'united')
      put(shorts, tail, surface);
    if (parts.length !== 2 && !(listed && parts.length === 3)) continue;
    const [a, b] = [lowerOf(parts.slice(0, -1).join(' ')), lowerOf(parts[parts.length - 1]!)];
    if (!listed && !CLUB_SUFFIXES.has(b)) continue;
    if (parts.length === 2 ? word(a) : place(a)) put(place(a) ? towns : shorts, a, surface);
    if (listed && word(b) && !lookupPlace(parts[parts.length - 1]!)) put(shorts, b, surface);
  }
  for (const [k, full] of shorts) if (full && !companies.has(k)) companies.set(k, full);
  for (const cand of out) {
    if (cand.type !== 'organization' || cand.canonical) continue;
    const full = towns.get(lowerOf(text.slice(cand.start, cand.end)));
    if (full) cand.canonical = full;
  }
}

/** A kinship word (or "married") right before a name, maybe set off by a comma: "Her son, Peter Vance". */
const KIN_BEFORE =
  /\b(?:sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|widow|widower|grandsons?|granddaughters?|nephews?|nieces?|married)[ \t]*,?[ \t]+$/u;

/**
 * "Eleanor Vance, a marine biologist, died …. Her son, Peter Vance, said …. Dr. Vance spent …": a surname
 * alone, after two or more full names that end in it (or in a hyphenated part of it), is the first of them
 * named without a kinship word before it — the one the story is about — not the relative named latest.
 * The mention keeps its text; its canonical name is the principal's.
 */
function kinSurnames(text: string, out: EntityCandidate[]): void {
  const people = out.filter((c) => c.type === 'person').sort((a, b) => a.start - b.start);
  /**
   * By each part of a surname, the full names ending in it (in order of first mention, all before the candidate
   * at hand), and the first of them that no kinship word came before.
   */
  const byPart = new Map<string, { count: number; lastKin: boolean; principal?: string }>();
  const seen = new Set<string>();
  for (const cand of people) {
    const name = cand.canonical ?? text.slice(cand.start, cand.end);
    if (!/\s/u.test(name)) {
      const before = byPart.get(lowerOf(name));
      if (!before || before.count < 2 || !before.lastKin) continue;
      if (before.principal && !cand.canonical) {
        cand.canonical = before.principal;
        cand.explain.push({ rule: 'en.person.principal-surname', evidence: before.principal });
      }
      continue;
    }
    if (seen.has(name)) continue;
    seen.add(name);
    const words = name.split(/\s+/u);
    const kin = KIN_BEFORE.test(text.slice(Math.max(0, cand.start - 30), cand.start));
    for (const part of new Set(lowerOf(words[words.length - 1]!).split('-'))) {
      const entry = byPart.get(part) ?? { count: 0, lastKin: false };
      entry.count++;
      entry.lastKin = kin;
      if (!kin) entry.principal ??= name;
      byPart.set(part, entry);
    }
  }
}

/** Can a company's first word stand for it alone: not a place, a nationality, a title or an adjective? */
function distinctiveShortName(c: Classifier, lower: string): boolean {
  if (c.place([{ start: 0, end: lower.length, text: lower, lower }]) || c.isDemonym(lower)) return false;
  if (NOT_NAMES.has(lower) || TITLE_HEADS.has(lower) || TITLE_MODIFIERS.has(lower)) return false;
  return c.lex.common.get(lower) !== 'Adjective';
}

/**
 * "Apple Inc." … "Apple has claimed": once the document names a company with its legal form, the
 * short name alone is that company wherever it stands — even when it is an everyday word, opens a
 * sentence or was taken for a speaker — unless it is the surname of someone named here.
 */
function companyShortNames(
  all: readonly Chunk[],
  companies: ReadonlyMap<string, string>,
  personParts: ReadonlySet<string>,
  out: EntityCandidate[],
  source: string,
): void {
  const byStart = new Map<number, EntityCandidate>();
  const spans = out.map((cand) => [cand.start, cand.end] as const).sort((a, b) => a[0] - b[0]);
  for (const cand of out) byStart.set(cand.start, cand);
  /** Does any candidate overlap [start, end)? Binary search over the spans sorted by start. */
  const overlaps = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]![0] < end) lo = mid + 1;
      else hi = mid;
    }
    // spans are short: look back a few from the last one starting before `end`
    for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (spans[i]![1] > start) return true;
    return false;
  };
  for (const chunk of all) {
    for (const w of chunk.words) {
      const bare = w.text.replace(/['’]s$/u, '');
      const full = companies.get(lowerOf(bare));
      if (!full || full === bare || !/^\p{Lu}/u.test(bare) || personParts.has(lowerOf(bare))) continue;
      const end = w.start + bare.length;
      const same = byStart.get(w.start);
      const explain = { rule: 'en.org.company-short-name', evidence: full };
      if (same && same.end === end) {
        if (same.type === 'person' && !same.explain.some((e) => NAMED_PERSON_RULES.has(e.rule))) {
          same.type = 'organization';
          same.canonical = full;
          delete same.titles;
          same.explain.push(explain);
        }
        continue;
      }
      if (overlaps(w.start, end)) continue;
      out.push({ type: 'organization', start: w.start, end, canonical: full, explain: [explain] });
    }
  }
  // "Calloway Steel Corp" … "Calloway Steel shares tumble": the first two or more words of a company
  // named with its legal form, taken for a person only by their shape, are that company
  const fulls = [...new Set(companies.values())];
  for (const cand of out) {
    if (cand.type !== 'person' || cand.explain.some((e) => NAMED_PERSON_RULES.has(e.rule))) continue;
    const surface = cand.canonical ?? source.slice(cand.start, cand.end);
    if (!/\s/u.test(surface)) continue;
    const full = fulls.find((f) => f.startsWith(`${surface} `));
    if (!full) continue;
    cand.type = 'organization';
    cand.canonical = full;
    delete cand.titles;
    cand.explain.push({ rule: 'en.org.company-short-name', evidence: full });
  }
}

/** A plural place noun, "of" and the names of a list before: "the towns of ", "the towns of Windsor and ". */
const PLACES_OF_LIST_BEFORE =
  /\b(?:towns|cities|villages|provinces|regions|districts|communities|counties|islands|suburbs|municipalities)[ \t]+of[ \t]+(?:\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2}(?:,[ \t]+|,?[ \t]+(?:and|or)[ \t]+))*$/u;
/** Federal offices whose name opens with "U.S.": "U.S. District Judge", "U.S. Attorney", "U.S. Marshal". */
const US_OFFICES =
  /^(?:(?:Chief|Senior|Deputy|Assistant|Acting)[ \t]+)?(?:(?:District|Magistrate|Circuit|Bankruptcy)[ \t]+Judge|Attorney|Attorney[ \t]+General|Trade[ \t]+Representative|Surgeon[ \t]+General|Marshal)$/u;
/** A body's word that opens an office's title written in capitals: "Council President", "Board Chairman". */
const TITLE_BODIES = new Set([
  'council',
  'board',
  'committee',
  'commission',
  'assembly',
  'caucus',
  'cabinet',
]);

/**
 * "U.S. District Judge Amy Berman", "Council President Dan Kline": the country or the body just before a
 * capitalized title, cut off it (the country is a place of its own), is part of the title.
 */
function bodyBeforeTitle(text: string, out: EntityCandidate[]): void {
  const placesEnd = new Map<number, EntityCandidate>();
  const covered = (start: number, end: number) => out.some((o) => o.start < end && start < o.end);
  for (const o of out) if (o.type === 'place' && o.placeKind === 'country') placesEnd.set(o.end, o);
  for (const cand of out) {
    const title = cand.type === 'person' && cand.titles?.length === 1 ? cand.titles[0]! : '';
    if (!/^\p{Lu}/u.test(title) || text.slice(cand.start - title.length - 1, cand.start) !== `${title} `)
      continue;
    const tStart = cand.start - title.length - 1;
    const m = /(?:^|[ \t\n"“(])(\S+)[ \t]$/u.exec(text.slice(Math.max(0, tStart - 30), tStart));
    if (!m) continue;
    const word = m[1]!;
    const wStart = tStart - word.length - 1;
    const country = placesEnd.get(tStart - 1);
    // ("the City Council President": only a body's word that opens the capitals)
    const opens = !/\p{Lu}\S*[ \t]$/u.test(text.slice(Math.max(0, wStart - 20), wStart));
    if (
      (country && country.start === wStart && /^(?:U\.S\.|US)$/u.test(word) && US_OFFICES.test(title)) ||
      (TITLE_BODIES.has(word.toLowerCase()) &&
        /^\p{Lu}\p{Ll}+$/u.test(word) &&
        opens &&
        !covered(wStart, tStart - 1))
    )
      cand.titles = [`${word} ${title}`];
  }
}

/** Facilities known by their first word alone ("Heathrow Airport" … "Heathrow"). */
const SHORT_NAMED_FACILITIES = new Set(['airport', 'stadium', 'racecourse', 'speedway']);

/**
 * "Heathrow Airport" … "Heathrow, Europe's busiest airport," … "flights from Heathrow": a name no dictionary
 * holds before an airport's or a stadium's word, alone later where nothing else was found, is that place.
 */
function facilityShortNames(
  c: Classifier,
  all: readonly Chunk[],
  personParts: ReadonlySet<string>,
  out: EntityCandidate[],
  source: string,
): void {
  const facilities = new Map<string, EntityCandidate>();
  for (const cand of out) {
    if (cand.type !== 'place') continue;
    const words = source.slice(cand.start, cand.end).split(' ');
    const first = lowerOf(words[0]!);
    if (
      words.length === 2 &&
      SHORT_NAMED_FACILITIES.has(lowerOf(words[1]!)) &&
      !facilities.has(first) &&
      !c.isEnglishWord(first) &&
      !c.lex.firstNames.has(first) &&
      !personParts.has(first) &&
      !c.place([{ start: 0, end: first.length, text: words[0]!, lower: first }])
    )
      facilities.set(first, cand);
  }
  if (facilities.size === 0) return;
  // (the text the candidates cover, marked once: a test per word, not a scan of every candidate)
  const taken = new Uint8Array(source.length);
  for (const cand of out) taken.fill(1, cand.start, cand.end);
  for (const chunk of all)
    for (const w of chunk.words) {
      const bare = w.text.replace(/['’]s$/u, '');
      const full = facilities.get(lowerOf(bare));
      const end = w.start + bare.length;
      if (!full || !/^\p{Lu}/u.test(bare) || taken.subarray(w.start, end).includes(1)) continue;
      const explain = { rule: 'en.place.facility-short-name', evidence: source.slice(full.start, full.end) };
      out.push({
        type: 'place',
        start: w.start,
        end,
        canonical: source.slice(full.start, full.end),
        placeKind: full.placeKind ?? 'other',
        country: full.country ?? null,
        explain: [explain],
      });
    }
}

/** The brackets after a side's total so far: "279 (", "325 and 279 (Stokes 155, ", "416 (Khawaja 77; ". */
const SCORECARD_OPEN =
  /\d[ \t]*\((?:[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*)?[ \t]+\d{1,3}(?:-\d{1,3})?\*?(?:[ \t]+not[ \t]+out)?[ \t]*[,;])*[ \t]*$/u;
/** Runs or bowling figures after a player's name, then the next player or the brackets' end: " 155,", " 3-79)". */
const SCORECARD_FIGURES = /^[ \t]+\d{1,3}(?:-\d{1,3})?\*?(?:[ \t]+not[ \t]+out)?[ \t]*[,;)]/u;

/** Is [start, end) a player's name with runs or figures in the brackets after a side's total? */
function inScorecardBrackets(text: string, start: number, end: number): boolean {
  return (
    SCORECARD_FIGURES.test(text.slice(end, end + 16)) &&
    SCORECARD_OPEN.test(text.slice(Math.max(0, start - 200), start))
  );
}

const SCORE_AFTER = /^[ \t]*(?:\([^)\n]{1,4}\)[ \t]*)?\d{1,3}(?![\d./:-]|st|nd|rd|th)/u;
const SCORE_BEFORE = /(?:^|\n|\d[ \t]*)$/u;

/**
 * Is [start, end) the head of a results row — at the start of a line or after a score, and followed
 * by a plain score ("Leeds 2 Hull 1", "Mladost (L) 2", "Crystal Palace 4 1 2 1")? Bowling figures
 * ("Gough 8-0-39-3") and minutes ("68th") are not scores.
 */
function resultsRowHead(text: string, start: number, end: number): boolean {
  return (
    SCORE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) &&
    SCORE_AFTER.test(text.slice(end, end + 12))
  );
}

/** A club's town initials in brackets right after its name, before a score: " (P) 3", " (PK) 1". */
const CLUB_TAG_AFTER = /^[ \t]*\(\p{Lu}{1,2}\)(?=[ \t]*\d)/u;

/** A name at the head of a results row: a team unless it is a country or shaped like a person. */
function resultsRowDecision(c: Classifier, words: readonly Word[], chunk: Chunk): Decision | null {
  const d = c.classify(words, chunk);
  // a row head is a person only by a given name or initials ("A. Smith 40"), not by a surname list
  const personByName =
    d?.type === 'person' && d.rule !== 'en.person.surname' && d.rule !== 'en.person.particle';
  if (d && (personByName || d.placeKind === 'country')) return d;
  if (d?.type === 'organization') return d;
  if (words.length === 1 && c.isCommonWord(words[0]!.lower)) return null;
  const ctx = around(c.text, words[0]!.start, lastOf(words).end);
  if (/^[bc]$/u.test(ctx.before) || ctx.before === 'st') return null; // cricket: "c Smith b Jones 40"
  return { type: 'organization', rule: 'en.org.team-in-results' };
}

/**
 * A minute of a match right after a name, as scorers and substitutes are listed: "Dornan (12th min, pen)",
 * "Mallory (Kessig 58th)", "Norway - Tavish (70th)" (not a place in a table or a draw: "(3rd place)").
 */
const MINUTE_AFTER =
  /^[ \t]*\(?\d{1,3}(?:st|nd|rd|th)(?![\p{L}\d])(?![ \t]+(?:place|round|seed|seeded|year|time|anniversary|century|birthday|consecutive|straight|successive))/u;

/** The staff of a candidate's campaign after the name: " campaign manager", " campaign's aides". */
const CAMPAIGN_STAFF_AFTER =
  /^[ \t]+campaign(?:['’]s)?[ \t]+(?:manager|chairman|chairwoman|co-chairman|chair|spokesman|spokeswoman|spokesperson|aides?|advisers?|advisors?|officials?|staff|strategists?|director|pollster)\b/u;

/** A body's head word or legal form ("University", "Inc"). */
const bodyWord = (w: Word): boolean => ORG_HEADS.has(plain(w.lower)) || ORG_SUFFIXES.has(plain(w.lower));

/** Is the name followed by an apposition headed by an office ("Anu Talus, the board's chair,")? */
function officeApposition(c: Classifier, words: readonly Word[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    !words.every((w) => c.isEnglishWord(w.lower)) &&
    !words.some(bodyWord) &&
    !c.place(words) &&
    !c.lex.organizations.has(key(words)) &&
    OFFICE_APPOSITION.test(c.text.slice(lastOf(words).end, lastOf(words).end + 100))
  );
}

/**
 * "Elon Musk", "Ulvane Cotton": two or three words opened by one no dictionary, name list or gazetteer holds
 * (a given name the list lacks), whatever the last word is; no body's head word or legal form among them.
 */
function unlistedGivenName(c: Classifier, words: readonly Word[]): boolean {
  const first = words[0]!;
  return (
    words.length >= 2 &&
    HAS_LOWER.test(first.text) &&
    !c.isEnglishWord(first.lower) &&
    !c.isCommonWord(first.lower) &&
    !c.place([first]) &&
    !isCompanyName(first.text) &&
    !words.some(bodyWord)
  );
}

/** What the words right around a sequence say it is ("said X", "the town of X", "X shares"). */
function contextDecision(c: Classifier, words: readonly Word[], chunk: Chunk): Decision | null {
  const lex = c.lex;
  const ctx = around(c.text, words[0]!.start, lastOf(words).end);
  const hasCommon = words.some((w) => c.isCommonWord(w.lower));
  // "Opposition group says": an everyday word, or any lone word opening a sentence, is not a name by this
  const opensSentence = chunk.sentenceStart && words[0] === chunk.words[0];
  const plainWord = words.length === 1 && (c.isEnglishWord(words[0]!.lower) || opensSentence);
  // "Novo Nordisk, the Danish drugmaker,": an apposition that names a business
  // (not the end of a longer sequence whose first words were cut: "AI" of "Mistral AI")
  if (
    !(words.length === 1 && c.isEnglishWord(words[0]!.lower)) &&
    words.length <= 4 &&
    words[0] === chunk.words[0] &&
    ORG_APPOSITION.test(c.text.slice(lastOf(words).end, lastOf(words).end + 60))
  )
    return { type: 'organization', rule: 'en.org.apposition' };
  if (
    firmSetOff(c.text, words[0]!.start, lastOf(words).end) &&
    !(words.length === 1 && c.isEnglishWord(words[0]!.lower))
  )
    return { type: 'organization', rule: 'en.org.firm-set-off' };
  // "Wexley campaign manager Ann Lowry", "the Marsh campaign's aides": a name before the staff of a campaign
  // outside sport is the candidate's, a person, a word of the everyday lexicon or not ("the Iraq campaign": a
  // place; "the Remain campaign manager": a dictionary word, no candidate)
  if (
    !c.sports &&
    words.length <= 2 &&
    ctx.after === 'campaign' &&
    CAMPAIGN_STAFF_AFTER.test(c.text.slice(lastOf(words).end, lastOf(words).end + 40)) &&
    !c.lex.dictionary.has(plain(words[0]!.lower)) &&
    !opensSentence &&
    !c.place(words) &&
    !c.isDemonym(words[0]!.lower) &&
    !PARTY_LABELS.has(plain(words[0]!.lower)) &&
    !words.some((w) => bodyWord(w) || isAllCaps(w.text))
  )
    return { type: 'person', rule: 'en.person.campaign' };
  // "Scorers: Norway - Dornan (12th min, pen)": in a sports report a name before a minute is a player's
  if (
    c.sports &&
    words.length <= 3 &&
    !hasCommon &&
    MINUTE_AFTER.test(c.text.slice(lastOf(words).end, lastOf(words).end + 40)) &&
    c.place(words)?.placeKind !== 'country'
  )
    return { type: 'person', rule: 'en.person.scorer' };
  // "Anu Talus, the board's chair,": an office in apposition, after a name of one to three words that
  // no dictionary, gazetteer or body word claims
  if (officeApposition(c, words)) return { type: 'person', rule: 'en.person.office-apposition' };
  // "Hendrik, who heads the union,", "Sukarti, 45, said": a relative "who" or an age right after a name
  // makes it a person, also a lone word opening a sentence
  // ("Tovik Birch, 31,": a surname that is an everyday word after a first word no dictionary holds)
  if (
    words.length <= 3 &&
    ((!hasCommon && !words.some((w) => c.isEnglishWord(w.lower))) || unlistedGivenName(c, words)) &&
    PERSON_APPOSITION.test(c.text.slice(lastOf(words).end, lastOf(words).end + 12)) &&
    !c.place(words)
  )
    return { type: 'person', rule: 'en.person.apposition' };
  // "Halvoro general manager Mark Tesson": the employer of a named officer, not a place or a person
  if (
    !hasCommon &&
    words.length <= 3 &&
    !c.place(words) &&
    !lex.firstNames.has(words[0]!.lower) &&
    OFFICER_AFTER.test(c.text.slice(lastOf(words).end, lastOf(words).end + 60)) &&
    // ("Conservative economist Aparna Mathur": an everyday word describes the economist)
    !(
      words.length === 1 &&
      (c.isEnglishWord(words[0]!.lower) ||
        PARTY_LABELS.has(plain(words[0]!.lower)) ||
        c.isDemonym(words[0]!.lower)) &&
      FIRM_ROLE_AFTER.test(c.text.slice(lastOf(words).end, lastOf(words).end + 40))
    )
  )
    return { type: 'organization', rule: 'en.org.officer-of' };
  if (!plainWord && (ORG_NOUNS_AFTER.has(ctx.after) || (ctx.after === 'news' && words.length <= 3)))
    return { type: 'organization', rule: 'en.org.noun-after' };
  // "the Unite union said", "the Teamsters union": an everyday word in capitals names the union after it
  // (not a people or a place: "the European union", "the Soviet union")
  if (
    words.length === 1 &&
    ctx.before === 'the' &&
    ctx.beforeJoined &&
    /^[ \t]+union\b/u.test(c.text.slice(lastOf(words).end, lastOf(words).end + 8)) &&
    !opensSentence &&
    !c.isDemonym(words[0]!.lower) &&
    !c.place(words) &&
    !PARTY_LABELS.has(plain(words[0]!.lower))
  )
    return { type: 'organization', rule: 'en.org.noun-after' };
  // "Liberta newspaper said …": a word no English dictionary knows, opening a sentence before a press noun
  if (
    opensSentence &&
    words.length === 1 &&
    PRESS_NOUNS_AFTER.has(ctx.after) &&
    !c.isEnglishWord(words[0]!.lower) &&
    !c.isCommonWord(words[0]!.lower) &&
    !c.place(words)
  )
    return { type: 'organization', rule: 'en.org.press-title' };
  // "the White Helmets rescue group", "the Kurdistan Workers militant group"
  if (
    !plainWord &&
    words.length <= 4 &&
    GROUP_AFTER.test(c.text.slice(lastOf(words).end, lastOf(words).end + 40))
  )
    return { type: 'organization', rule: 'en.org.noun-after' };
  const orgBefore =
    ctx.beforeJoined && ORG_CONTEXT_BEFORE.has(ctx.before) && !lex.firstNames.has(words[0]!.lower);
  const notName = words.length === 1 && NOT_NAME_ACRONYMS.has(plain(words[0]!.lower)); // "its AI unit"
  if (words.length <= 3 && !hasCommon && !notName && (ORG_CONTEXT_AFTER.has(ctx.after) || orgBefore))
    return { type: 'organization', rule: 'en.org.business-context' };
  // "her house in Eagle Point", "near Cedar Ridge", "the hills above Pacific Palisades": a town's tail word after a
  // preposition of place
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    SETTLEMENT_TAILS.has(plain(lastOf(words).lower)) &&
    /^(?:in|near|from|outside|of|to|at|above|below|around|across|through|into|toward|towards|beyond|throughout)$/u.test(
      ctx.before,
    )
  )
    return { type: 'place', rule: 'en.place.after-preposition', placeKind: 'other' };
  if (PLACE_NOUNS_AFTER.has(ctx.after) && words.length <= 3 && !hasCommon)
    return { type: 'place', rule: 'en.place.noun-after', placeKind: 'other' };
  // "Cochise and La Paz counties", "Aceh and Papua provinces": the plural place noun after a pair
  if (
    words.length <= 3 &&
    !hasCommon &&
    (ctx.after === 'and' || ctx.after === 'or') &&
    PAIR_OF_PLACES.test(c.text.slice(lastOf(words).end, lastOf(words).end + 60))
  )
    return { type: 'place', rule: 'en.place.noun-after', placeKind: 'other' };
  if (atEmployer(ctx) && words.length <= 4) return { type: 'organization', rule: 'en.org.employer' };
  // "Alphabet's Google", "Meta's Instagram", "ByteDance's TikTok": the owner of a company
  if (words.length === 1 && !c.place(words)) {
    const owned = OWNS_COMPANY.exec(c.text.slice(lastOf(words).end, lastOf(words).end + 40));
    const name = owned?.[1];
    if (name && (c.lex.organizations.has(lowerOf(name)) || COMPANY_ENDING.test(name) || isCompanyName(name)))
      return { type: 'organization', rule: 'en.org.business-context' };
  }
  // "Deborah Finnegan, 58, of Quincy, pleaded …": where someone lives, after their age
  if (
    ctx.before === 'of' &&
    words.length <= 3 &&
    !hasCommon &&
    AGE_THEN_OF.test(c.text.slice(Math.max(0, words[0]!.start - 14), words[0]!.start))
  ) {
    const info = lookupPlace(surfaceOf(words));
    return {
      type: 'place',
      rule: 'en.place.residence',
      placeKind: info?.kind ?? 'other',
      country: info ? (regionAfter(c.text, lastOf(words).end) ?? info.country) : null,
    };
  }
  if (words.length === 1 && US_STATE_ABBREVIATIONS.has(plain(words[0]!.lower)) && /,$/u.test(ctx.beforeRaw))
    return {
      type: 'place',
      rule: 'en.place.us-state',
      placeKind: 'region',
      country: 'US',
      canonical: US_STATE_NAMES.get(plain(words[0]!.lower)), // "Tampa, Fla." is in Florida
    };
  // "Savannah, Ga.", "Paradise, California": a town of the gazetteer before its state or country
  if (words.length <= 3 && lookupPlace(surfaceOf(words)) && regionAfter(c.text, lastOf(words).end) !== null)
    return {
      type: 'place',
      rule: 'en.place.town-before-region',
      placeKind: 'city',
      country: regionAfter(c.text, lastOf(words).end),
    };
  if (ctx.before === 'of' && PLACE_NOUNS_BEFORE_OF.has(ctx.before2) && words.length <= 3)
    return { type: 'place', rule: 'en.place.noun-of', placeKind: 'other' };
  // "the towns of Windsor and Healdsburg", "the villages of Arlo, Benn and Cray": a list of places
  if (
    words.length <= 3 &&
    !words.some((w) => COMPASS.has(plain(w.lower)) || c.isDemonym(w.lower)) &&
    PLACES_OF_LIST_BEFORE.test(c.text.slice(Math.max(0, words[0]!.start - 90), words[0]!.start))
  )
    return { type: 'place', rule: 'en.place.noun-of', placeKind: 'other' };
  const lastTag = lex.common.get(lastOf(words).lower);
  if (c.sports && !chunk.sentenceStart && words.length <= 2 && lastTag === 'Plural')
    return { type: 'organization', rule: 'en.org.team-nickname' };
  if (
    words.length <= 4 &&
    ctx.beforeJoined &&
    (TITLE_HEADS.has(ctx.before) || PERSON_NOUNS_BEFORE.has(ctx.before)) &&
    // "Liberal Democrat leader": a capitalized word is the name's own, trimmed, not a role before it
    /\p{Ll}/u.test(c.text[words[0]!.start - 1 - ctx.beforeRaw.length] ?? '') &&
    // "chief Macquline King": a surname that is an everyday word after a given name that is none
    (!c.isCommonWord(lastOf(words).lower) ||
      (words.length >= 2 && !c.isEnglishWord(words[0]!.lower) && !ORG_HEADS.has(plain(lastOf(words).lower))))
  ) {
    // "Ohio-based rival Cleveland-Cliffs": what is based somewhere is a business, not a person
    if (/-based[ \t]+\p{Ll}+[ \t]+$/u.test(c.text.slice(Math.max(0, words[0]!.start - 60), words[0]!.start)))
      return { type: 'organization', rule: 'en.org.business-context' };
    // "rival Kestrova cut its sales forecast": one word after a describer of companies, then a firm's figures
    if (COMPANY_DESCRIBERS.has(ctx.before) && words.length === 1 && firmBeforeFigures(c, words[0]!))
      return { type: 'organization', rule: 'en.org.described-firm' };
    const title = lowerTitleBefore(c.text, words[0]!.start);
    return { type: 'person', rule: 'en.person.role-before-name', titles: title ? [title] : [] };
  }
  // "Korvex said it had tripled its profit": "it" takes up a body, not a person (not "it was hard", "it
  // would be": what someone said about a thing)
  const taken = SAY.has(ctx.after)
    ? PRONOUN_AFTER_SAYING.exec(c.text.slice(lastOf(words).end, lastOf(words).end + 80))
    : null;
  if (taken && words.length <= 3 && !c.place(words)) {
    const [, pronoun, verb, next] = taken;
    const first = plain(words[0]!.lower);
    if (
      pronoun === 'it' &&
      !hasCommon &&
      !(words.length === 1 && c.isEnglishWord(first)) &&
      !lex.firstNames.has(first) &&
      !isPersonName(words[0]!.text) &&
      !IT_COPULAS.has(verb!) &&
      !(MODALS.has(verb!) && next === 'be')
    )
      return { type: 'organization', rule: 'en.org.said-it' };
    // "Elon Musk said on Monday he would …": "he" or "she" takes up a person, whatever everyday word ends the name
    if (pronoun !== 'it' && (lex.firstNames.has(first) || unlistedGivenName(c, words)))
      return { type: 'person', rule: 'en.person.said-he' };
  }
  const speaker = SAY.has(ctx.after) || (SAY.has(ctx.before) && ctx.beforeJoined);
  const saidBefore = SAY.has(ctx.before) && ctx.beforeJoined; // "said Hill": a capital after "said" is a name
  // "Republicans had won", "Democrats said": a plural of an everyday word names a group, not a person
  const groupNoun =
    words.length === 1 && /s$/u.test(words[0]!.lower) && c.isEnglishWord(singular(words[0]!.lower));
  if (groupNoun) return c.sports ? { type: 'organization', rule: 'en.org.team-nickname' } : null;
  // "as the Brewers rallied", "for the Rockies": in a sports report, a plural-shaped name after "the"
  if (
    c.sports &&
    words.length === 1 &&
    ctx.before === 'the' &&
    ctx.beforeJoined &&
    !chunk.sentenceStart &&
    /^\p{Lu}\p{Ll}+[^s]s$/u.test(words[0]!.text) &&
    !/^(?:para)?olympics$/u.test(words[0]!.lower) && // a games, not a team
    !c.isEnglishWord(words[0]!.lower) &&
    !c.place(words)
  )
    return { type: 'organization', rule: 'en.org.team-nickname' };
  if (
    words.length <= 3 &&
    speaker &&
    (!hasCommon || saidBefore) &&
    !(words.length === 1 && chunk.sentenceStart) &&
    !(words.length > 1 && c.isEnglishWord(lastOf(words).lower) && !lex.firstNames.has(plain(words[0]!.lower))) // "Apple Computer announced"
  )
    return { type: 'person', rule: 'en.person.speaker' };
  // "Biden met Widodo", "Okafor resigned": verbs only a person does, right after a name
  if (
    words.length <= 3 &&
    PERSON_VERBS.has(ctx.after) &&
    !METRIC_OBJECT.test(c.text.slice(lastOf(words).end, lastOf(words).end + 40)) &&
    !hasCommon &&
    !words.some((w) => c.isEnglishWord(w.lower))
  )
    return { type: 'person', rule: 'en.person.subject-of-person-verb' };
  if (words.length === 1 && COMPANY_ENDING.test(words[0]!.text))
    return { type: 'organization', rule: 'en.org.company-word' };
  if (
    c.sports &&
    words.length === 1 &&
    !hasCommon &&
    (MATCH_VERBS.has(ctx.before) || MATCH_VERBS.has(ctx.after))
  )
    return { type: 'organization', rule: 'en.org.team-in-match' };
  // "Shares in Nordwell fell", "a stake in Halvoro": what one holds shares in is a company
  // ("Shares of Tarvik Steel rose": shares or stock "of" a name too)
  const heldIn =
    (ctx.before === 'in' && HOLDING_NOUNS.has(ctx.before2)) ||
    (ctx.before === 'of' && (ctx.before2 === 'shares' || ctx.before2 === 'stock'));
  if (heldIn && words.length <= 3 && !hasCommon)
    return { type: 'organization', rule: 'en.org.business-context' };
  if (LOCATIVE.has(ctx.before) && words.length <= 3 && !hasCommon)
    return { type: 'place', rule: 'en.place.after-preposition', placeKind: 'other' };
  return null;
}

/** The movement's two names closing a national society's ("… Red Cross", "… Red Crescent"). */
const RED_CROSS = / red (?:cross|crescent)$/u;
/** ", who" right after a name. */
const WHO_AFTER = /^,[ \t]+who\b/u;
/** "he", "his", "she", "her" ("its", "their" stop the look). */
const PERSON_PRONOUNS = new Set(['he', 'his', 'she', 'her']);
/** Words that end the look for a pronoun: a company's own pronouns, and a report's verbs ("X said he"). */
const CLAUSE_STOPS = new Set('its it their they them said says told tells added adds that'.split(' '));
/** ", 22," / ", 31, who": an age in apposition right after a name. */
const AGE_APPOSITION = /^,[ \t]+\d{1,2}(?:,|[ \t]+(?:who|was|is)\b)/u;

/**
 * Does the clause after a name speak of a person: an age in apposition ("Jannik Sinner, 22,") or a
 * personal pronoun before any other name, "its" or "their" ("Jannik Sinner won his first title")?
 * Looks at most 60 characters ahead, to the first full stop, semicolon or colon.
 */
function personClauseAfter(text: string, end: number): boolean {
  const window = text.slice(end, end + 60);
  if (AGE_APPOSITION.test(window)) return true;
  for (const m of window.matchAll(/[.;:!?\n]|\p{L}+/gu)) {
    const w = m[0];
    if (w.length === 1 && !/\p{L}/u.test(w)) return false;
    if (/^\p{Lu}/u.test(w) && w !== 'I') return false;
    const lw = w.toLowerCase();
    if (PERSON_PRONOUNS.has(lw)) return true;
    if (CLAUSE_STOPS.has(lw)) return false;
  }
  return false;
}

/** What the shape of a sequence says when nothing else does. */
function shapeDecision(c: Classifier, words: readonly Word[], chunk: Chunk): Decision | null {
  const lex = c.lex;
  const ctx = around(c.text, words[0]!.start, lastOf(words).end);
  const hasCommon = words.some((w) => c.isCommonWord(w.lower));
  // "Old Trafford", "Upper Norwood": a word that opens place names before a place makes another place
  if (words.length === 2 && PLACE_OPENERS.has(plain(words[0]!.lower)) && c.place(words.slice(1)))
    return { type: 'place', rule: 'en.place.head-word', placeKind: 'other' };
  if (
    words.length >= 2 &&
    c.sports &&
    words.some((w) => c.place([w])?.placeKind === 'city' || c.place([w])?.placeKind === 'region')
  )
    return { type: 'organization', rule: 'en.org.club-with-town' };
  const lastWord = plain(lastOf(words).lower);
  // "SK Hynix": a short form in capitals before a word no dictionary, name list or gazetteer knows
  if (
    words.length === 2 &&
    !c.sports &&
    /^\p{Lu}{2,4}$/u.test(words[0]!.text) &&
    !KNOWN_ACRONYM_PLACES.has(words[0]!.lower) &&
    !SHIP_PREFIXES.has(words[0]!.lower) && // "RMS Titanic", "USS Cole" are ships
    HAS_LOWER.test(words[1]!.text) &&
    !c.isEnglishWord(lastWord) &&
    !lex.firstNames.has(lastWord) &&
    !lex.lastNames.has(lastWord) &&
    !isPersonName(words[1]!.text) &&
    !c.place([words[1]!])
  )
    return { type: 'organization', rule: 'en.org.acronym-and-name' };
  // "a Roman Catholic charity", "the Greek Orthodox church": a religion or nationality word ends no name
  if (words.length === 2 && EXTRA_DEMONYMS.has(lastWord)) return null;
  // "Vinicius Junior", "Ronaldo Filho": a name with a generation suffix
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    NAME_SUFFIXES.has(lastWord) &&
    !words.slice(0, -1).some((w) => c.isCommonWord(w.lower))
  )
    return { type: 'person', rule: 'en.person.name-suffix' };
  const trade =
    c.lex.dictionary.has(lastWord) ||
    c.lex.dictionary.has(singular(lastWord)) ||
    COMPANY_TAGS.has(lex.common.get(lastWord) ?? lex.common.get(singular(lastWord)) ?? '');
  // in a sports report "Kyran Bracken", "Jannik Sinner" are players: a singular everyday word is a surname
  const playerName =
    c.anySport() &&
    words.length === 2 &&
    singular(lastWord) === lastWord &&
    !COMPANY_TAGS.has(lex.common.get(lastWord) ?? '');
  // "Declan Rice", "Ellie Baker": a given name of the names list before one singular everyday word
  const givenAndWord =
    words.length === 2 &&
    isPersonName(words[0]!.text) &&
    !c.isEnglishWord(words[0]!.lower) &&
    !/s$/u.test(words[0]!.lower) && // "Nations Cup": a plural, no given name
    singular(lastWord) === lastWord &&
    !ORG_SUFFIXES.has(`${lastWord}s`) && // "Cisco System"
    // ("Jones Medical", "Dow Chemical" are companies: a trade adjective, no noun)
    lex.common.has(lastWord) &&
    lex.common.get(lastWord) !== 'Adjective';
  if (givenAndWord && !c.isCommonWord(words[0]!.lower) && !c.place([words[0]!]))
    return { type: 'person', rule: 'en.person.name-shape' };
  // "Mikal Bridges", "Dariel Woods": a word no dictionary, gazetteer or company list knows before a plural
  // that is also a family name ("Pirelli Cables": no family name; "Sacramento Kings": a town first)
  if (
    words.length === 2 &&
    singular(lastWord) !== lastWord &&
    isPersonName(lastOf(words).text) &&
    !BUSINESS_PLURALS.has(lastWord) &&
    !ORG_SUFFIXES.has(lastWord) &&
    !PLACE_HEADS.has(lastWord) &&
    !TOWN_PLURALS.has(lastWord) &&
    !LAST_PLACE_HEADS.has(plain(words[0]!.lower)) &&
    !PLACE_HEADS.has(plain(words[0]!.lower)) &&
    HAS_LOWER.test(words[0]!.text) &&
    !c.isEnglishWord(words[0]!.lower) &&
    !c.isCommonWord(words[0]!.lower) &&
    !isCompanyName(words[0]!.text) &&
    !lex.organizations.has(words[0]!.lower) &&
    !c.place([words[0]!])
  )
    return { type: 'person', rule: 'en.person.plural-surname' };
  // "at Tunbridge Wells", "Tunbridge Wells: Kent 214": a word no dictionary or name list holds before a town's
  // plural tail word, which may be a family name too ("Wells", "Woods"), is a town after "at", "in" or "near", or
  // heading a line before a colon, no company by its trade
  if (
    words.length === 2 &&
    TOWN_PLURALS.has(lastWord) &&
    (ctx.before === 'at' ||
      ctx.before === 'in' ||
      ctx.before === 'near' ||
      (chunk.lineStart && ctx.after === ':')) &&
    !c.isEnglishWord(words[0]!.lower) &&
    !lex.firstNames.has(plain(words[0]!.lower)) &&
    !isPersonName(words[0]!.text) &&
    HAS_LOWER.test(words[0]!.text)
  )
    return { type: 'place', rule: 'en.place.head-word', placeKind: 'city' };
  if (
    words.length >= 2 &&
    !c.isCommonWord(words[0]!.lower) &&
    !lex.firstNames.has(plain(words[0]!.lower)) && // "Jennifer Flowers", "Tiger Woods"
    !doubleGivenName(lex.firstNames, words[0]!) && // "Karl-Anthony Towns"
    !givenAndWord &&
    c.isEnglishWord(lastWord) &&
    trade &&
    !playerName &&
    !SETTLEMENT_TAILS.has(lastWord) &&
    !officeApposition(c, words)
  ) {
    // "Jannik Sinner won his first title", "Rishabh Pant, 26,": an unknown given name before a family name
    // that is also an everyday word, and a clause about a person after it
    if (
      words.length === 2 &&
      HAS_LOWER.test(words[0]!.text) &&
      HAS_LOWER.test(words[1]!.text) &&
      isPersonName(words[1]!.text) &&
      !c.isEnglishWord(words[0]!.lower) &&
      !isCompanyName(words[0]!.text) &&
      !c.place([words[0]!]) &&
      personClauseAfter(c.text, words[1]!.end)
    )
      return { type: 'person', rule: 'en.person.pronoun-after' };
    return { type: 'organization', rule: 'en.org.name-and-trade' };
  }
  // (a report on a team sport also names clubs so: "Deportivo Coruna" — there only an everyday surname)
  if (
    playerName &&
    (!c.sports || (c.isEnglishWord(lastWord) && trade)) &&
    !c.isCommonWord(words[0]!.lower) &&
    !c.isEnglishWord(words[0]!.lower) &&
    HAS_LOWER.test(words[0]!.text) &&
    !c.place([words[0]!])
  )
    return { type: 'person', rule: 'en.person.player-name' };
  const companyWord =
    COMPANY_ENDING.test(words[0]!.text) ||
    (isCompanyName(words[0]!.text) && !c.isEnglishWord(words[0]!.lower));
  if (words.length === 1 && companyWord) return { type: 'organization', rule: 'en.org.company-word' };
  // "polled by FactSet", "sought by NetChoice": one word with a capital inside (no "Mc", "De", "Le" of a
  // family name) names a company or a group after "by", "at", "from" … or before a verb of saying
  // ("the PowerBook", "RIM's BlackBerry", "QuickTime 7" are products)
  if (
    words.length === 1 &&
    CAMEL_CASE.test(words[0]!.text) &&
    !INNER_CAPITAL_NAME.test(words[0]!.text) &&
    !isPersonName(words[0]!.text) &&
    (CAMEL_BEFORE.has(ctx.before) || SAY.has(ctx.after))
  )
    return { type: 'organization', rule: 'en.org.camel-case' };
  // "Korvo (Spain) 88 Velta (Greece) 80", "Blue Eagles (Poland) beat …": in a team sport's report a name
  // before its country in brackets and a score or a result's verb is the club (a given name opens it only
  // before everyday words: "Red Arrow", not "Marek Novak")
  if (
    c.sports &&
    words.length <= 3 &&
    !(
      words.length > 1 &&
      (lex.firstNames.has(plain(words[0]!.lower)) || isPersonName(words[0]!.text)) &&
      !words.every((w) => c.isEnglishWord(w.lower))
    )
  ) {
    const m = COUNTRY_IN_BRACKETS.exec(c.text.slice(lastOf(words).end, lastOf(words).end + 32));
    if (m && lookupPlace(m[1]!)?.kind === 'country')
      return { type: 'organization', rule: 'en.org.team-in-results' };
  }
  // "Frank Bruno", "Guy Lind": a common first word mid-sentence before a surname nobody else uses
  // "Old Trafford", "New Haven": words that open place names are no given names
  const givenFirst =
    !PLACE_OPENERS.has(plain(words[0]!.lower)) &&
    !COMPASS.has(plain(words[0]!.lower)) &&
    (lex.firstNames.has(plain(words[0]!.lower)) || isPersonName(words[0]!.text));
  const commonOnlyFirst =
    words.length === 2 &&
    givenFirst &&
    !c.isCommonWord(words[1]!.lower) &&
    !c.place([words[1]!]) &&
    !NOT_NAMES.has(plain(words[0]!.lower));
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    (!hasCommon || commonOnlyFirst) &&
    words.every((w) => HAS_LOWER.test(w.text)) &&
    (givenFirst || !c.isEnglishWord(words[0]!.lower)) // "Old Trafford", "Global Depositary" are not given names
  )
    return { type: 'person', rule: 'en.person.name-shape' };
  if (
    c.sports &&
    words.length === 1 &&
    ctx.listed &&
    !hasCommon &&
    !chunk.sentenceStart &&
    HAS_LOWER.test(words[0]!.text) &&
    // "In the English Premiership, Bath beat …": an article or a nationality opens no listed player's name
    ctx.before !== 'the' &&
    !c.isDemonym(ctx.before) &&
    // ("won 45-7 at Kelvinbrae, with …": a ground after "at" or "in" is where they played)
    ctx.before !== 'at' &&
    ctx.before !== 'in'
  )
    return { type: 'person', rule: 'en.person.in-list' };
  // "Australia 416 (Khawaja 77; Broad 4-65)": a name with its runs or bowling figures in the brackets after a
  // side's total is a player
  if (c.sports && words.length <= 2 && inScorecardBrackets(c.text, words[0]!.start, lastOf(words).end))
    return { type: 'person', rule: 'en.person.scorecard' };
  if (words.length === 1 && CRICKET_MARKS.has(ctx.before))
    return { type: 'person', rule: 'en.person.scorecard' }; // "c Smith b Jones 40", "Bowling: Jones 8-0-39-3"
  if (
    c.sports &&
    words.length === 1 &&
    !hasCommon &&
    (ctx.afterNumber || ctx.beforeNumber || ctx.before === 'v')
  )
    return { type: 'organization', rule: 'en.org.team-in-results' };
  return null;
}

/** Adds the first word of a key of two words or more (the key up to its first space) to `openings`. */
function noteOpening(openings: Set<string>, k: string): void {
  const space = k.indexOf(' ');
  if (space >= 0) openings.add(k.slice(0, space));
}

/** The first words of the keys of two words or more in the lists a headline span is looked up in. */
let keyOpenings: { lex: EnglishLexicon; words: ReadonlySet<string> } | null = null;

function multiWordKeyOpenings(lex: EnglishLexicon): ReadonlySet<string> {
  if (keyOpenings?.lex === lex) return keyOpenings.words;
  const words = new Set<string>(COMPASS_POINTS);
  const add = (keys: Iterable<string>, separator: string): void => {
    for (const k of keys) {
      const at = k.indexOf(separator);
      if (at >= 0) words.add(k.slice(0, at));
    }
  };
  add(EXTRA_PLACES.keys(), ' ');
  add(LANDMARKS, '_');
  add(US_STATES, '_');
  add(COUNTIES, ' ');
  add(lex.places.keys(), ' ');
  add(lex.organizations, ' ');
  add(lex.sportsTeams, ' ');
  add(NATIONAL_SIDE_NICKNAMES, ' ');
  keyOpenings = { lex, words };
  return words;
}

/**
 * For each word of a headline chunk: may a span of two words or more opening with it be a key of a list
 * headlineEntities looks it up in — compromise's places, organizations and teams, world regions,
 * landmarks, US states, British counties — or open a compass region (en.place.compass-region) or a given
 * name's (en.person.first-name)? False is sure: a span's key joins its words' lower cases by spaces (plain
 * of it drops the dots; landmarks and states join by "_"), so its first word is the first word's own lower
 * case when that holds no space or "_" (else true: unsure). The gazetteer, the names the document gave and
 * a legal form closing the span are asked apart (spansMayBeGazetteerKeys, knownOpenings, LEGAL_FORMS).
 */
function spanOpenings(lex: EnglishLexicon, words: readonly Word[]): boolean[] {
  const openings = multiWordKeyOpenings(lex);
  return words.map((w) => {
    const low = w.lower;
    const p = plain(low);
    return (
      low.includes(' ') || low.includes('_') || openings.has(low) || openings.has(p) || lex.firstNames.has(p)
    );
  });
}

/** The spans' verdicts of placeWordSpansMayBeKeys (1: the span may be a gazetteer key), by length - 1. */
const HEADLINE_SPAN_VERDICT = new Uint8Array(5);

/**
 * Sets HEADLINE_SPAN_VERDICT[k] to 0 when words[i … i + k] (k = 0 … n-1) can be no gazetteer place as
 * lookupPlaceName reads its surface: the words' texts joined by spaces, looked up as they are or, with a
 * word "of" in them, with "of the". lookupPlaceName closes the spaces around a hyphen: a word opening or
 * closing with one, or a word "of", leaves that span and the longer ones unsure (1).
 */
function spansMayBeGazetteerKeys(texts: readonly string[], i: number, n: number): void {
  placeWordSpansMayBeKeys(texts, i, n, HEADLINE_SPAN_VERDICT);
  for (let k = 0; k < n; k++) {
    const t = texts[i + k]!;
    if (t === 'of' || t.startsWith('-') || t.endsWith('-')) {
      HEADLINE_SPAN_VERDICT.fill(1, k, n);
      break;
    }
  }
}

/**
 * "PRESS DIGEST - …", "MARKET TALK: …": the wire's slug in capitals opening the first line, everyday English
 * words before a dash or a colon, names no one (a place or a known body there does: "KENYA - …").
 */
function slugOfEnglishWords(c: Classifier, chunk: Chunk): boolean {
  const words = chunk.words;
  if (
    chunk.line !== 0 ||
    !chunk.lineStart ||
    !/^[ \t]+[-–—:][ \t]|^:[ \t]/u.test(c.text.slice(lastOf(words).end))
  )
    return false;
  if (!words.every((w) => isAllCaps(w.text) && c.isEnglishWord(w.lower))) return false;
  return !c.place(words) && !c.lex.organizations.has(key(words)) && !WELL_KNOWN_ORGS.has(key(words));
}

/**
 * "SLOVAKIA BEAT FAROES": the word across the verb of a match's result from words[i] is a country (or one of
 * the nations of Britain), so the two are national sides, places as their countries are.
 */
function nationalOpponent(c: Classifier, words: readonly Word[], i: number): boolean {
  const across =
    i >= 2 && RESULT_VERBS.has(words[i - 1]!.lower)
      ? words.slice(Math.max(0, i - 3), i - 1)
      : RESULT_VERBS.has(words[i + 1]?.lower ?? '')
        ? words.slice(i + 2, i + 4)
        : [];
  for (let n = across.length; n >= 1; n--)
    for (const span of [across.slice(0, n), across.slice(across.length - n)]) {
      const p = c.place(span);
      if (p?.placeKind === 'country' || NATIONS.has(key(span))) return true;
    }
  return false;
}

/** The gazetteer's town of that name, whatever else the words are. */
function gazetteerTown(words: readonly Word[]): Decision | null {
  const info = lookupPlaceName(surfaceOf(words));
  return info?.kind === 'city'
    ? { type: 'place', rule: 'en.place.gazetteer', placeKind: 'city', country: info.country }
    : null;
}

/**
 * "UNITED NATIONS 2004-05-01": a dateline naming a body the lexicon knows and no place ("the UN headquarters"
 * is where the report was filed, but the name is the body's).
 */
function datelineBody(c: Classifier, words: readonly Word[]): boolean {
  const k = key(words);
  return words.length >= 2 && (c.lex.organizations.has(k) || WELL_KNOWN_ORGS.has(k));
}

/**
 * "Rochester, N.H.", "ROCHESTER, N.H. 2004-05-01", "Troy, Mich.": a US state's abbreviation written with its
 * full stops after a town and a comma (no acronym of a body: "N.H." is New Hampshire there).
 */
function stateAfterTown(text: string, w: Word): boolean {
  if (
    !w.text.endsWith('.') ||
    !(US_STATE_ABBREVIATIONS.has(plain(w.lower)) || US_STATE_INITIALS.has(w.lower))
  )
    return false;
  return TOWN_BEFORE.test(text.slice(Math.max(0, w.start - 40), w.start));
}

function usStateAbbreviation(w: Word): Decision {
  return {
    type: 'place',
    rule: 'en.place.us-state',
    placeKind: 'region',
    country: 'US',
    canonical: US_STATE_INITIALS.get(w.lower) ?? US_STATE_NAMES.get(plain(w.lower)),
  };
}

/** A company's reporting period or figures after its name in a headline ("H1 PROFIT", "NET LOSS", "Q3 SALES"). */
const RESULTS_WORDS = new Set(
  'profit profits net loss sales revenue revenues earnings turnover pretax pre-tax'.split(' '),
);
/** A company's reporting period after its name in a headline ("H1", "Q3", "9-MTH"): a company's, surely. */
const PERIOD_WORDS = new Set(
  'h1 h2 1h 2h q1 q2 q3 q4 1q 2q 3q 4q 9-mth 6-mth 3-mth nine-month six-month half-year'.split(' '),
);

/**
 * Does the body write the words in lower case but their initials, after a word in lower case ("said
 * engineer Korvex")? (A headline's "RETAIL SALES" is no name the body gives.)
 */
function namedInBody(text: string, words: readonly Word[]): boolean {
  const name = words.map((w) => titleCase(w.text)).join(' ');
  let at = text.indexOf(name);
  while (at >= 0) {
    if (
      /\p{Ll}[ \t]+$/u.test(text.slice(Math.max(0, at - 20), at)) &&
      !/^\p{L}/u.test(text.slice(at + name.length))
    )
      return true;
    at = text.indexOf(name, at + 1);
  }
  return false;
}

/** Verbs of a match's result in a headline, between the winner and the loser ("LEEDS BEAT HULL"). */
const RESULT_VERBS = new Set(
  'beat beats down downs edge edges rout routs crush crushes thrash thrashes stun stuns hold holds sink sinks overpower overpowers'.split(
    ' ',
  ),
);
/** Verbs before a club a player or coach goes to ("TO COACH LYON", "JOINS PORTO"). */
const CLUB_OBJECT_VERBS = new Set(['coach', 'coaches', 'join', 'joins', 'rejoin', 'rejoins']);

/**
 * Do words[i … i + n - 1] of a headline stand where a team does: right before or after a verb of a match's
 * result, after a verb a club is the object of, or owning the next word ("LYON'S KEEPER")?
 */
function matchSide(words: readonly Word[], i: number, n: number, text: string): boolean {
  const before = i > 0 ? words[i - 1]!.lower : '';
  const next = words[i + n];
  const last = words[i + n - 1]!;
  if (RESULT_VERBS.has(before) || CLUB_OBJECT_VERBS.has(before)) return true;
  if (next && RESULT_VERBS.has(next.lower)) return true;
  return /^['’]S[ \t]+\p{Lu}/u.test(text.slice(last.end, last.end + 5));
}

/** The first line of a review of the papers: "PRESS DIGEST - Kenya - June 3", "Press review: …". */
const PRESS_DIGEST = /\bpress[ \t]+(?:digest|review)\b/iu;

/**
 * A paper's title on a line of its own in a review of the papers ("DAILY NATION" over the stories it ran): the
 * whole line in capitals, one to four words below the headline, no dateline and no number.
 */
function digestTitle(text: string, chunk: Chunk): boolean {
  const words = chunk.words;
  if (chunk.line === 0 || chunk.dateline || !chunk.lineStart || words.length > 4) return false;
  if (!words.every((w) => isAllCaps(w.text) && !/\d/u.test(w.text))) return false;
  const lineEnd = text.indexOf('\n', words[words.length - 1]!.end);
  const rest = text.slice(words[words.length - 1]!.end, lineEnd < 0 ? text.length : lineEnd);
  return /^[ \t]*$/u.test(rest);
}

/**
 * Can a word of a line in capitals be a name after a title? A given name, a person the document names
 * ("SENATOR MARSH" over "… said Marsh"), or a word no dictionary holds; no nationality ("MAJOR ISLAMIC HOLIDAY").
 */
function headlineNameWord(c: Classifier, w: Word, known: ReadonlyMap<string, EntityType>): boolean {
  const l = plain(w.lower);
  if (!isAllCaps(w.text) || /\d/u.test(w.text) || NOT_NAMES.has(l) || HEADLINE_SPORTS.has(l)) return false;
  if (isTitleWord(l) || TITLE_MODIFIERS.has(l) || RESULTS_WORDS.has(l) || PERIOD_WORDS.has(l)) return false;
  if (known.get(w.lower) === 'person' || c.lex.firstNames.has(l)) return true;
  return !c.isEnglishWord(l) && !c.isDemonym(l);
}

/**
 * "PRESIDENT CLINTON VISITS OHIO", "PRIME MINISTER HOWARD FLIES TO JAKARTA", "POPE JOHN PAUL ARRIVES": in a
 * line in capitals, a title (its qualifiers before it) at words[i], then a name of one word, or two when the
 * first is a given name. The name runs from `name` to `end`; null when words[i] opens no title so followed. A name the document
 * gives a body or a country's or region's name is none ("GENERAL MOTORS", "PRESIDENT BUSH" when "Bush" is a
 * company there).
 */
function titledHeadlineName(
  c: Classifier,
  words: readonly Word[],
  i: number,
  known: ReadonlyMap<string, EntityType>,
): { name: number; end: number } | null {
  // ("BARATELLI TO COACH NICE": a title word after "TO" or a modal is a verb)
  if (
    !isAllCaps(words[i]!.text) ||
    CAPS_VERB_BEFORE.test(c.text.slice(Math.max(0, words[i]!.start - 8), words[i]!.start))
  )
    return null;
  let t = i;
  while (
    t < words.length &&
    TITLE_MODIFIERS.has(plain(words[t]!.lower)) &&
    !isTitleWord(plain(words[t]!.lower))
  )
    t++;
  if (t >= words.length || !isTitleWord(plain(words[t]!.lower))) return null;
  while (t + 1 < words.length && isTitleWord(plain(words[t + 1]!.lower))) t++;
  const name = t + 1;
  const first = words[name];
  if (!first || !headlineNameWord(c, first, known)) return null;
  let end = name + 1;
  const second = words[end];
  if (second && c.lex.firstNames.has(plain(first.lower)) && headlineNameWord(c, second, known)) end++;
  const span = words.slice(name, end);
  const k = key(span);
  if (known.get(k) === 'organization' || c.lex.organizations.has(k) || WELL_KNOWN_ORGS.has(k)) return null;
  const whole = key(words.slice(i, end));
  if (c.lex.organizations.has(whole) || WELL_KNOWN_ORGS.has(whole) || c.lex.sportsTeams.has(whole))
    return null;
  const p = c.place(span);
  if (p && (p.placeKind === 'country' || p.placeKind === 'region') && known.get(k) !== 'person') return null;
  return { name, end };
}

/**
 * Names in an all-caps line or a title-case headline: the dateline's place, those the body named, gazetteer
 * places, known organizations, companies by their legal form, a given name before words no dictionary holds.
 */
function headlineEntities(
  c: Classifier,
  chunk: Chunk,
  known: ReadonlyMap<string, EntityType>,
  knownOpenings: ReadonlySet<string>,
  personParts: ReadonlySet<string>,
  emit: (words: readonly Word[], d: Decision) => void,
): void {
  const words = chunk.words;
  const first = words[0]!;
  const end = words[words.length - 1]!.end;
  const ctx = around(c.text, first.start, end);
  if (chunk.dateline && chunk.lineStart && (/^\d{4}-\d\d-\d\d/u.test(ctx.after) || ctx.after === ',')) {
    if (!words.some(isLowerWordOrAmp)) {
      const d = c.place(words);
      if (!d && datelineBody(c, words)) {
        emit(words, { type: 'organization', rule: 'en.org.lexicon' });
        return;
      }
      emit(words, {
        type: 'place',
        rule: 'en.place.dateline',
        placeKind: d?.placeKind ?? 'city',
        country: d?.country ?? null,
      });
      return;
    }
  }
  // (the spans of two words or more that no rule below can decide are passed over before a key is built)
  const opens = spanOpenings(c.lex, words);
  const legalForm = words.map((w) => LEGAL_FORMS.has(plain(w.lower)));
  const texts = words.map((w) => w.text);
  let i = 0;
  while (i < words.length) {
    const titled = titledHeadlineName(c, words, i, known);
    if (titled) {
      // (the title in capitals is no title to show: the body gives it as written)
      emit(words.slice(titled.name, titled.end), { type: 'person', rule: 'en.person.headline-title' });
      i = titled.end;
      continue;
    }
    let done = false;
    const longest = Math.min(5, words.length - i);
    spansMayBeGazetteerKeys(texts, i, longest);
    for (let n = longest; n >= 1 && !done; n--) {
      if (
        n >= 2 &&
        HEADLINE_SPAN_VERDICT[n - 1] === 0 &&
        !opens[i] &&
        !legalForm[i + n - 1] &&
        !knownOpenings.has(words[i]!.lower)
      )
        continue;
      const span = words.slice(i, i + n);
      if (span.some(isLowerWordOrAmp)) continue;
      const k = key(span);
      const seen = known.get(k);
      let d: Decision | null = null;
      const match = c.sports && chunk.line === 0 && matchSide(words, i, n, c.text);
      const table = c.sports && chunk.line > 1 && !chunk.dateline;
      const tablePlace = table ? c.place(span) : null;
      // (a town that is also an English word or a given name, "NICE", "BRADFORD": the gazetteer's town there)
      const matchPlace = match ? (c.place(span) ?? gazetteerTown(span)) : null;
      // "RUGBY LEAGUE - LEEDS BEAT HULL", "OSLO'S STRIKER QUITS": a town beside a match's verb or owning a
      // player in a team sport's headline is its club (a country there is its national side, a place)
      if (matchPlace && matchPlace.placeKind !== 'country' && !NATIONS.has(k))
        d = { type: 'organization', rule: 'en.org.team-by-town' };
      // "… AS PUMAS BEAT SEALS": one word no list holds, no part of a person's name, beside the verb
      else if (
        match &&
        !matchPlace &&
        n === 1 &&
        seen !== 'person' &&
        !personParts.has(k) &&
        !c.lex.firstNames.has(plain(k)) &&
        !NOT_NAMES.has(plain(k)) &&
        !HEADLINE_SPORTS.has(k) &&
        (seen === 'organization' || !c.isEnglishWord(k) || /s$/u.test(k)) &&
        !nationalOpponent(c, words, i)
      )
        d = { type: 'organization', rule: 'en.org.team-in-match' };
      else if (tablePlace)
        d = c.teamInPlaceName(span, tablePlace, chunk)
          ? { type: 'organization', rule: 'en.org.team-by-town' }
          : tablePlace;
      else if (n === 1 && stateAfterTown(c.text, span[0]!)) d = usStateAbbreviation(span[0]!);
      // "KORVEX H1 PROFIT RISES", "ROMANIA ZELTA NET LOSS WIDENS": words no dictionary holds before a
      // company's period or figures in a headline are the company
      else if (
        !chunk.dateline &&
        seen !== 'place' &&
        (PERIOD_WORDS.has(words[i + n]?.lower ?? '') ||
          (RESULTS_WORDS.has(words[i + n]?.lower ?? '') && namedInBody(c.text, span))) &&
        span.every(
          (w) =>
            !c.isEnglishWord(w.lower) &&
            !c.lex.firstNames.has(plain(w.lower)) &&
            !personParts.has(w.lower) &&
            !c.place([w]) &&
            !RESULTS_WORDS.has(w.lower),
        )
      )
        d = { type: 'organization', rule: 'en.org.company-results' };
      else if (seen) d = { type: seen, rule: 'en.entity.headline-same-document' };
      else if (n === 1 && personParts.has(k)) d = { type: 'person', rule: 'en.person.headline-partial-name' };
      else if (NOT_NAMES.has(plain(k)) || HEADLINE_SPORTS.has(k)) d = null;
      // "Maria Lopez Is Right About Lisbon": a given name before words no dictionary or gazetteer holds
      else if (
        n >= 2 &&
        n <= 3 &&
        c.lex.firstNames.has(plain(span[0]!.lower)) &&
        span.slice(1).every((w) => !c.isEnglishWord(w.lower) && !c.place([w]))
      )
        d = { type: 'person', rule: 'en.person.first-name' };
      else if (c.lex.organizations.has(k) || c.lex.sportsTeams.has(k) || NATIONAL_SIDE_NICKNAMES.has(k))
        d = { type: 'organization', rule: 'en.org.lexicon' };
      else {
        const p = c.place(span);
        if (p)
          d =
            c.teamInPlaceName(span, p, chunk) && chunk.line > 0
              ? { type: 'organization', rule: 'en.org.team-by-town' }
              : p;
        // "Homegate Hospitality Inc.": a legal form names a company whatever the line's capitals
        else if (
          n > 1 &&
          LEGAL_FORMS.has(plain(span[n - 1]!.lower)) &&
          (i + n === words.length || c.isEnglishWord(words[i + n]!.lower)) // ("Bay Co Bldg Auth": no end)
        ) {
          const company = c.classify(span, chunk);
          if (company?.rule === 'en.org.suffix') d = company;
        }
      }
      if (d) {
        emit(span, d);
        i += n;
        done = true;
      }
    }
    if (!done) i++;
  }
}

/** Words of a team-sport match report. */
const MATCH_WORDS = new Set(
  'scored goal goals halftime half-time match league cup striker midfielder defender goalkeeper equaliser equalizer penalty season fixture stadium coach manager innings wicket touchdown quarterback pitcher playoff playoffs rebounds assists overtime buzzer tries conversions lineout scrum flanker winger wickets batsman bowler'.split(
    ' ',
  ),
);
const SCORE = /\b\d{1,3}-\d{1,3}\b/gu;
/** Words of the transfer market ("signed from Sporting on loan"). */
const TRANSFER_WORDS = new Set('transfer transfers signing signings loan loaned loans'.split(' '));
/** Players' positions: a story with them and the transfer market is about a team sport. */
const POSITIONS = new Set('striker midfielder defender goalkeeper winger forward'.split(' '));

/**
 * A report on a team sport, where clubs go by their towns: a team sport in the headline, or many
 * scores without an individual sport (tennis, athletics) in the headline.
 */
export function isSportsDocument(doc: Doc): boolean {
  const head = doc.text.slice(0, 200).toLowerCase();
  for (const m of head.matchAll(/\p{L}+/gu)) {
    if (TEAM_SPORTS.has(m[0])) return true;
    if (INDIVIDUAL_SPORTS.has(m[0])) return false;
  }
  const body = doc.text.slice(0, 5000);
  let scores = 0;
  for (const _ of body.matchAll(SCORE)) scores++;
  if (scores >= 4) return true;
  const words = new Set<string>();
  for (const m of body.toLowerCase().matchAll(/\p{L}+/gu))
    if (MATCH_WORDS.has(m[0]) || TRANSFER_WORDS.has(m[0])) words.add(m[0]);
  // a transfer story has no score: players' positions and the words of the transfer market
  if (scores === 0)
    return (
      words.size >= 5 &&
      [...words].some((w) => POSITIONS.has(w)) &&
      [...words].some((w) => TRANSFER_WORDS.has(w))
    );
  // a match report that names no sport: a score and the words of a match ("scored", "halftime", "league")
  return [...words].filter((w) => MATCH_WORDS.has(w)).length >= 3;
}
