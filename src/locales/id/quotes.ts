// Indonesian quotes: direct quotes between quotation marks with the cue next to them
// (”…,” kata Budi / Budi mengatakan, ”…” / ”…,” katanya), and indirect quotes
// (Budi mengatakan (bahwa) …, Menurut Budi, …, …, kata Budi.).
import { lookupPlace, placeSource } from '../../data/index.js';
import { type Attribution, attribute, colonHeadline, pairQuotes, TokenView } from '../../recognize/quotes.js';
import type { Context, Doc, EntityIndex, QuoteCandidate } from '../../recognize/types.js';
import { type SpeakerPhrase as Phrase, SpeakerResolver } from '../../resolve/speakers.js';
import { afterDateline } from '../../text/dateline.js';
import { lowerCase } from '../../text/fold.js';
import type { Span } from '../../text/segment.js';
import type { Organization, Person } from '../../types.js';
import { DEMONSTRATIVES, TOPIC_WORDS } from './lexicon/common.js';
import { NUMBERED_UNITS } from './lexicon/organizations.js';
import {
  CLAUSE_CONJUNCTIONS,
  COMMUNITY_NOUNS,
  CUE_STEMS,
  GROUP_QUANTIFIERS,
  NOT_NAME_WORDS,
  ORG_HEADS,
  PHRASE_STOPS,
  PRONOUNS,
  ROLE_WORDS,
  RULE_DOCUMENTS,
  SENTENCE_OPENERS,
  SPEECH_VERBS,
  SUBJECT_ADVERBS,
  UNNAMED_PEOPLE,
} from './lexicon/speech.js';
import { DEGREE, FORMER_WORDS, OFFICE_HEADS, RANKS } from './lexicon/titles.js';

// What a token is as a cue (IdView bits): a cue stem ("kata"), a speech verb ("mengatakan"), a stem
// with -nya ("katanya"), a quotation mark.
const CUE_STEM = 1;
const CUE_VERB = 2;
const CUE_NYA = 4;
const CUE_QUOTE = 8;
const CUE_MENURUT = 16;
const CUE_MENURUTNYA = 32;
const CUE_COMMA = 64;

/** The built-in cue words with their CUE_STEM / CUE_VERB bits. */
const BUILT_IN_CUES = new Map<string, number>();
for (const w of CUE_STEMS) BUILT_IN_CUES.set(w, (BUILT_IN_CUES.get(w) ?? 0) | CUE_STEM);
for (const w of SPEECH_VERBS) BUILT_IN_CUES.set(w, (BUILT_IN_CUES.get(w) ?? 0) | CUE_VERB);

/** The cue bits of a token (`w` is its lower case). */
function cueFlags(t: string, w: string, words: ReadonlyMap<string, number>): number {
  let f = t === ',' ? CUE_COMMA : t.length === 1 && QUOTE_CHARS.test(t) ? CUE_QUOTE : 0;
  f |= words.get(w) ?? 0;
  if (w.length > 5 && w.endsWith('nya') && ((words.get(w.slice(0, -3)) ?? 0) & CUE_STEM) !== 0) f |= CUE_NYA;
  if (w === 'menurut') f |= CUE_MENURUT;
  else if (w === 'menurutnya') f |= CUE_MENURUTNYA;
  return f;
}

/**
 * By the first two characters of a word, lower-cased ASCII (`a * 128 + b`, b = 0 for a one-letter
 * word): does some cue word (or "menurut") open so? Most words of a text do not, and need no look-up.
 */
interface Openings {
  two: Uint8Array;
  /**
   * By the first three letters (a–z, base 26) of a word of three or more: a bit per length (1 << n,
   * n capped at 31) of the cue forms (cue words, "menurut", "menurutnya", the -nya forms of the stems)
   * that open with them; null when some cue form goes beyond ASCII or opens with anything but three
   * ASCII letters. (Lower-casing keeps the length of any word whose lower case is ASCII.)
   */
  three: Uint32Array | null;
  /**
   * By code unit, the cue bits of a token of that one unit ("," a comma, "”" a quotation mark), plus
   * UNIT_KNOWN once worked out (0: not yet): punctuation is a good part of the tokens of a text.
   */
  units: Uint8Array;
}
/** Openings.units' mark of a unit whose bits are worked out. */
const UNIT_KNOWN = 128;
const openingsCache = new WeakMap<ReadonlyMap<string, number>, Openings>();
function openingsOf(words: ReadonlyMap<string, number>): Openings {
  let out = openingsCache.get(words);
  if (!out) {
    const two = new Uint8Array(128 * 128);
    for (const w of [...words.keys(), 'menurut']) {
      const a = w.charCodeAt(0);
      const b = w.length > 1 ? w.charCodeAt(1) : 0;
      // a cue word opening beyond ASCII or with a capital (a user's word): every word goes through
      if (a >= 128 || b >= 128 || (a >= 65 && a <= 90) || (b >= 65 && b <= 90)) two.fill(1);
      else two[a * 128 + b] = 1;
    }
    let three: Uint32Array | null = new Uint32Array(26 * 26 * 26);
    const forms = [...words.keys(), 'menurut', 'menurutnya'];
    for (const [w, bits] of words) if ((bits & CUE_STEM) !== 0 && w.length + 3 > 5) forms.push(`${w}nya`);
    for (const w of forms) {
      // (a form beyond ASCII could be the lower case of a longer or shorter word: no filter then)
      if (!/^[\x00-\x7f]*$/.test(w)) {
        three = null;
        break;
      }
      if (w.length < 3) continue;
      const code = letters3(w);
      if (code < 0) {
        three = null;
        break;
      }
      three[code]! |= 1 << Math.min(w.length, 31);
    }
    out = { two, three, units: new Uint8Array(0x10000) };
    openingsCache.set(words, out);
  }
  return out;
}

/** The first three characters of `w` as a base-26 number when they are ASCII letters (any case), else -1. */
function letters3(w: string): number {
  let code = 0;
  for (let i = 0; i < 3; i++) {
    const c = w.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return -1;
    code = code * 26 + (c - 97);
  }
  return code;
}

const asciiLower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
/** U+212A KELVIN SIGN, the one unit beyond ASCII whose lower case is ASCII ("k"). */
const KELVIN = 0x212a;

/**
 * The cue words of this call: the built-in ones and those of the user's lexicon. The user's verbs
 * (a short list) count in either form: "seloroh" also makes "selorohnya" a cue.
 */
function cueWords(ctx: Context): ReadonlyMap<string, number> {
  // (no list made when the lexicon has no verbs: an empty mapped array deoptimizes the filter)
  const verbs = ctx.lexicon.speechVerbs?.id;
  if (!verbs || verbs.length === 0) return BUILT_IN_CUES;
  const extra = verbs.map((w) => w.toLowerCase().trim()).filter(Boolean);
  if (extra.length === 0) return BUILT_IN_CUES;
  const all = new Map(BUILT_IN_CUES);
  for (const w of extra) all.set(w, CUE_STEM | CUE_VERB);
  return all;
}

const ROLES = new Set(ROLE_WORDS);
/** Prepositions that put what follows them in a modifier, not in the subject. */
const PREPOSITIONS = new Set([
  'di',
  'pada',
  'dalam',
  'kepada',
  'ke',
  'saat',
  'ketika',
  'seusai',
  'usai',
  'melalui',
  'lewat',
  'setelah',
  'sebelum',
  'sejak',
  'hingga',
  'oleh',
  'bagi',
  'untuk',
  ...TOPIC_WORDS,
]);
const DAYS = new Set(['senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu', 'minggu']);
const ORGS = new Set(ORG_HEADS);
const NOT_NAME = new Set([...NOT_NAME_WORDS, ...ROLE_WORDS, ...ORG_HEADS]);
const STOPS = new Set([...PHRASE_STOPS, ...SENTENCE_OPENERS]);
const SPEAKER_PRONOUNS = new Set(PRONOUNS);
const ADVERBS = new Set(SUBJECT_ADVERBS);
const CLAUSE_WORDS = new Set(CLAUSE_CONJUNCTIONS);
const DOCUMENTS = new Set(RULE_DOCUMENTS);
const PLACE_SOURCES = new Set(['exonym', 'country', 'id-province', 'id-regency', 'id-city']);
const MODIFIER_STARTS = new Set([
  'kepada',
  'dalam',
  'di',
  'saat',
  'ketika',
  'melalui',
  'lewat',
  'pada',
  'usai',
  'seusai',
]);
const ABBREVIATIONS = new Set([
  'dr',
  'drg',
  'drs',
  'dra',
  'ir',
  'h',
  'hj',
  'prof',
  'st',
  'kh',
  'mr',
  'mrs',
  'ms',
  'jr',
  'sr',
  'ny',
  'tn',
  'sdr',
]);
/** Offices, trades and roles that name a person ("pelatih", "dosen", "tersangka"). */
const OFFICE_WORDS = new Set(OFFICE_HEADS);
/** Lower-case words that may end a role before the person's name in apposition ("Ketua RT setempat, X,"). */
const APPOSITION_MODIFIERS = new Set(['setempat', 'tersebut', 'itu']);
/** Counts of people before a role in a speaker phrase ("seorang pedagang", "para petani"). */
const ROLE_COUNTS = new Set(['seorang', 'para', 'sejumlah', 'beberapa']);
const UNNAMED = new Set(UNNAMED_PEOPLE);
/** Cue words that are also everyday nouns or adjectives ("nilai ekonomi", "jelas terlihat", "tambah parah"). */
const NOUN_CUES = new Set(['nilai', 'jelas', 'tegas', 'tutur', 'tambah']);
/** Nouns for a person that a descriptor or a nickname can open ("pria yang akrab disapa X", "ibu dua anak itu"). */
const PERSON_NOUNS = new Set([
  'pria',
  'wanita',
  'perempuan',
  'lelaki',
  'laki-laki',
  'pemuda',
  'pemudi',
  'remaja',
  'bocah',
  'bapak',
  'ibu',
  'kakek',
  'nenek',
  'sosok',
  'ayah',
  'istri',
  'suami',
]);
/** Words that open a run saying where someone lives or comes from: "warga Kecamatan X". */
const RESIDENCE_WORDS = new Set(['warga', 'asal', 'penduduk', 'dari']);
const GROUP_NOUNS = new Set(COMMUNITY_NOUNS);
const GROUP_QUANTIFIER_SET = new Set(GROUP_QUANTIFIERS);
/** Administrative place words before a place name ("Kecamatan Wedi", "Desa Sukamaju"). */
const PLACE_HEADS = new Set([
  'kecamatan',
  'kelurahan',
  'desa',
  'dusun',
  'kampung',
  'kabupaten',
  'kota',
  'provinsi',
  'nagari',
  'gampong',
]);
/** Passive verbs of saying: "Hal itu disampaikan Budi". */
const PASSIVE_CUES = new Set([
  'dikatakan',
  'disampaikan',
  'diungkapkan',
  'dijelaskan',
  'ditegaskan',
  'dipaparkan',
  'diutarakan',
  'dikemukakan',
  'dituturkan',
  'disebutkan',
  'diucapkan',
  'dinyatakan',
  'ditambahkan',
  'diterangkan',
]);

/** Connectives that may open a sentence before its subject ("Namun, …", "Sementara itu, …"). */
const TOPIC_OPENERS = new Set([
  'namun',
  'sementara',
  'itu',
  'adapun',
  'selain',
  'kemudian',
  'lalu',
  'bahkan',
  'sebelumnya',
  'selanjutnya',
  'akhirnya',
  'kini',
  'praktis',
  'sedangkan',
]);

/** How far (in characters) a cue-less quote may stand from the cue or quote before it. */
const CONTINUE_WITHIN = 1500;

/** Verbs whose object is what was said even without "bahwa" or a comma. */
const CORE_VERBS = new Set([
  'mengatakan',
  'menyatakan',
  'menegaskan',
  'menjelaskan',
  'menambahkan',
  'mengungkapkan',
  'menuturkan',
  'menyebutkan',
  'berkata',
  'mengaku',
  'mengakui',
  'menilai',
  'memperingatkan',
  'mengklaim',
  'melaporkan',
  'menerangkan',
  'memaparkan',
  'berpendapat',
  'memperkirakan',
  'memprediksi',
]);
/** States an official assures ("memastikan stok beras aman"): a clause after "memastikan" without a verb. */
const ASSURED_STATES = new Set([
  'adalah',
  'aman',
  'cukup',
  'mencukupi',
  'memadai',
  'kondusif',
  'lancar',
  'normal',
  'siap',
  'sehat',
  'stabil',
  'terkendali',
  'tersedia',
]);
/**
 * Words before "memastikan" that make it a purpose or a task, nothing assured: "untuk memastikan …",
 * "bisa memastikan …", "meminta pengelola mal memastikan …" (a request verb a few words before).
 */
const TASK_BEFORE = new Set(['untuk', 'agar', 'guna', 'demi', 'supaya', 'bisa', 'dapat', 'mampu', 'sulit']);
/** Verbs that make someone say or think something: "membuat Rabiot menilai …". */
const CAUSATIVES = new Set(['membuat', 'menyebabkan', 'memicu', 'memaksa', 'menjadikan']);
/** Verbs that set someone a task: "meminta pengelola mal memastikan …". */
const REQUEST_VERBS = new Set([
  'meminta',
  'mengimbau',
  'mengajak',
  'mendorong',
  'menginstruksikan',
  'memerintahkan',
  'menugaskan',
]);
/**
 * What "melaporkan" files or books rather than says: a firm's results ("melaporkan laba Rp 29
 * triliun") and a case taken to the police ("melaporkan kasus itu ke polisi").
 */
const FILED_OBJECTS = new Set([
  'laba',
  'rugi',
  'kerugian',
  'keuntungan',
  'pendapatan',
  'penjualan',
  'kinerja',
  'kasus',
  'kejadian',
  'peristiwa',
  'pelaku',
]);
/**
 * Nouns that a reporting verb takes as its topic or list rather than as the subject of what was said
 * ("menjelaskan kronologi kejadian", "menyebutkan tiga nama tersangka").
 */
const TOPIC_OBJECTS = new Set([
  'kronologi',
  'kronologis',
  'rincian',
  'detail',
  'identitas',
  'nama',
  'nama-nama',
  'daftar',
  'alasan',
  'alasannya',
  'duduk',
]);
/** Negations, wishes and attempts before a reporting verb: nothing was said ("ingin memastikan", "tidak menyebut"). */
const UNSAID_BEFORE = new Set(
  'tidak tak belum bukan enggan ingin hendak mau mencoba berusaha perlu harus wajib menolak gagal lupa'.split(
    ' ',
  ),
);
/** What "menyebut" names rather than reports: "menyebut nama …", "menyebut dirinya …". */
const NAMING_OBJECTS = new Set(['nama', 'namanya', 'nama-nama', 'dirinya', 'diri']);
/** Auxiliaries and plain verbs that show a clause after "menyebut" ("… akan dilanjutkan", "… naik"). */
const CLAUSE_AUXILIARIES = new Set([
  'akan',
  'telah',
  'sudah',
  'masih',
  'harus',
  'bisa',
  'dapat',
  'tidak',
  'tak',
  'belum',
  'sedang',
  'tengah',
  'perlu',
  'mampu',
  'bakal',
  'sempat',
  'pernah',
  'mulai',
  'ingin',
  'kerap',
  'sering',
  'ada',
  'berada',
  'naik',
  'turun',
  'tumbuh',
  'tiba',
  'hilang',
  'tewas',
  'habis',
  'jatuh',
]);
/** Looks like a verb with a meN-, ber- or di- prefix. */
const VERB_LIKE = /^(mem|men|meng|meny|ber|di|ter)\p{L}{4,}$/u;
/** Looks like an active verb, meN- or ber- ("menyalurkan", "berencana"): a predicate, not a passive circumstance. */
const ACTIVE_VERB_LIKE = /^(mem|men|meng|meny|ber)\p{L}{4,}$/u;
const QUOTE_CHARS = /^["“”„«»‘’'‚‹›]$/u;

/** A world city of at least 100,000 people ("Liverpool"; not "Bambang", a small namesake of a given name). */
function bigTown(s: string): boolean {
  const p = lookupPlace(s);
  return p !== null && p.source === 'world-city' && p.population >= 5;
}

/** Is this capitalized word (or pair of words) a well-known place? */
function isPlace(s: string): boolean {
  const source = placeSource(s);
  return source !== null && PLACE_SOURCES.has(source);
}

/** The token view with the Indonesian phrase rules: speaker phrases, subjects, reported content. */
class IdView extends TokenView {
  /** Per token, what kind of cue word it is (CUE_* bits), computed in one pass. */
  private readonly cues: Uint8Array;

  constructor(
    doc: Doc,
    words: ReadonlyMap<string, number>,
    /** The document's people and bodies, when known: a word they name is a name. */
    private readonly entities: EntityIndex | null = null,
  ) {
    super(doc);
    this.cues = new Uint8Array(this.size);
    const { two, three, units } = openingsOf(words);
    for (let k = 0; k < this.size; k++) {
      const t = this.text(k);
      const a = t.charCodeAt(0);
      // one-unit tokens (punctuation, quotation marks, dashes, a letter of another script) come again and
      // again: the flags of each unit are worked out once
      if (t.length === 1) {
        let f = units[a]!;
        if (f === 0) {
          f = cueFlags(t, lowerCase(t), words) | UNIT_KNOWN;
          units[a] = f;
        }
        this.cues[k] = f & ~UNIT_KNOWN;
        continue;
      }
      const b = t.charCodeAt(1);
      // when every cue form is ASCII (`three`), a word opening with a unit beyond ASCII is none: the lower
      // case of such a unit is beyond ASCII too, save the Kelvin sign's "k" (a word of another script in
      // hostile input, otherwise lower-cased and looked up for nothing)
      if (three !== null && ((a >= 128 && a !== KELVIN) || (b >= 128 && b !== KELVIN))) continue;
      // a word whose (ASCII) first two letters open no cue word is none: no need to lower-case it
      if (a >= 128 || b >= 128 || two[asciiLower(a) * 128 + asciiLower(b)]) {
        // nor is one whose first three letters and length are those of no cue form
        if (three !== null && t.length >= 3) {
          const code = letters3(t);
          if (code >= 0 && (three[code]! & (1 << Math.min(t.length, 31))) === 0) continue;
        }
        this.cues[k] = cueFlags(t, lowerCase(t), words);
      }
    }
  }

  /** Can an indirect quote hang on token k: a speech verb, "menurut(nya)" or a comma? */
  opensIndirect(k: number): boolean {
    return this.cue(k, CUE_VERB | CUE_MENURUT | CUE_MENURUTNYA | CUE_COMMA);
  }
  isMenurut(k: number): boolean {
    return this.cue(k, CUE_MENURUT);
  }
  isMenurutnya(k: number): boolean {
    return this.cue(k, CUE_MENURUTNYA);
  }
  private cue(k: number, bit: number): boolean {
    return k >= 0 && k < this.size && (this.cues[k]! & bit) !== 0;
  }
  isCueStem(k: number): boolean {
    return this.cue(k, CUE_STEM);
  }
  isSpeechVerb(k: number): boolean {
    return this.cue(k, CUE_VERB);
  }
  /** katanya, ujarnya, tuturnya… */
  isNyaCue(k: number): boolean {
    return this.cue(k, CUE_NYA);
  }
  /** Is token k a mention of a person the entities found? */
  private personAt(k: number): boolean {
    const e = this.entityAt(k);
    return e !== null && 'titles' in e;
  }
  /** Is token k a mention of an organization the entities found? */
  private orgAt(k: number): boolean {
    const e = this.entityAt(k);
    return e !== null && !('titles' in e);
  }
  /** Are tokens a and k inside one mention of an organization the entities found? */
  private sameOrgAt(a: number, k: number): boolean {
    return this.orgAt(a) && this.entityAt(a) === this.entityAt(k);
  }
  /** The person or organization one of whose mentions overlaps token k, if any. */
  private entityAt(k: number): Person | Organization | null {
    return this.entities?.at(this.start(k), this.end(k)) ?? null;
  }
  private isNameWord(k: number): boolean {
    if (!this.isCapitalized(k) || STOPS.has(this.lower(k))) return false;
    if (!NOT_NAME.has(this.lower(k))) return true;
    // ("…, Agung Prasetyo, menyebut": an office's word opening a person's name the entities found is the name's;
    // "…, Pri Agung Rakhmanto, menilai": inside it too)
    const e = this.entityAt(k);
    if (e === null || !('titles' in e)) return false;
    const at = this.start(k);
    const end = this.end(k);
    return e.mentions.some(
      (m) =>
        m.start <= at &&
        m.end >= end &&
        m.end - m.start > end - at &&
        // (not inside a mention an office's word opens: "Head … Anak Agung Ngurah …" is no name's run)
        (m.start === at || this.isNameWord(this.tokenAt(m.start))),
    );
  }
  /** A dot after an initial or short abbreviation ("M. Fadil", "Dr. Budi"). */
  private isAbbrevDot(k: number): boolean {
    if (this.text(k) !== '.' || this.end(k - 1) !== this.start(k) || !this.isCapitalized(k + 1)) return false;
    const w = this.text(k - 1);
    return (w.length === 1 && this.isCapitalized(k - 1)) || ABBREVIATIONS.has(w.toLowerCase());
  }
  /** Index after a bracketed group of capitalized words starting at k ("(KAI Commuter)", "(Pol)"), or -1. */
  private capsGroupEnd(k: number): number {
    if (this.text(k) !== '(') return -1;
    let j = k + 1;
    while (j < this.size && j - k <= 5 && (this.isCapitalized(j) || this.text(j) === '-')) j++;
    return j > k + 1 && this.text(j) === ')' ? j + 1 : -1;
  }

  /**
   * The name inside the speaker phrase tokens [a, b]: the last run of capitalized words that are not
   * titles, organization words or places.
   */
  nameIn(a: number, b: number): Span | null {
    let j = b;
    // A bracketed acronym at the end is an organization's ("peneliti LIPI (Lembaga …)").
    // An age in brackets after a name is no part of it: "Siti Aminah (45)".
    if (this.text(j) === ')' && j - 2 >= a && this.text(j - 2) === '(' && /^\d{1,3}$/.test(this.text(j - 1)))
      j -= 3;
    if (this.text(j) === ')') return null;
    while (j >= a && !this.isWord(j)) j--;
    const last = j;
    let first = -1;
    for (; j >= a; j--) {
      if (this.isAbbrevDot(j)) continue;
      if (!this.isNameWord(j)) break;
      if (isPlace(this.text(j))) break;
      // "… PP PBSI Rionny Mainaky": a body's acronym before the name belongs to the office
      // (two capitals are initials, "Bambang PS Brodjonegoro"; capitals after capitals one name, "OCBC NISP")
      if (
        j < last &&
        first >= 0 &&
        /^\p{Lu}{3,}$/u.test(this.text(j)) &&
        !/^\p{Lu}+$/u.test(this.text(j + 1))
      )
        break;
      if (j > a && this.isCapitalized(j - 1) && isPlace(`${this.text(j - 1)} ${this.text(j)}`)) break;
      first = j;
    }
    if (first < 0) return null;
    // "manajer Liverpool Arne Slot": after a role word, a town (its club) before a two-word name is
    // the role's, not the person's
    if (
      last - first >= 2 &&
      first > 0 &&
      (ROLES.has(this.lower(first - 1)) || OFFICE_WORDS.has(this.lower(first - 1))) &&
      bigTown(this.text(first))
    )
      first++;
    return { start: this.start(first), end: this.end(last) };
  }

  /**
   * After "Menurut X," at c: the index after the other sources listed with X, when they close with "dan" or "serta"
   * ("Temasek, dan Bain & Company,"), else c.
   */
  listedSourcesEnd(c: number): number {
    let k = c;
    for (let items = 0; items < 4; items++) {
      const last = this.lower(k) === 'dan' || this.lower(k) === 'serta';
      if (last) k++;
      let e = k;
      while (e < this.size && e - k < 5 && (this.isCapitalized(e) || this.text(e) === '&')) e++;
      if (e === k || this.text(e) !== ',') return c;
      k = e + 1;
      if (last) return k;
    }
    return c;
  }

  /**
   * Can the phrase at k name a speaker: a capitalized word, a role, a person's or a body's noun, or a count before
   * one ("seorang warga")?
   */
  speakerNounAt(k: number): boolean {
    if (this.isCapitalized(k)) return true;
    const w = this.lower(k);
    if (ROLES.has(w) || PERSON_NOUNS.has(w) || ORGS.has(w) || UNNAMED.has(w)) return true;
    const counted = this.countEnd(k);
    return counted > k && this.speakerNounAt(counted);
  }

  /** The speaker phrase after an inverted cue: "kata [Kepala Dinas X Budi Santoso]", "kata [dia]". */
  phraseAfter(k: number, limit: number): Phrase | null {
    if (k >= this.size || this.start(k) >= limit) return null;
    const w0 = this.lower(k);
    if (SPEAKER_PRONOUNS.has(w0)) return { start: this.start(k), end: this.end(k), kind: 'pronoun' };
    // "ujar pria yang akrab disapa Bang Jali itu": the name the person goes by
    // ("ujar pebulu tangkis yang akrab disapa Jojo itu": any role in lower case, with "yang" and "disapa")
    const nick = PERSON_NOUNS.has(w0)
      ? this.nicknameAfter(k, limit)
      : !this.isCapitalized(k) && this.isWord(k)
        ? this.nicknameAfter(k, limit, true)
        : null;
    if (nick) return { start: this.start(k), end: nick.end, kind: 'name', name: nick };
    // "kata pria yang juga Ketua Koperasi Pedagang itu": a person noun, a relative clause that may name an office,
    // closed by a demonstrative at the phrase's end, points back like a pronoun
    const described = PERSON_NOUNS.has(w0) ? this.relativeDescribed(k, limit) : -1;
    if (described >= 0) return { start: this.start(k), end: this.end(described), kind: 'pronoun' };
    // "kata seorang pedagang di …", "ujar salah seorang warga": a count before the role is part of it
    let j = k;
    const counted = this.countEnd(k);
    if (counted > k && (ROLES.has(this.lower(counted)) || UNNAMED.has(this.lower(counted)))) j = counted;
    const countedRole = j > k;
    let lastGood = -1;
    let sawCap = false;
    while (j < this.size && this.start(j) < limit && j - k < 20) {
      const w = this.lower(j);
      // "pengamat dari Universitas X": the role's organization
      if (!sawCap && w === 'dari' && j > k && this.isCapitalized(j + 1)) {
        j++;
        continue;
      }
      // "kata Direktur Penyidikan pada Jampidsus Kejagung Kuntadi": an office held in a body
      if (
        j > k &&
        w === 'pada' &&
        (ROLES.has(w0) || OFFICE_WORDS.has(w0)) &&
        this.isCapitalized(j + 1) &&
        (ROLES.has(this.lower(j + 1)) ||
          OFFICE_WORDS.has(this.lower(j + 1)) ||
          ORGS.has(this.lower(j + 1)) ||
          /^\p{Lu}{2,}$/u.test(this.text(j + 1)))
      ) {
        j++;
        continue;
      }
      // "Menteri Riset dan Teknologi", "Kementerian Koperasi dan UKM", "Head of X": a connector inside a name
      if (
        sawCap &&
        (w === 'dan' || w === 'of' || w === 'at' || w === '&' || this.text(j) === '/') &&
        this.isCapitalized(j + 1)
      ) {
        j++;
        continue;
      }
      // Stop words end the phrase; capitalized ones only when they are days ("Senin") or open a
      // clause, not inside a name ("Menteri Dalam Negeri").
      if (STOPS.has(w) && (!this.isCapitalized(j) || DAYS.has(w) || j === k)) break;
      if (this.isCapitalized(j)) {
        sawCap = true;
        lastGood = j++;
        continue;
      }
      if (this.isAbbrevDot(j)) {
        j++;
        continue;
      }
      const group = this.capsGroupEnd(j);
      if (group > 0) {
        lastGood = group - 1;
        j = group;
        continue;
      }
      // "Covid - 19", "Menteri Riset dan Teknologi / Kepala Badan …" inside a role.
      const t = this.text(j);
      if (
        sawCap &&
        (t === '-' || t === '/' || w === 'dan' || /^\d+$/.test(t)) &&
        (this.isCapitalized(j + 1) || /^\d+$/.test(this.text(j + 1)))
      ) {
        j++;
        continue;
      }
      if (!this.isWord(j) || this.isSpeechVerb(j) || this.isCueStem(j)) break;
      if (ROLES.has(w) || ORGS.has(w) || NOT_NAME.has(w) || (!sawCap && j - k < 3)) {
        lastGood = j++;
        continue;
      }
      break;
    }
    if (lastGood < k) return null;
    const start = this.start(k);
    const end = this.end(lastGood);
    // "ujar politikus Partai Nasdem itu", "kata bapak tiga anak itu": a person described again by a
    // role (and its body) or a person noun points back
    const again = this.demonstrativeAfter(k, lastGood, limit);
    if (again >= 0) return { start, end: this.end(again), kind: 'pronoun' };
    const name = this.nameIn(k, lastGood);
    // "Menurut Ketua RT setempat, Sutarno (63), …": a body's acronym, then the person in apposition
    let e = lastGood;
    while (e + 1 < this.size && e - lastGood < 2 && APPOSITION_MODIFIERS.has(this.lower(e + 1))) e++;
    if (name && (e > lastGood || /^\p{Lu}{2,}$/u.test(this.doc.text.slice(name.start, name.end)))) {
      const apposed = this.apposedName(e, limit);
      if (apposed) return { start, end: apposed.end, kind: 'name', name: apposed };
    }
    // A name right after an organization word names the place or office ("Kepala Dusun
    // Nglahar"); the person may follow after commas.
    // "kata Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Budi": a title's list of fields
    // runs on past its commas to the name after "dan"
    const listed = ROLES.has(w0) ? this.nameAfterTitleList(lastGood, limit) : null;
    if (listed) return { start, end: listed.end, kind: 'name', name: listed };
    const ofPlace = name !== null && ORGS.has(this.lower(this.tokenAt(name.start) - 1));
    if (name && !ofPlace) return { start, end, kind: 'name', name };
    // A role followed by the name in apposition: "kata juru bicara Polda, Budi Santoso.",
    // "kata Kepala Puskesmas X, Jakarta Utara, Budi Santoso ketika …"
    const apposed = this.apposedName(lastGood, limit);
    if (apposed) return { start, end: apposed.end, kind: 'name', name: apposed };
    if (name) return { start, end, kind: 'name', name };
    if (!sawCap && !ROLES.has(this.lower(lastGood)) && !ROLES.has(w0) && !countedRole) return null;
    return { start, end, kind: 'role' };
  }

  /**
   * The demonstrative closing "pria yang juga Ketua … itu" (a person noun at k, "yang", up to twelve words with no
   * speech verb, itu/tersebut before the phrase's end), or -1.
   */
  private relativeDescribed(k: number, limit: number): number {
    if (this.lower(k + 1) !== 'yang') return -1;
    for (let d = k + 2; d < this.size && d - k <= 14 && this.start(d) < limit; d++) {
      if (!this.isWord(d) || this.isSpeechVerb(d)) return -1;
      const w = this.lower(d);
      if (w !== 'itu' && w !== 'tersebut') continue;
      return d + 1 >= this.size || /^[,.;:!?"”)]$/u.test(this.text(d + 1)) ? d : -1;
    }
    return -1;
  }

  /**
   * The token of the demonstrative that makes the phrase from k to lastGood a person described
   * again, or -1: "ujar politikus Partai Nasdem itu", "kata bapak tiga anak itu", "ujar mantan
   * menteri tersebut", "menurut Wali Kota Semarang dua periode ini" (a role or person noun, maybe
   * after "mantan"; up to three lowercase words after it; itu/tersebut/ini closing the phrase).
   */
  private demonstrativeAfter(k: number, lastGood: number, limit: number): number {
    const head = FORMER_WORDS.has(this.lower(k)) && k < lastGood ? k + 1 : k;
    const h = this.lower(head);
    const capitalized = this.isCapitalized(head);
    // ("kata mahasiswa Teknik Geofisika angkatan 2022 itu": a person by their part in the story too)
    if (!(ROLES.has(h) || OFFICE_WORDS.has(h) || (!capitalized && (PERSON_NOUNS.has(h) || UNNAMED.has(h)))))
      return -1;
    // a capitalized title names no one when the demonstrative shows the person was named before
    let d = lastGood + 1;
    const words = d;
    while (
      d < this.size &&
      d - words < 3 &&
      this.start(d) < limit &&
      /^[\p{Ll}\d]+$/u.test(this.text(d)) &&
      !DEMONSTRATIVES.has(this.lower(d)) &&
      !STOPS.has(this.lower(d)) &&
      !this.isSpeechVerb(d)
    )
      d++;
    if (d >= this.size || this.start(d) >= limit || !DEMONSTRATIVES.has(this.lower(d))) return -1;
    // "ini" in lowercase descriptors only when the phrase ends there ("…, ujar pria kelahiran Solo ini.")
    const next = this.text(d + 1);
    if (
      d + 1 < this.size &&
      !/^[,.;:!?"”)]$/u.test(next) &&
      !this.isSpeechVerb(d + 1) &&
      !/^(saat|ketika|kepada|di|dalam|usai|seusai|melalui|lewat|pada)$/u.test(this.lower(d + 1))
    )
      return -1;
    if (capitalized && d === words && !ROLES.has(h)) return -1;
    return d;
  }

  /**
   * "[Pelatih asal Kroasia itu] menambahkan", "[Perempuan tersebut] mengaku": a role or person noun that
   * opens the sentence and closes with itu/tersebut before the verb, naming no one, points back like a pronoun.
   */
  private describedAgain(j: number, floor: number): Phrase | null {
    if (!/^(itu|tersebut)$/.test(this.lower(j))) return null;
    const first = this.openingWord(floor, j);
    if (j - first < 1 || j - first > 8) return null;
    // ("Mantan wali kota itu mengatakan": a former office points back too)
    const at = FORMER_WORDS.has(this.lower(first)) && first + 1 < j ? first + 1 : first;
    const head = this.lower(at);
    const office = ROLES.has(head) || OFFICE_WORDS.has(head);
    if (!office && !PERSON_NOUNS.has(head)) return null;
    // ("Presiden Partai Keadilan Sejahtera (PKS) itu": an office's body, its short form in brackets)
    for (let t = first; t < j; t++) {
      const group = office ? this.capsGroupEnd(t) : -1;
      if (group > 0) {
        t = group - 1;
        continue;
      }
      if (!this.isWord(t) || this.isSpeechVerb(t)) return null;
    }
    // (a name right after a person noun names the person: "Pria Budi itu"; after an office, capitalized words
    // are its body: "Presiden PKS itu", "Ketua Partai Demokrat itu")
    if (this.nameIn(first, j - 1) && !(office && this.bodyAfterOffice(at + 1, j))) return null;
    return { start: this.start(first), end: this.end(j), kind: 'pronoun' };
  }

  /**
   * "[Seorang karyawan divisi teknologi] yang enggan disebutkan namanya mengaku …": a role or person noun
   * opening the sentence, a relative clause after it, then the verb at k: the role speaks; so does a counted
   * one right before the verb ("[Seorang pedagang] mengatakan …").
   */
  private roleWithClause(k: number, floor: number): Phrase | null {
    const first = this.openingWord(floor, k);
    const head = this.countEnd(first);
    const h = this.lower(head);
    if (k - first > 14 || !(ROLES.has(h) || PERSON_NOUNS.has(h) || (head > first && UNNAMED.has(h))))
      return null;
    let rel = -1;
    for (let t = head + 1; t < k; t++) {
      if (!this.isWord(t) || this.isSpeechVerb(t) || this.isCueStem(t)) return null;
      if (rel < 0 && this.lower(t) === 'yang') rel = t;
      // (a name in the role names the person: "Seorang warga, Budi, yang …" is the name's)
      if (rel < 0 && this.isCapitalized(t)) return null;
      // ("Saksi dan warga yang melihat …": a list of kinds of people reports as a group, not a role)
      if (rel < 0 && (this.lower(t) === 'dan' || this.lower(t) === 'serta')) return null;
    }
    // ("Seorang pedagang (sayur) mengatakan …": a counted role right before the verb speaks too)
    if (rel < 0 && head > first && k - head <= 2)
      return { start: this.start(first), end: this.end(k - 1), kind: 'role' };
    if (rel < 0 || rel - head > 4) return null;
    return { start: this.start(first), end: this.end(rel - 1), kind: 'role' };
  }

  /** The first token of the sentence at `floor` after its connectives and commas ("Sementara itu, …"), before `k`. */
  private openingWord(floor: number, k: number): number {
    let first = this.tokenAt(floor);
    while (first < k && (TOPIC_OPENERS.has(this.lower(first)) || this.text(first) === ',')) first++;
    return first;
  }

  /** The token after a count of people at k ("seorang", "salah seorang", "para"), or k when none is there. */
  private countEnd(k: number): number {
    if (this.lower(k) === 'salah' && this.lower(k + 1) === 'seorang') return k + 2;
    return ROLE_COUNTS.has(this.lower(k)) ? k + 1 : k;
  }

  /**
   * Are tokens s..e after an office head lower-case words, then nothing or a body: an acronym or capitalized
   * words an organization word opens ("PKS", "Partai Keadilan Sejahtera (PKS)"), no personal name?
   */
  private bodyAfterOffice(s: number, e: number): boolean {
    let k = s;
    while (k < e && !this.isCapitalized(k)) k++;
    if (k === e) return true;
    return /^\p{Lu}{2,}$/u.test(this.text(k)) || ORGS.has(this.lower(k));
  }

  /**
   * "pria yang akrab disapa [Bang Jali] itu", "perempuan yang biasa dipanggil [Mak Ijah]": the name after
   * a person noun and "disapa"/"dipanggil", within six words.
   */
  private nicknameAfter(k: number, limit: number, strict = false): Span | null {
    let relative = false;
    for (let j = k + 1; j < this.size && j - k <= 6 && this.start(j) < limit; j++) {
      const w = this.lower(j);
      if (w === 'yang') relative = true;
      if (strict && !/^[\p{L}-]+$/u.test(this.text(j))) return null;
      if (w !== 'disapa' && w !== 'dipanggil' && (strict || w !== 'disebut')) continue;
      if (strict && !relative) return null;
      let b = j + 1;
      while (b < this.size && b - j <= 4 && this.start(b) < limit && this.isCapitalized(b)) b++;
      return b > j + 1 ? { start: this.start(j + 1), end: this.end(b - 1) } : null;
    }
    return null;
  }

  /**
   * The name closing a list of a title's fields after token e: ", Hukum, dan Keamanan Budi Santoso"
   * (one-word capitalized fields between commas, then "dan", capitalized words and the name).
   */
  private nameAfterTitleList(e: number, limit: number): Span | null {
    let c = e + 1;
    const field = (t: number) =>
      this.isCapitalized(t) && !DAYS.has(this.lower(t)) && !OFFICE_WORDS.has(this.lower(t));
    for (let fields = 0; fields < 4 && this.text(c) === ',' && field(c + 1); fields++) c += 2;
    if (this.text(c) === ',') c++;
    // "…, dan Gubernur X Ridwan": a second speaker with a role of their own, not a field
    if (c === e + 1 || this.lower(c) !== 'dan' || !field(c + 1)) return null;
    let b = c + 1;
    while (b - c < 8 && this.start(b + 1) < limit && (this.isCapitalized(b + 1) || this.isAbbrevDot(b + 1)))
      b++;
    if (this.start(b) >= limit) return null;
    const n = this.nameIn(c + 1, b);
    return n && n.start > this.start(c + 1) && n.end === this.end(b) ? n : null;
  }

  /**
   * The last comma-separated run after token e that is wholly a person's name
   * (", Rumah Sakit X, Budi Santoso,"), looking at up to four runs.
   */
  private apposedName(e: number, limit: number): Span | null {
    let best: Span | null = null;
    for (let runs = 0; this.text(e + 1) === ',' && runs < 4; runs++) {
      let a = e + 2;
      if (this.lower(a) === 'dan') a++;
      if (!this.isCapitalized(a) || this.start(a) >= limit) break;
      let b = a;
      while (b - a < 8 && this.start(b + 1) < limit && (this.isCapitalized(b + 1) || this.isAbbrevDot(b + 1)))
        b++;
      const n = this.nameIn(a, b);
      if (n && n.start === this.start(a)) best = n;
      e = b;
    }
    return best;
  }

  /** The subject right before the verb at k: "[Budi] (juga) mengatakan", "[Kepala Dinas X, Budi,] mengatakan". */
  subjectBefore(k: number, floor: number): Phrase | null {
    let j = k - 1;
    const described = this.describedAgain(j, floor) ?? this.roleWithClause(k, floor);
    if (described) return described;
    // "Pihak BRI selaku pemilik mesin ATM menyatakan", "PT Jasa Marga sebagai pengelola tol menyatakan": what
    // "selaku" or "sebagai" opens tells what the subject before it is
    const aside = this.capacityBefore(k, floor);
    if (aside >= 0) return this.subjectBefore(aside, floor);
    while (j >= 0 && this.start(j) >= floor && ADVERBS.has(this.lower(j))) j--;
    if (j < 0 || this.start(j) < floor) return null;
    if (SPEAKER_PRONOUNS.has(this.lower(j)))
      return { start: this.start(j), end: this.end(j), kind: 'pronoun' };
    if (this.text(j) === ',') {
      // Apposition: "Budi Santoso, pengamat dari X, mengatakan" / "Pengamat X, Budi Santoso, mengatakan".
      let p = j - 1;
      while (p >= 0 && this.start(p) >= floor && this.text(p) !== ',' && j - p < 16) p--;
      // "Budi, yang dihubungi dari Jakarta, Jumat (5/6), mengatakan": a relative clause, a time or
      // a day between commas tells about the subject before it
      if (p < 0 || this.start(p) < floor || this.text(p) !== ',') return null;
      if (this.asideBetween(p, j)) return this.subjectBefore(p + 1, floor) ?? this.subjectBefore(p, floor);
      const inner = this.nameIn(p + 1, j - 1);
      // "Seorang karyawan …, sebut saja Rina, mengatakan": the name the article gives the subject
      if (
        inner &&
        this.lower(p + 1) === 'sebut' &&
        this.lower(p + 2) === 'saja' &&
        inner.end === this.end(j - 1)
      )
        return { start: inner.start, end: inner.end, kind: 'name', name: inner };
      // "Peneliti Universitas X, dokter Budi Santoso, mengatakan": lowercase role words, then the
      // name that closes the run, is the person the run before describes
      // (not where one lives: "Ujang Saepudin (52), warga Kampung Rawacina, mengaku" is Ujang's)
      const residence = RESIDENCE_WORDS.has(this.lower(p + 1));
      if (
        inner &&
        !residence &&
        inner.end === this.end(j - 1) &&
        this.onlyRoleWordsBefore(p + 1, inner.start) &&
        // ("Aiptu Yohanis Wenda, anggota Bhabinkamtibmas Distrik X, mengatakan": a body closing the run is where the
        // subject before it serves)
        !this.orgAt(this.tokenAt(inner.start))
      )
        return { start: this.start(p + 1), end: inner.end, kind: 'name', name: inner };
      // "…, H. Mulyadi (61), mengatakan", "…, Dr. Wijayanto, menilai": honorifics before the name;
      // "Direktur PT X, Kolonel (Purn) Budi Santoso, mengatakan": a rank
      if (inner && (this.onlyHonorificsBefore(p + 1, inner.start) || this.rankBefore(p + 1, inner.start)))
        return { start: inner.start, end: inner.end, kind: 'name', name: inner };
      const before = this.runBefore(p, floor);
      const name = before === null ? null : this.nameIn(before, p - 1);
      // "Salah seorang jemaah, Siti Aminah (68), warga Kecamatan Wedi, Klaten, mengaku": the runs
      // after the person's name say where they live; the name is the run before them
      if (before !== null && name && this.residenceRun(before, name.start)) {
        const person = this.apposedBefore(before - 1, floor);
        if (person) return { start: person.start, end: person.end, kind: 'name', name: person };
      }
      if (before !== null && name)
        return { start: this.start(before), end: this.end(p - 1), kind: 'name', name };
      // "…, dosen Universitas X Dr. Budi Santoso, menjelaskan": a role, then the name, between commas
      const lead = this.lower(p + 1);
      if (inner && (ROLES.has(lead) || ORGS.has(lead)))
        return { start: this.start(p + 1), end: inner.end, kind: 'name', name: inner };
      return null;
    }
    const first = this.runBefore(j + 1, floor);
    // "Budi dari PT Maju Jaya mengatakan": the person before "dari" is the subject.
    // ("Anggota Komisi I dari Fraksi PKS Sukamta menilai": a faction or party an office is held for, then the
    // holder's name, is the office's; the holder is the subject)
    if (
      first !== null &&
      first > 0 &&
      /^(dari|asal)$/.test(this.lower(first - 1)) &&
      !(/^(fraksi|partai)$/u.test(this.lower(first)) && this.personAt(j))
    ) {
      const person = this.runBefore(first - 1, floor);
      if (person !== null && this.nameIn(person, first - 2)) {
        const name = this.nameIn(person, first - 2)!;
        return { start: this.start(person), end: this.end(j), kind: 'name', name };
      }
    }
    if (first === null) {
      const own = this.conjoinedSubject(j, floor);
      if (own) return own;
    }
    // "Menteri Hukum Supratman yang hadir mewakili Presiden Prabowo menyatakan", "Gubernur Bobby yang didampingi
    // Wakil Gubernur Surya menegaskan": the name after a relative clause is its object or agent; the subject is the
    // name before "yang" ("Laporan yang disusun Bank Dunia menyebutkan": a report, no name, leaves the agent)
    if (first !== null && first > 0) {
      const held = this.relativeClauseHead(first - 1, floor);
      if (held) return held;
    }
    // "Kementerian Kesehatan melalui Direktur … Imran Pambudi mengingatkan": the person the body speaks through
    if (first !== null && first > 0 && /^(melalui|lewat)$/u.test(this.lower(first - 1))) {
      const name = this.nameIn(first, j);
      if (name) return { start: this.start(first), end: this.end(j), kind: 'name', name };
    }
    // "Direktur Penyidikan pada Jampidsus Kejagung Abdul Qohar sebelumnya menyebut": a run after the "pada" of an
    // office that ends in a person's name is the office's body and its holder; the holder speaks ("Reynaldi di PT
    // Rotan Jaya": a run after "di" is where the subject before it works)
    if (first !== null && first > 0 && this.lower(first - 1) === 'pada') {
      const name = this.nameIn(first, j);
      if (name && name.end === this.end(j) && this.personAt(j))
        return { start: this.start(first), end: this.end(j), kind: 'name', name };
    }
    if (first === null || (first > 0 && PREPOSITIONS.has(this.lower(first - 1)))) {
      // What stands before the verb is a time or place ("… di Jakarta, Jumat (1/5) mengatakan"):
      // the subject opens the sentence.
      return this.sentenceSubject(floor, k) ?? this.shortSubject(floor, j);
    }
    // "sebagian umat Muslim menilai", "warga Palestina mengatakan": a community named by one word is a group, no name
    const group = this.groupBefore(first, j);
    if (group >= 0) return { start: this.start(group), end: this.end(j), kind: 'role' };
    const start = this.start(first);
    const end = this.end(j);
    const name = this.nameIn(first, j);
    return name ? { start, end, kind: 'name', name } : { start, end, kind: 'role' };
  }

  /**
   * The token of "selaku" or "sebagai" that opens a phrase of capacity right before the verb at k, in the same
   * clause, after a name or a short form in brackets; -1 when there is none.
   */
  private capacityBefore(k: number, floor: number): number {
    for (let p = k - 1; p > 0 && this.start(p - 1) >= floor && k - p <= 8; p--) {
      const w = this.lower(p);
      if (!this.isWord(p) || STOPS.has(w)) return -1;
      if (w === 'selaku' || w === 'sebagai')
        return p < k - 1 && (this.isCapitalized(p - 1) || this.text(p - 1) === ')') ? p : -1;
    }
    return -1;
  }

  /**
   * The first token of a community named by its noun and one capitalized word ending at j ("umat Muslim",
   * "kaum Nasrani", "sebagian warga Papua"), with the quantifier before it; -1 when the run is none.
   */
  private groupBefore(first: number, j: number): number {
    let g = GROUP_NOUNS.has(this.lower(first)) ? first : first - 1;
    if (g < 0 || !GROUP_NOUNS.has(this.lower(g)) || j !== g + 1 || !this.isCapitalized(j)) return -1;
    if (GROUP_QUANTIFIER_SET.has(this.lower(g - 1))) g--;
    return g;
  }

  /**
   * "… setelah nelayan setempat melaporkan …": a clause opened by a conjunction has its own subject, one
   * to three lower-case words ending at token j that no name stands for (not the sentence's subject).
   */
  private conjoinedSubject(j: number, floor: number): Phrase | null {
    let t = j;
    while (t >= 0 && this.start(t) >= floor && j - t < 3) {
      const w = this.lower(t);
      if (!this.isWord(t) || this.isCapitalized(t) || STOPS.has(w) || ADVERBS.has(w) || PREPOSITIONS.has(w))
        break;
      if (VERB_LIKE.test(w) || this.isSpeechVerb(t) || /^\p{N}/u.test(w)) return null;
      t--;
    }
    if (t === j || t < 0 || this.start(t) < floor || !CLAUSE_WORDS.has(this.lower(t))) return null;
    return { start: this.start(t + 1), end: this.end(j), kind: 'role' };
  }

  /**
   * The subject that opens the sentence, when a modifier stands between it and the verb at k:
   * "[Kepala Dinas X Budi] dalam keterangannya di Jakarta, Senin, mengatakan".
   */
  private sentenceSubject(floor: number, k: number): Phrase | null {
    let j = this.tokenAt(floor);
    while (j < k && (SENTENCE_OPENERS.includes(this.lower(j)) || this.text(j) === ',')) j++;
    if (j >= k || k - j > 40 || SPEAKER_PRONOUNS.has(this.lower(j))) {
      return j < k && SPEAKER_PRONOUNS.has(this.lower(j))
        ? { start: this.start(j), end: this.end(j), kind: 'pronoun' }
        : null;
    }
    const first = j;
    let last = -1;
    while (j < k) {
      const w = this.lower(j);
      // ("Kementerian Dalam Negeri": a capitalized stop word inside the name of the body the run opens with)
      if (STOPS.has(w) && !(j > first && this.isCapitalized(j) && this.sameOrgAt(first, j))) break;
      if (this.isCapitalized(j) || ROLES.has(w) || ORGS.has(w) || NOT_NAME.has(w)) {
        last = j++;
        continue;
      }
      if (this.isAbbrevDot(j)) {
        j++;
        continue;
      }
      const group = this.capsGroupEnd(j);
      if (group > 0) {
        j = group;
        continue;
      }
      break;
    }
    if (last < 0) return null;
    // ("Namun, [Kementerian Dalam Negeri (Kemendagri)] menyatakan": a body's run may reach the verb itself)
    if (!(STOPS.has(this.lower(j)) || this.text(j) === ','))
      return j === k ? this.bodySubject(first, last, j) : null;
    // "[Direktur Utama PT X], [Ria Marlinda], menyampaikan … dan menyebut …": the name set off by commas after
    // the office is the subject
    if (this.text(j) === ',' && ROLES.has(this.lower(first)) && !ROLES.has(this.lower(j + 1))) {
      let a = j + 1;
      while (a < k && a - j <= 6 && (this.isCapitalized(a) || this.isAbbrevDot(a))) a++;
      const inner = a > j + 1 && this.text(a) === ',' ? this.nameIn(j + 1, a - 1) : null;
      if (inner && inner.end === this.end(a - 1))
        return { start: inner.start, end: inner.end, kind: 'name', name: inner };
    }
    const name = this.nameIn(first, last);
    if (!name) return this.text(j) === ',' ? null : this.bodySubject(first, last, j);
    return { start: this.start(first), end: this.end(last), kind: 'name', name };
  }

  /**
   * "[Otoritas Jasa Keuangan (OJK)] dalam keterangan tertulisnya menyatakan": a sentence-opening run from `first`
   * to `last` (and the group in brackets before token j) that names no person is the subject when it is a body's
   * name: capitalized, opening with an organization the entities found or holding an organization's head word.
   */
  private bodySubject(first: number, last: number, j: number): Phrase | null {
    // ("Militer Israel (IDF) dalam pernyataannya mengklaim": the body's short form in brackets)
    const bracket = this.text(j - 1) === ')';
    const short = bracket && this.orgAt(j - 2);
    if (!this.isCapitalized(first) || !(short || this.orgAt(first) || this.orgWordIn(first, last)))
      return null;
    if (this.nameIn(first, last)) return null;
    return { start: this.start(first), end: this.end(bracket ? j - 1 : last), kind: 'role' };
  }

  /** Is some token from a to b (inclusive) an organization's head word ("Kementerian", "Otoritas")? */
  private orgWordIn(a: number, b: number): boolean {
    for (let t = a; t <= b; t++) if (ORGS.has(this.lower(t))) return true;
    return false;
  }

  /**
   * A short sentence opening that can only be the subject ("Media lokal melaporkan …"): at most
   * six words up to token j, capitalized first, none of them a verb.
   */
  private shortSubject(floor: number, j: number): Phrase | null {
    const first = this.tokenAt(floor);
    if (j < first || j - first >= 6 || !this.isCapitalized(first)) return null;
    if (SENTENCE_OPENERS.includes(this.lower(first)) || STOPS.has(this.lower(first))) return null;
    for (let t = first; t <= j; t++) {
      if (!this.isWord(t) || VERB_LIKE.test(this.lower(t)) || this.isSpeechVerb(t)) return null;
    }
    // ("Polisi dalam keterangannya menyatakan": a modifier after the subject is no part of it)
    for (let t = first + 1; t <= j; t++)
      if (PREPOSITIONS.has(this.lower(t)) && !this.isCapitalized(t)) {
        j = t - 1;
        break;
      }
    const start = this.start(first);
    const end = this.end(j);
    const name = this.nameIn(first, j);
    return name ? { start, end, kind: 'name', name } : { start, end, kind: 'role' };
  }

  /**
   * The named subject before "yang" when token k ends a relative clause of one to eight lower-case words
   * ("[Supratman Andi Agtas] yang hadir mewakili"), or null.
   */
  private relativeClauseHead(k: number, floor: number): Phrase | null {
    let y = k;
    while (y >= 0 && this.start(y) >= floor && k - y < 8 && this.lower(y) !== 'yang') {
      if (!this.isWord(y) || this.isCapitalized(y)) return null;
      y--;
    }
    if (y < 1 || this.lower(y) !== 'yang' || y === k || this.start(y) < floor) return null;
    const head = this.runBefore(y, floor);
    if (head === null) return null;
    const name = this.nameIn(head, y - 1);
    // (one capitalized word opening the sentence, "Laporan yang …", may be a common noun, unless the document
    // names a person by it: "Khofifah yang hadir bersama Emil mengaku …")
    if (
      !name ||
      name.end !== this.end(y - 1) ||
      (head === y - 1 && this.startsSentence(this.start(head)) && !this.personAt(head))
    )
      return null;
    return { start: this.start(head), end: name.end, kind: 'name', name };
  }

  /**
   * Is the run between the commas at tokens p and j an aside about the subject before it, not the
   * subject: a relative clause ("yang dihubungi dari Jakarta", "saat ditemui di kantornya") or a day
   * and date ("Jumat (19/6/2020)", "Senin pagi")?
   */
  private asideBetween(p: number, j: number): boolean {
    const a = p + 1;
    if (a >= j || j - a > 12) return false;
    // "dr. Yuli Irnawati, M.Kes, menyebut": academic degrees after the name
    let degrees = true;
    for (let t = a; t < j && degrees; t++) degrees = DEGREE.test(this.text(t)) || this.text(t) === '.';
    if (degrees) return true;
    const w = this.lower(a);
    if (
      w === 'yang' ||
      ((w === 'saat' || w === 'ketika' || w === 'sewaktu') && /^(di|ke)\p{Ll}{3,}$/u.test(this.lower(a + 1)))
    )
      return true;
    if (!DAYS.has(w)) return false;
    for (let t = a + 1; t < j; t++) {
      const x = this.text(t);
      if (
        !(
          x === '(' ||
          x === ')' ||
          /^[\d/.-]+$/u.test(x) ||
          /^(pagi|siang|sore|malam|lalu|kemarin)$/u.test(x)
        )
      )
        return false;
    }
    return true;
  }

  /** Are the tokens from k up to offset `to` one to three lowercase role or office words ("dokter", "pakar hukum")? */
  private onlyRoleWordsBefore(k: number, to: number): boolean {
    let n = 0;
    for (; k < this.size && this.start(k) < to; k++, n++) {
      const w = this.lower(k);
      if (this.isCapitalized(k) || !(ROLES.has(w) || OFFICE_WORDS.has(w))) return false;
    }
    return n >= 1 && n <= 3;
  }

  /**
   * Do the tokens from k up to offset `to` make a rank: a rank word, then at most four capitalized
   * words or a retired officer's mark ("Kolonel", "Laksamana Muda TNI (Purn)", "Kombes Pol")?
   */
  private rankBefore(k: number, to: number): boolean {
    if (!RANKS.has(this.lower(k))) return false;
    let n = 0;
    for (k++; k < this.size && this.start(k) < to; k++) {
      const x = this.text(k);
      if (++n > 6 || !(this.isCapitalized(k) || x === '(' || x === ')' || x === '.')) return false;
    }
    return true;
  }

  /** Are the tokens from k up to offset `to` only honorific abbreviations ("H.", "Dr.", "Prof. Dr.")? */
  private onlyHonorificsBefore(k: number, to: number): boolean {
    for (; k < this.size && this.start(k) < to; k++) {
      if (this.isAbbrevDot(k)) continue;
      if (!ABBREVIATIONS.has(this.lower(k)) || !this.isAbbrevDot(k + 1)) return false;
    }
    return true;
  }

  /**
   * Does the run from token k, whose name starts at offset `nameStart`, say where someone lives or
   * comes from ("warga Kecamatan Wedi", "asal Desa Sukamaju") rather than who they are?
   */
  private residenceRun(k: number, nameStart: number): boolean {
    if (RESIDENCE_WORDS.has(this.lower(k))) return true;
    const n = this.tokenAt(nameStart);
    return n > k && PLACE_HEADS.has(this.lower(n - 1));
  }

  /**
   * The person's name in the comma-closed run that ends at token e (a comma): "jemaah, [Siti
   * Aminah (68)], warga …", looking back up to three runs.
   */
  private apposedBefore(e: number, floor: number): Span | null {
    for (let runs = 0; runs < 3 && e > 0 && this.text(e) === ','; runs++) {
      let p = e - 1;
      while (p >= 0 && this.start(p) >= floor && this.text(p) !== ',' && e - p < 16) p--;
      if (p < 0 || this.start(p) < floor || this.text(p) !== ',') return null;
      const inner = this.nameIn(p + 1, e - 1);
      if (inner && this.onlyHonorificsBefore(p + 1, inner.start) && !this.residenceRun(p + 1, inner.start))
        return inner;
      e = p;
    }
    return null;
  }

  /** First token of the subject-like run that ends right before token `k`, or null. */
  private runBefore(k: number, floor: number): number | null {
    let j = k - 1;
    let first = -1;
    while (j >= 0 && this.start(j) >= floor && k - j <= 15) {
      const w = this.lower(j);
      if (STOPS.has(w) && !SENTENCE_OPENERS.includes(w)) break;
      if (this.isCapitalized(j) || ROLES.has(w) || ORGS.has(w) || NOT_NAME.has(w) || this.isAbbrevDot(j)) {
        first = j--;
        continue;
      }
      if (this.text(j) === ')' && this.text(j - 2) === '(') {
        j -= 3;
        continue;
      }
      // "Himpunan Industri Mebel dan Kerajinan", "House of Rattan", "Perkumpulan untuk Pemilu dan Demokrasi":
      // connectors inside a name
      if (first === j + 1 && /^(dan|of|and|&|untuk)$/.test(w) && this.isCapitalized(j - 1)) {
        j--;
        continue;
      }
      // "OJK Regional 4 Jawa Timur", "KAI Daop 8 Surabaya": a unit's number inside a body's name
      if (first === j + 1 && /^\d{1,2}$/u.test(this.text(j)) && NUMBERED_UNITS.has(this.lower(j - 1))) {
        j--;
        continue;
      }
      break;
    }
    if (first < 0) return null;
    // A sentence-opening capitalized function word is not part of the subject.
    while (first < k - 1 && SENTENCE_OPENERS.includes(this.lower(first))) first++;
    if (SENTENCE_OPENERS.includes(this.lower(first))) return null;
    return first;
  }

  /** A subject starting at k and the token after it: "[Budi] menambahkan", "[ia] menjelaskan". */
  subjectAt(k: number, limit: number): { phrase: Phrase; next: number } | null {
    if (SPEAKER_PRONOUNS.has(this.lower(k))) {
      return { phrase: { start: this.start(k), end: this.end(k), kind: 'pronoun' }, next: k + 1 };
    }
    let e = k;
    while (e < this.size && this.start(e) < limit && this.isNameWord(e) && e - k < 6) e++;
    if (e === k) return null;
    const name = this.nameIn(k, e - 1);
    if (!name) return null;
    let next = e;
    while (ADVERBS.has(this.lower(next))) next++;
    return { phrase: { start: this.start(k), end: this.end(e - 1), kind: 'name', name }, next };
  }

  /**
   * The speaker who opens the next sentence with a speech verb ("Budi menambahkan, …",
   * "…, terang Budi"), looked at after the cue at k.
   */
  followingSpeaker(k: number): Phrase | null {
    const end = this.sentenceEnd(this.start(k));
    const n = this.tokenAt(end);
    if (n >= this.size) return null;
    const subj = this.subjectAt(n, this.sentenceEnd(this.start(n)));
    if (subj && subj.phrase.kind === 'name' && (this.isSpeechVerb(subj.next) || this.isCueStem(subj.next))) {
      return subj.phrase;
    }
    return null;
  }

  private cuePositions: number[] | null = null;
  /** Is there a speech verb, cue or quotation within `distance` characters before `pos`? */
  cueWithin(pos: number, distance: number): boolean {
    if (this.cuePositions === null) {
      this.cuePositions = [];
      for (let k = 0; k < this.size; k++) {
        if (this.cue(k, CUE_VERB | CUE_STEM | CUE_NYA | CUE_QUOTE | CUE_MENURUT)) {
          this.cuePositions.push(this.start(k));
        }
      }
    }
    const ps = this.cuePositions;
    let lo = 0;
    let hi = ps.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ps[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && pos - ps[lo - 1]! <= distance;
  }

  /**
   * "Hal itu disampaikan Budi …", "Demikian dikatakan Budi …": a passive cue right after a quote
   * that names who said it.
   */
  passiveCueAfter(from: number, limit: number): CueFound | null {
    let k = this.tokenAt(from);
    if (this.text(k) === '.') k++;
    if (k >= this.size || this.start(k) >= limit) return null;
    const w = this.lower(k);
    if (w === 'hal' || w === 'pernyataan' || w === 'penjelasan' || w === 'keterangan') {
      if (!DEMONSTRATIVES.has(this.lower(k + 1))) return null;
      k += 2;
    } else if (w === 'demikian' || w === 'begitu') {
      k += 1;
    } else return null;
    if (!PASSIVE_CUES.has(this.lower(k))) return null;
    const v = k;
    if (this.lower(k + 1) === 'oleh') k++;
    const phrase = this.phraseAfter(k + 1, this.sentenceEnd(this.start(v)));
    if (!phrase) return null;
    return { cue: { start: this.start(v), end: this.end(v) }, phrase, rule: 'id.quote.passive-cue-after' };
  }

  /** The last of the five words before k, in k's clause (no punctuation between), that passes `test`, or -1. */
  private wordBefore(k: number, test: (w: string) => boolean): number {
    for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
      if (!this.isWord(j)) return -1;
      if (test(this.lower(j))) return j;
    }
    return -1;
  }

  /** The causative verb a few words before the cue at k, in its clause ("membuat Rabiot menilai"), or -1. */
  causativeBefore(k: number): number {
    return this.wordBefore(k, (w) => CAUSATIVES.has(w));
  }

  /** Is "memastikan" at k a purpose or a task set by a request a few words before, nothing assured? */
  taskBefore(k: number): boolean {
    return TASK_BEFORE.has(this.lower(k - 1)) || this.wordBefore(k, (w) => REQUEST_VERBS.has(w)) >= 0;
  }

  /**
   * Does a clause follow token c, so that "menyebut" reports it ("menyebut pencarian akan
   * dilanjutkan") rather than names something ("menyebut nama pelaku", "menyebut X sebagai Y")?
   * A clause has a verb or auxiliary after its subject; a relative clause ("yang …") first means a noun.
   * With `assurance` (after "memastikan") only a state counts: an auxiliary, a "ter-" form or a state word.
   */
  clauseAfter(c: number, assurance = false): boolean {
    if (NAMING_OBJECTS.has(this.lower(c))) return false;
    const end = this.sentenceEnd(this.start(c));
    let verb = false;
    for (let t = c + 1; t < this.size && this.start(t) < end && t - c < 30; t++) {
      const w = this.lower(t);
      if (w === 'sebagai' || w === 'sebutan' || w === 'dengan') return false;
      // "menyebut beberapa faktor yang menyebabkan …": a noun with its relative clause
      // ("menyebut kunjungan ini yang terpanjang": a demonstrative before "yang" makes a cleft, a clause)
      if (w === 'yang' && !verb) return DEMONSTRATIVES.has(this.lower(t - 1));
      if (verb) continue;
      // ("menyebut salam lintas agama adalah praktik baik": a copula makes a clause too)
      // (what one assures is a state: "akan dibuka", "tidak ada …", "tercukupi", "aman"; "memastikan protokol
      // dijalankan", "memastikan semua warga menerapkan …" is seeing to it, an act)
      verb = assurance
        ? CLAUSE_AUXILIARIES.has(w) ||
          ASSURED_STATES.has(w) ||
          (/^ter\p{Ll}{4,}$/u.test(w) && w !== 'tersebut')
        : CLAUSE_AUXILIARIES.has(w) ||
          w === 'adalah' ||
          w === 'ialah' ||
          (VERB_LIKE.test(w) && w !== 'tersebut');
    }
    return verb;
  }

  /**
   * "Dikatakan (oleh) Budi, …", "Dijelaskan Kepala Dinas X Budi, …", "Ditambahkannya, …" at token k,
   * opening its sentence.
   */
  passiveOpening(k: number): Attribution | null {
    const t = this.text(k);
    if (t.length < 9 || (t.charCodeAt(0) | 32) !== 100 /* d */ || !this.isPassiveCue(k)) return null;
    const pos = this.start(k);
    const found = this.passiveSpeaker(k, this.sentenceEnd(pos));
    if (!found) return null;
    const { phrase, nya } = found;
    // "Dikatakan dia, …" leaves the pronoun to the quote rules; "Dikatakannya, …" is the speaker
    if (!nya && phrase.kind === 'pronoun') return null;
    const comma = nya ? k + 1 : this.tokenAt(phrase.end);
    // a quotation after the comma is a direct quote with this cue, not reported speech
    if (this.text(comma) !== ',' || QUOTE_CHARS.test(this.text(comma + 1))) return null;
    const content = this.contentFrom(comma + 1);
    if (!content) return null;
    return {
      start: content.start,
      end: content.end,
      type: 'indirect',
      cue: { start: pos, end: this.end(k) },
      phrase,
      anchor: pos,
      continues: false,
      rule: 'id.quote.indirect-passive-before',
    };
  }

  /**
   * Does the word at `offset` open its sentence, or follow only a connective that opens it
   * ("Namun, Budi …", "Sementara itu Budi …", "Praktis Budi …")? Then it is the sentence's subject.
   */
  opensClause(offset: number): boolean {
    if (this.startsSentence(offset)) return true;
    const k = this.tokenAt(offset);
    let j = k - 1;
    while (j >= 0 && k - j <= 4 && (TOPIC_OPENERS.has(this.lower(j)) || this.text(j) === ',')) j--;
    return j < k - 1 && this.startsSentence(this.start(j + 1)) && TOPIC_OPENERS.has(this.lower(j + 1));
  }

  /**
   * The speaker of a passive cue that opens its sentence at token k: the phrase after it
   * ("Dikatakan (oleh) Budi"), or the cue itself in its -nya form ("Ditambahkannya").
   */
  passiveSpeaker(k: number, limit: number): { phrase: Phrase; nya: boolean } | null {
    if (!this.isPassiveCue(k) || !this.startsSentence(this.start(k))) return null;
    const w = this.lower(k);
    const nya = w.endsWith('nya') && PASSIVE_CUES.has(w.slice(0, -3));
    const phrase: Phrase | null = nya
      ? { start: this.start(k), end: this.end(k), kind: 'pronoun' }
      : this.phraseAfter(this.lower(k + 1) === 'oleh' ? k + 2 : k + 1, limit);
    return phrase ? { phrase, nya } : null;
  }

  /** Is token k a passive cue ("dikatakan"), or one in its -nya form ("ditambahkannya")? */
  private isPassiveCue(k: number): boolean {
    const w = this.lower(k);
    return PASSIVE_CUES.has(w) || (w.endsWith('nya') && PASSIVE_CUES.has(w.slice(0, -3)));
  }

  /** The reported content after the verb that ends before token k. */
  contentAfter(k: number, bare: boolean): Span | null {
    let c = k;
    if (MODIFIER_STARTS.has(this.lower(c))) {
      let m = c;
      while (m < this.size && m - c < 6 && this.text(m) !== ',' && this.lower(m) !== 'bahwa') m++;
      if (this.text(m) === ',' || this.lower(m) === 'bahwa') c = m;
    }
    let marked = false;
    if (this.text(c) === ',' || this.text(c) === ':') {
      c++;
      marked = true;
    }
    // "menyatakan kekhawatirannya bahwa …": what was said follows "bahwa"
    if (this.lower(c + 1) === 'bahwa' && this.isWord(c) && !this.isCapitalized(c)) c++;
    if (this.lower(c) === 'bahwa') {
      c++;
      marked = true;
    } else if (/^(agar|supaya)$/.test(this.lower(c))) marked = true;
    // Verbs that also take a plain object ("menyampaikan pesan") report speech only when a comma,
    // colon or "bahwa" introduces what was said.
    if (!marked && !bare) return null;
    if (QUOTE_CHARS.test(this.text(c))) return null;
    // "mengatakan hal itu kepada wartawan": the words point back, nothing is reported here
    if (this.lower(c) === 'hal' && DEMONSTRATIVES.has(this.lower(c + 1))) return null;
    // "menjelaskan kronologi kejadian kepada wartawan", "menyebutkan tiga nama tersangka": a topic or a
    // list named, not a clause reported — unless a verb follows its noun ("nama pelaku belum diketahui")
    if (!marked) {
      let o = c;
      while (
        o < c + 2 &&
        /^(\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|sejumlah)$/.test(
          this.lower(o),
        )
      )
        o++;
      if (TOPIC_OBJECTS.has(this.lower(o)) && !this.clauseAfter(o + 1)) return null;
    }
    return this.contentFrom(c);
  }

  /** Content from token c to the end of its sentence, cut before another reporting clause. */
  contentFrom(c: number): Span | null {
    if (c >= this.size) return null;
    const start = this.start(c);
    const end = this.sentenceEnd(start);
    let k = c;
    for (; k < this.size && this.start(k) < end; k++) {
      // "… belum puas. ”Masih …”": a quotation opening after a full stop is the next sentence
      if (k > c && QUOTE_CHARS.test(this.text(k)) && this.startsSentence(this.start(k))) break;
      if (this.text(k) !== ',') continue;
      const n = this.lower(k + 1);
      if (this.isCueStem(k + 1) || this.isNyaCue(k + 1) || this.isSpeechVerb(k + 1)) break;
      if ((n === 'dan' || n === 'serta' || n === 'sambil' || n === 'seraya') && this.isSpeechVerb(k + 2))
        break;
    }
    const stop = k < this.size && this.start(k) < end ? this.start(k) : end;
    return this.trimContent(start, stop);
  }

  /**
   * After a speaker set off by commas, the predicate the subject before the cue goes on with ("…, kata dia,
   * akan menyurati KPU"): true when a comma follows the speaker and then an auxiliary or a meN-/ber- verb
   * with two words or more before the sentence ends. An apposition ("…, kata Budi, Ketua RT"), a relative
   * clause ("…, yang …") or a circumstance ("…, saat dihubungi") is no predicate; nor is a verb after a
   * whole clause (`before` words: "Harga naik tajam pekan ini di pasar, kata Sri, mengomentari survei").
   */
  asideRest(speakerEnd: number, end: number, before: number): boolean {
    const c = this.tokenAt(speakerEnd);
    if (c >= this.size || this.text(c) !== ',' || this.start(c) !== speakerEnd) return false;
    const w = this.lower(c + 1);
    if (
      this.isCapitalized(c + 1) ||
      this.isSpeechVerb(c + 1) ||
      !(CLAUSE_AUXILIARIES.has(w) || (before <= 5 && ACTIVE_VERB_LIKE.test(w)))
    )
      return false;
    return this.wordsBetween(this.start(c + 1), end) >= 2;
  }
  trimContent(start: number, end: number): Span | null {
    const span = this.trim(start, end);
    if (!span || this.wordsBetween(span.start, span.end) < 3) return null;
    return span;
  }
}

/** Direct and indirect quotes in id text, with speakers linked to entities. */
export function quotes(doc: Doc, entities: EntityIndex, ctx: Context): QuoteCandidate[] {
  const view = new IdView(doc, cueWords(ctx), entities);
  const items: Attribution[] = [];
  const marked = pairQuotes(doc.text, doc.paragraphs);
  const taken: { start: number; end: number }[] = [];
  for (let i = 0; i < marked.length; i++) {
    const q = marked[i]!;
    // a cue after the quote stays in its paragraph and before the next quote
    const nextStart = Math.min(
      i + 1 < marked.length ? marked[i + 1]!.start : doc.text.length,
      view.paragraphEnd(q.end),
    );
    const prevEnd = i > 0 ? marked[i - 1]!.end : 0;
    const a = directQuote(view, q, prevEnd, nextStart);
    if (a) {
      items.push(a);
      taken.push(q);
    }
  }
  for (const a of indirectQuotes(view, taken)) items.push(a);
  const headline = headlineQuote(view, entities, taken);
  if (headline) items.push(headline);
  return attribute(doc.text, items, new SpeakerResolver(doc.text, entities, (o) => view.opensClause(o)));
}

/** "Prabowo: Swasembada …", "Kapolri: Tidak Ada …": a label of up to four capitalized words, a colon, the words said. */
const HEADLINE_COLON = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}): +(?=[\p{Lu}\p{N}'‘"“])/u;

/**
 * The headline that attributes with a colon ("Prabowo: Swasembada Pangan Harus Tercapai"): the first paragraph, its
 * label one whole mention of a person or body the document names, or an office ("Kapolri"), what was said reported
 * (id.quote.headline-colon).
 */
function headlineQuote(view: IdView, entities: EntityIndex, direct: readonly Span[]): Attribution | null {
  const para = view.doc.paragraphs[0];
  if (!para || view.doc.paragraphs.length < 2) return null;
  const h = colonHeadline(view, para, HEADLINE_COLON, direct);
  if (!h) return null;
  const { name, said } = h;
  const label = view.doc.text.slice(name.start, name.end);
  const office = !label.includes(' ') && OFFICE_WORDS.has(label.toLowerCase());
  // (the label is the whole of one mention: "Harga Emas Antam: …" names no speaker)
  const named = entities
    .at(name.start, name.end)
    ?.mentions.some((x) => x.start === name.start && x.end === name.end);
  if (!office && !named) return null;
  return {
    ...said,
    type: 'indirect',
    cue: { start: name.end, end: name.end + 1 },
    phrase: office ? { ...name, kind: 'role' } : { ...name, kind: 'name', name },
    anchor: name.start,
    continues: false,
    rule: 'id.quote.headline-colon',
  };
}

function directQuote(
  view: IdView,
  q: { start: number; end: number; closed: boolean },
  prevEnd: number,
  nextStart: number,
): Attribution | null {
  const after = q.closed ? cueAfter(view, q.end, nextStart) : null;
  if (after) return directWith(q, after, q.start);
  const before = cueBefore(view, q.start, prevEnd);
  if (before) {
    // A short quoted term inside the sentence is a scare quote or a name, not speech:
    // "menyebut jalan itu sebagai ”jalan tikus”".
    const introduced =
      /^[,:]$|^bahwa$/.test(view.lower(view.tokenAt(q.start) - 1)) ||
      view.tokenAt(before.cue.end) === view.tokenAt(q.start);
    if (!introduced && view.wordsBetween(q.start, q.end) < 3) return null;
    return directWith(q, before, before.cue.start);
  }
  // ”…” Hal itu disampaikan Kepala Dinas X Budi di Jakarta. — the cue in the next sentence
  const passive =
    q.closed && view.startsSentence(q.start) ? view.passiveCueAfter(q.end, Number.MAX_SAFE_INTEGER) : null;
  if (passive) return directWith(q, passive, q.start);
  if (
    view.startsSentence(q.start) &&
    view.wordsBetween(q.start, q.end) >= 2 &&
    !titleGoesOn(view.doc.text, q) &&
    view.cueWithin(q.start, CONTINUE_WITHIN)
  ) {
    return {
      start: q.start,
      end: q.end,
      type: 'direct',
      cue: null,
      phrase: null,
      anchor: q.start,
      continues: true,
      rule: 'id.quote.continued',
    };
  }
  return null;
}

/**
 * "“Rumah di Ujung Sawah” juga dijadwalkan tayang …": quoted words without a closing punctuation mark that the
 * sentence goes on after in lower case are a title or a term, not speech.
 */
function titleGoesOn(text: string, q: { end: number; closed: boolean }): boolean {
  return (
    q.closed && /[\p{L}\p{N}]/u.test(text[q.end - 2] ?? '') && /^ \p{Ll}/u.test(text.slice(q.end, q.end + 2))
  );
}

/** A direct quote with the cue found next to it (the fields written out: object spreads cost here). */
function directWith(q: Span, found: CueFound, anchor: number): Attribution {
  return {
    start: q.start,
    end: q.end,
    type: 'direct',
    cue: found.cue,
    phrase: found.phrase,
    following: found.following,
    rule: found.rule,
    anchor,
    continues: false,
  };
}

interface CueFound {
  cue: { start: number; end: number };
  phrase: Phrase | null;
  following?: Phrase | null;
  rule: string;
}

/** ”…,” kata Budi / ”…,” katanya / ”…,” ujar Kepala Dinas X Budi / ”…,” menurut Budi. */
function cueAfter(view: IdView, from: number, limit: number): CueFound | null {
  let k = view.tokenAt(from);
  while (k < view.size && view.text(k) === ',' && view.start(k) < limit) k++;
  if (k >= view.size || view.start(k) >= limit) return null;
  // "demikian kata Budi", "begitu ujarnya"
  if (/^(demikian|begitu|seperti)$/.test(view.lower(k)) && view.isCueStem(k + 1)) k++;
  const w = view.lower(k);
  const cue = { start: view.start(k), end: view.end(k) };
  if (view.isCueStem(k) || view.isSpeechVerb(k) || w === 'menurut') {
    const phrase = view.phraseAfter(k + 1, limit);
    return { cue, phrase, rule: w === 'menurut' ? 'id.quote.menurut-after' : 'id.quote.cue-after' };
  }
  if (view.isNyaCue(k)) {
    const following = view.followingSpeaker(k);
    return {
      cue,
      phrase: { start: cue.start, end: cue.end, kind: 'pronoun' },
      following,
      rule: 'id.quote.cue-after-nya',
    };
  }
  // ”…” Budi menambahkan. / ”…,” ia menjelaskan.
  const subj = view.subjectAt(k, limit);
  if ((subj && view.isSpeechVerb(subj.next)) || (subj && view.isCueStem(subj.next))) {
    const v = subj.next;
    return {
      cue: { start: view.start(v), end: view.end(v) },
      phrase: subj.phrase,
      rule: 'id.quote.subject-verb-after',
    };
  }
  return null;
}

/** Budi mengatakan, ”…” / Menurut Budi, ”…” / kata Budi, ”…” / Budi: ”…”. */
function cueBefore(view: IdView, quoteStart: number, prevEnd: number): CueFound | null {
  const sentence = view.sentenceStart(quoteStart);
  const floor = Math.max(sentence, prevEnd);
  const last = view.tokenAt(quoteStart) - 1;
  // The cue is close to the quote: at most a few words ("kepada wartawan", "di Jakarta, Senin").
  for (let k = last, seen = 0; k >= 0 && view.start(k) >= floor && seen < 10; k--, seen++) {
    const w = view.lower(k);
    const cue = { start: view.start(k), end: view.end(k) };
    if (view.isSpeechVerb(k)) {
      const phrase = view.subjectBefore(k, floor);
      return { cue, phrase, rule: 'id.quote.verb-before' };
    }
    if (w === 'menurut' || view.isCueStem(k)) {
      const phrase = view.phraseAfter(k + 1, quoteStart);
      if (phrase || w === 'menurut') {
        return { cue, phrase, rule: w === 'menurut' ? 'id.quote.menurut-before' : 'id.quote.cue-before' };
      }
    }
    if (view.isNyaCue(k) || w === 'menurutnya') {
      return {
        cue,
        phrase: { start: cue.start, end: cue.end, kind: 'pronoun' },
        rule: 'id.quote.nya-before',
      };
    }
    // "Dikatakan Budi, “…”", "Ditambahkannya, “…”": a passive cue opening the sentence
    const passive = view.passiveSpeaker(k, quoteStart);
    if (passive) return { cue, phrase: passive.phrase, rule: 'id.quote.passive-before' };
    if (w === ':' && k === last) {
      const phrase = view.subjectBefore(k, floor);
      if (phrase && phrase.kind !== 'role') return { cue, phrase, rule: 'id.quote.colon-before' };
    }
  }
  return null;
}

/**
 * Indirect quotes: "Budi mengatakan (bahwa) …", "Menurut Budi, …", "…, kata Budi." The reported
 * content runs to the end of the sentence, or to the next reporting clause (", dan menambahkan
 * bahwa …").
 */
function indirectQuotes(view: IdView, direct: readonly { start: number; end: number }[]): Attribution[] {
  const out: Attribution[] = [];
  let d = 0;
  const inDirect = (pos: number): boolean => {
    while (d < direct.length && direct[d]!.end <= pos) d++;
    return d < direct.length && direct[d]!.start <= pos;
  };
  for (let k = 0; k < view.size; k++) {
    // "Dikatakan Budi, pihaknya sudah siap.": a passive cue opening the sentence, its speaker, a comma
    const passive = view.passiveOpening(k);
    if (passive) {
      if (!inDirect(passive.anchor)) out.push(passive);
      continue;
    }
    if (!view.opensIndirect(k)) continue;
    const pos = view.start(k);
    if (inDirect(pos)) continue;
    if (view.isSpeechVerb(k)) {
      const w = view.lower(k);
      const sentenceStart = view.sentenceStart(pos);
      // "Budi mengatakan …, dan menambahkan bahwa …": the second verb shares the subject.
      const prev = out[out.length - 1];
      const shared =
        /^(dan|serta|lalu|kemudian)$/.test(view.lower(k - 1)) &&
        prev !== undefined &&
        prev.phrase !== null &&
        prev.start >= sentenceStart &&
        prev.end <= pos;
      if (w === 'melaporkan' && FILED_OBJECTS.has(view.lower(k + 1))) continue;
      // "… ingin memastikan, apakah …", "… enggan menyebut …": what one wants, refuses or fails to say is unsaid
      if (UNSAID_BEFORE.has(view.lower(k - 1))) continue;
      // "…, sebut saja Rina, mengatakan …": "sebut saja" gives a name the article uses, it reports nothing
      if (w === 'sebut' && view.lower(k + 1) === 'saja') continue;
      // "Kesialan itu membuat Rabiot menilai bahwa …": who a cause makes speak is the speaker, not the cause
      const cause = view.causativeBefore(k);
      const phrase =
        cause >= 0
          ? view.phraseAfter(cause + 1, view.start(k))
          : shared
            ? prev.phrase
            : view.subjectBefore(k, sentenceStart);
      if (!phrase) continue;
      const content = view.contentAfter(
        k + 1,
        CORE_VERBS.has(w) ||
          (w === 'menyebut' && view.clauseAfter(k + 1)) ||
          (w === 'memastikan' && !view.taskBefore(k) && view.clauseAfter(k + 1, true)),
      );
      if (!content) continue;
      out.push({
        start: content.start,
        end: content.end,
        type: 'indirect',
        cue: { start: pos, end: view.end(k) },
        phrase,
        anchor: phrase.start,
        continues: false,
        rule: 'id.quote.indirect-verb',
      });
    } else if (view.isMenurut(k) || view.isMenurutnya(k)) {
      const phrase: Phrase | null = view.isMenurutnya(k)
        ? { start: pos, end: view.end(k), kind: 'pronoun' }
        : view.phraseAfter(k + 1, view.sentenceEnd(pos));
      if (!phrase) continue;
      // "menurut Peraturan Menteri Kesehatan nomor 9, …": a written rule says it, no one speaks
      if (phrase.kind !== 'pronoun' && DOCUMENTS.has(view.lower(k + 1))) continue;
      let c = view.tokenAt(phrase.end);
      // "Menurut …, Sutarno (63), banjir …": the age after the name
      if (view.text(c) === '(' && /^\d{1,3}$/.test(view.text(c + 1)) && view.text(c + 2) === ')') c += 3;
      // "Menurut pengamat dari X, Budi, …": the source may run on to the first comma
      while (c < view.size && view.text(c) !== ',' && c - k < 14 && view.isWord(c)) c++;
      if (view.text(c) !== ',') continue;
      c++;
      // ("Menurut laporan Google, Temasek, dan Bain & Company, nilai …": the sources listed with the first one)
      c = view.listedSourcesEnd(c);
      // "Menurut Gus Halim, sapaan akrabnya, …": the name the source goes by, set off by commas
      if (view.lower(c) === 'sapaan' && /^(akrab|karib)(nya)?$/u.test(view.lower(c + 1))) {
        let e = c + 2;
        while (e < view.size && view.text(e) !== ',' && e - c < 6) e++;
        if (view.text(e) === ',') c = e + 1;
      }
      const content = view.contentFrom(c);
      if (!content) continue;
      out.push({
        start: content.start,
        end: content.end,
        type: 'indirect',
        cue: { start: pos, end: view.end(k) },
        phrase,
        anchor: pos,
        continues: false,
        rule: 'id.quote.indirect-menurut',
      });
    } else if (
      view.text(k) === ',' &&
      (view.isCueStem(k + 1) ||
        view.isNyaCue(k + 1) ||
        (view.isMenurut(k + 1) && !DOCUMENTS.has(view.lower(k + 2))))
    ) {
      // "…, kata Budi." with no quotation marks: what comes before is reported speech ("…, menurut Kementerian
      // Kesehatan Gaza." too)
      const v = k + 1;
      // ("…, sebut saja Rina, …": the name the article gives someone)
      if (view.lower(v) === 'sebut' && view.lower(v + 1) === 'saja') continue;
      const sentenceStart = view.sentenceStart(pos);
      const end = view.sentenceEnd(pos);
      const phrase: Phrase | null = view.isNyaCue(v)
        ? { start: view.start(v), end: view.end(v), kind: 'pronoun' }
        : view.phraseAfter(v + 1, end);
      if (!phrase) continue;
      // ("…, nilai ekonomi digital Indonesia diperkirakan …": a cue word that is also a noun, before a common noun no
      // one is, opens no inverted attribution)
      if (phrase.kind !== 'pronoun' && NOUN_CUES.has(view.lower(v)) && !view.speakerNounAt(v + 1)) continue;
      // ("X, menurut Budi, Y": set off inside the sentence, "menurut" opens what follows it; only one closing the
      // sentence reports what came before)
      if (view.isMenurut(v) && !/^[\s.!?]*$/u.test(view.doc.text.slice(phrase.end, end))) continue;
      // "Bawaslu, kata dia, akan menyurati KPU.": the cue set off between the subject and its predicate
      const opening = afterDateline(view.doc.text, sentenceStart);
      if (view.asideRest(phrase.end, end, view.wordsBetween(opening, pos))) {
        const whole = view.trimContent(opening, end);
        if (whole && !view.hasQuoteMark(whole.start, whole.end)) {
          out.push({
            start: whole.start,
            end: whole.end,
            type: 'indirect',
            cue: { start: view.start(v), end: view.end(v) },
            phrase,
            anchor: whole.start,
            continues: false,
            rule: 'id.quote.indirect-aside',
          });
        }
        continue;
      }
      // "JAKARTA, KOMPAS.com - Harga naik, kata Budi": the dateline is where the story comes from, not what was said
      const content = view.trimContent(afterDateline(view.doc.text, sentenceStart), pos);
      if (!content || view.hasQuoteMark(content.start, content.end)) continue;
      out.push({
        start: content.start,
        end: content.end,
        type: 'indirect',
        cue: { start: view.start(v), end: view.end(v) },
        phrase,
        anchor: content.start,
        continues: false,
        rule: 'id.quote.indirect-cue-after',
      });
    }
  }
  return out;
}
