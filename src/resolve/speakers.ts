// Speaker attribution shared by every language: turns the speaker phrase a locale found next to a
// cue into a `Speaker` linked to a person or organization, and resolves pronouns and -nya forms to
// the nearest compatible earlier speaker or person.
import { lookupPlace } from '../data/index.js';
import { MINISTER_OFFICES } from '../locales/id/lexicon/organizations.js';
import { COMMUNITY_NOUNS, GROUP_QUANTIFIERS } from '../locales/id/lexicon/speech.js';
import { FORMER_WORDS, HONORIFICS, PREFIX_TITLES } from '../locales/id/lexicon/titles.js';
import type { EntityIndex } from '../recognize/types.js';
import type { Span } from '../text/segment.js';
import type { Organization, Person, Speaker } from '../types.js';

/** What a locale found in a cue clause. */
export interface SpeakerPhrase extends Span {
  /**
   * name: a proper name, maybe with titles or a role in front (`name` marks the name itself);
   * role: a description without a name ("juru bicara kementerian", "a spokesman");
   * pronoun: ia/dia/beliau/he/she, or a -nya form ("katanya").
   */
  kind: 'name' | 'role' | 'pronoun';
  /** The name inside the phrase, when kind is name. */
  name?: Span;
}

interface Indexed extends Span {
  entity: Person | Organization;
  person: boolean;
}

interface Said {
  pos: number;
  speaker: Speaker;
  /** The words the speaker said (the quote's span), when known. */
  quote?: Span;
  /** The speaker's name as lower-cased word tokens, computed once. */
  tokens?: ReadonlySet<string>;
}

const TOKEN = /[\p{L}\p{N}]+/gu;

function tokensOf(s: string): string[] {
  return (s.toLowerCase().match(TOKEN) ?? []) as string[];
}

/** Is the code unit a full stop, "!", "?" or a line feed (where sentenceOpenBefore stops looking back)? */
const endsSentence = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10;

/** Resolves speaker phrases of one document, in text order. */
export class SpeakerResolver {
  private readonly mentions: Indexed[];
  private readonly people: Indexed[];
  private readonly said: Said[] = [];
  private readonly personIds = new Set<string>();
  private readonly orgs: Indexed[];
  /** Does the text write this word in lowercase somewhere? Cached per word. */
  private readonly lowercaseWords = new Map<string, boolean>();

  constructor(
    private readonly text: string,
    entities: EntityIndex,
    /** Does a sentence start at this offset? Lets a sentence's subject become a pronoun's antecedent. */
    private readonly opensSentence?: (offset: number) => boolean,
    /** Does a speaker's description name a body or a document, never one person ("the fire service")? */
    private readonly namesBody?: (description: string) => boolean,
  ) {
    const all: Indexed[] = [];
    for (const p of entities.people) {
      for (const m of p.mentions) all.push({ start: m.start, end: m.end, entity: p, person: true });
    }
    for (const o of entities.organizations) {
      for (const m of o.mentions) all.push({ start: m.start, end: m.end, entity: o, person: false });
    }
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    this.mentions = all;
    this.people = all.filter((m) => m.person);
    this.orgs = all.filter((m) => !m.person);
    for (const p of entities.people) this.personIds.add(p.id);
  }

  /**
   * The speaker a name or role phrase stands for. The name is the surface the text gives next to
   * the cue (a partial name stays partial: "kata Risma"); the entity links it to the person or
   * organization it refers to.
   */
  resolve(phrase: SpeakerPhrase): Speaker | null {
    if (phrase.kind === 'pronoun') return this.antecedent(phrase.start);
    const inPhrase = this.overlapping(phrase.start, phrase.end);
    const people = inPhrase.filter((m) => m.person);
    if (phrase.kind === 'name') {
      const nameSpan = phrase.name ?? phrase;
      const surface = this.text.slice(nameSpan.start, nameSpan.end);
      const person = people.find((m) => m.start < nameSpan.end && m.end > nameSpan.start);
      // the name as far as the person's mention reaches: title words the phrase took in front of
      // the name stay out ("Deputi … BPS Budi Santoso" → "Budi Santoso")
      if (person) {
        const trim =
          person.start > nameSpan.start &&
          person.end >= nameSpan.end &&
          this.onlyTitleWords(nameSpan.start, person.start, person.entity as Person, inPhrase);
        // ("Kompol Donny Agung Harvida": a name word the phrase took for a title word, "Agung", is the
        // mention's, which reaches further back)
        const wider =
          person.start < nameSpan.start &&
          person.end === nameSpan.end &&
          nameWordsBefore(this.text.slice(person.start, nameSpan.start));
        return {
          name: trim
            ? this.text.slice(person.start, nameSpan.end)
            : wider
              ? this.text.slice(person.start, person.end)
              : surface,
          entity: person.entity.id,
        };
      }
      const org = inPhrase.find((m) => !m.person && m.start <= nameSpan.start && m.end >= nameSpan.end);
      // an organization: its name as the text gives it ("the United Nations", not "Nations")
      if (org) return { name: this.text.slice(org.start, org.end), entity: org.entity.id };
      // "Sen. Rand Paul of Kentucky said", "Budi dari Cianjur": the person named before where they are from
      const from = lastOf(people.filter((m) => m.end <= nameSpan.start));
      if (from && /^\s+(?:of|from|dari)\s+(?:the\s+)?$/u.test(this.text.slice(from.end, nameSpan.start)))
        return { name: this.text.slice(from.start, from.end), entity: from.entity.id };
      // "Officials at the U.N. in New York said", "warga di Bekasi": a place where the speakers are is
      // not who speaks; the words before it are (a role, for the organization named in it); also after a
      // compass word ("The Ministry of Sound nightclub in south London said")
      {
        const from = Math.max(0, nameSpan.start - 120);
        const where = SPEAKERS_IN_PLACE.exec(this.text.slice(from, nameSpan.start));
        if (where?.[1]) {
          const roleStart = from + where.index + where[0].length - where[1].length - where[2]!.length;
          const roleEnd = roleStart + where[1].length;
          // "Forecaster Rhonda Castellanos of the weather office in Ruskin said": the person named there
          const inRole = this.overlapping(roleStart, roleEnd);
          const named = inRole.find((m) => m.person);
          if (named) return { name: this.text.slice(named.start, named.end), entity: named.entity.id };
          const body = lastOf(inRole.filter((m) => !m.person));
          return { name: where[1], entity: body ? body.entity.id : null };
        }
      }
      return (
        this.earlierFullName(surface, phrase.start) ??
        this.namedPerson(surface) ??
        this.described(phrase.start, phrase.end) ??
        this.titleHolder(surface, phrase.start) ?? {
          name: surface,
          entity: null,
        }
      );
    }
    // A role: the person named in it; else the role as the text gives it ("Panglima TNI",
    // "a spokesman for the ministry"), linked to the organization it speaks for, if any.
    // ("Other Bush administration officials": a name that qualifies the government or campaign of the role
    // names no speaker)
    const person = lastOf(people.filter((m) => !AFFILIATION_AFTER.test(this.text.slice(m.end, m.end + 16))));
    if (person) return { name: this.text.slice(person.start, person.end), entity: person.entity.id };
    const described =
      inPhrase.length === 0
        ? (this.described(phrase.start, phrase.end) ??
          this.describedBody(phrase.start, phrase.end) ??
          this.titleHolder(this.text.slice(phrase.start, phrase.end), phrase.start))
        : null;
    if (described) return described;
    const org = lastOf(inPhrase.filter((m) => !m.person));
    // a phrase that starts inside the organization's name is that name ("Badan Meteorologi,
    // Klimatologi, dan Geofisika (BMKG)" seen from its last comma)
    const around = inPhrase.find((m) => !m.person && m.start < phrase.start && m.end > phrase.start);
    let start = around ? around.start : phrase.start;
    // "menurut data BNPB", "according to figures from the ministry": what a body published is the body's word
    const first = inPhrase.find((m) => !m.person);
    if (first && !around && SOURCE_NOUNS.test(this.text.slice(phrase.start, first.start)))
      start = first.start;
    return { name: this.text.slice(start, phrase.end), entity: org ? org.entity.id : null };
  }

  /**
   * Is the person a one-word name met only where a sentence opens, that the text also writes in
   * lowercase ("Orangtua masa kini …" beside "banyak orangtua …", "Fitur …" beside "fitur")? Then
   * it is a common word capitalized by the sentence start, no one to become the topic.
   */
  private commonWord(m: Indexed): boolean {
    const e = m.entity as Person;
    if (/\s/u.test(e.name) || e.aliases.length > 0) return false;
    if (!e.mentions.every((x) => this.opensSentence?.(x.start))) return false;
    const lower = this.text.slice(m.start, m.end).toLowerCase();
    if (lower.length < 3 || !/^\p{L}+$/u.test(lower)) return false;
    let cached = this.lowercaseWords.get(lower);
    if (cached === undefined) {
      cached = holdsWord(this.text, lower);
      this.lowercaseWords.set(lower, cached);
    }
    return cached;
  }

  /**
   * Does the person's mention open the main clause after an English opening phrase and its comma
   * ("Asked about his future, Guardiola smiled.", "After the vote, Smith left.")?
   */
  private afterOpeningPhrase(m: Indexed): boolean {
    const start = this.sentenceOpenBefore(m.start, 100);
    return start >= 0 && OPENING_PHRASE.test(this.text.slice(start, m.start));
  }

  /** Does the person's mention open its sentence behind titles only ("Kepala Dinas X Budi …")? */
  private titledSubject(m: Indexed): boolean {
    const start = this.sentenceOpenBefore(m.start, 160);
    return start >= 0 && this.titlesBefore(start, m);
  }

  /**
   * Is the person's mention the subject of an Indonesian sentence in a shape the checks above miss?
   * - after a connective and the person's titles: "Sementara itu, Pj Gubernur … Teguh meminta …";
   * - in apposition to a role that opens the sentence: "Seorang warga, Sumarni, mengaku …",
   *   "Kuasa hukum pemohon, Andi Saputra, berharap …" (a lowercase word follows the name);
   * - named by a passive report of what was said: "Hal itu disampaikan Kepala Dinas X, Rina, …";
   * - for a -nya cue, the subject of the verb it repeats: "… Budi mengeluhkan …" before "keluhnya".
   */
  private indonesianSubject(m: Indexed, pronounAt: number): boolean {
    const start = this.sentenceOpenBefore(m.start, 200);
    if (start < 0) return false;
    const before = this.text.slice(start, m.start);
    const connective = ID_CONNECTIVE.exec(before);
    const rest = connective ? before.slice(connective[0].length) : before;
    const restStart = m.start - rest.length;
    if (rest.length > 0 && this.titlesBefore(restStart, m)) return true;
    const after = this.text.slice(m.end, m.end + 40);
    // titles the entity recognizer did not take whole ("Co-Founder sekaligus Pembina Komunitas …"),
    // maybe after an opening phrase and its comma ("Terkait hal itu, Gubernur BI X mendorong …"),
    // before the name's own predicate
    if (/^\s+\p{Ll}/u.test(after) && !ID_CONTINUING.test(rest)) {
      const comma = rest.lastIndexOf(', ');
      const titles = comma >= 0 ? rest.slice(comma + 2) : rest;
      const opening = comma >= 0 ? rest.slice(0, comma) : '';
      if (
        ID_TITLE_RUN.test(titles) &&
        // no one named in them ("Reynaldi dari PT House of Rattan"), but for a short form in brackets
        !this.overlapping(m.start - titles.length, m.start).some(
          (o) => o.person && this.text[o.start - 1] !== '(',
        ) &&
        (comma < 0 ||
          (/^\p{Lu}/u.test(opening) &&
            !this.overlapping(restStart, restStart + opening.length).some((o) => o.person)))
      )
        return true;
    }
    const role = ID_APPOSED_ROLE.exec(rest);
    // after a connective the role may open in lowercase ("Sementara itu, pemerhati sosial …, X, …")
    if (
      role?.[1] &&
      // (a word after the comma is the name's honorific or title: "Hj ", "Mbah ", "Prof. ")
      (role[2] === undefined ||
        HONORIFICS.has(role[2].toLowerCase()) ||
        PREFIX_TITLES.has(role[2].toLowerCase())) &&
      (connective || /^\p{Lu}/u.test(role[1])) &&
      !FUNCTION_OPENERS.has(role[1].toLowerCase()) &&
      ID_AFTER_APPOSED.test(after)
    )
      return true;
    if (ID_PASSIVE_REPORT.test(rest)) return true;
    // "…, pengendara ojek daring bernama Yusuf (38) mengeluhkan …": a person introduced by name before the verb
    if (ID_NAMED_BEFORE.test(rest) && ID_AFTER_NAMED.test(after)) return true;
    // the verb's subject opens its clause, maybe behind titles ("Saat ditemui, Kapolres Budi menegaskan")
    // (the clause: what follows the last comma, its leading spaces left out)
    const clauseStart = m.start - rest.slice(rest.lastIndexOf(',') + 1).replace(/^\s+/u, '').length;
    const opensClause = clauseStart === m.start || this.titlesBefore(clauseStart, m);
    return opensClause && this.repeatsCueVerb(m, pronounAt);
  }

  /**
   * Does a verb right after the person's mention (within a few words, in its clause) carry the
   * stem of the -nya cue at `pronounAt` ("mengeluhkan" … "keluhnya", "menegaskan" … "tegasnya")?
   */
  private repeatsCueVerb(m: Indexed, pronounAt: number): boolean {
    const cue = /^(\p{Ll}{3,})nya\b/u.exec(this.text.slice(pronounAt, pronounAt + 24));
    if (!cue?.[1]) return false;
    const stem = cue[1];
    const clause = /^[^.!?"“”;]{0,160}/u.exec(this.text.slice(m.end, m.end + 160))?.[0] ?? '';
    const words = clause.match(/\p{L}+/gu) ?? [];
    return words.slice(0, 5).some((w) => verbOfStem(w.toLowerCase(), stem));
  }

  /**
   * Where the sentence that `pos` stands in opens, looking back at most `reach` characters to the
   * last full stop or line break: -1 when nothing stands before `pos` there or no sentence opens there.
   */
  private sentenceOpenBefore(pos: number, reach: number): number {
    if (!this.opensSentence) return -1;
    let start = pos;
    while (start > 0 && pos - start < reach && !endsSentence(this.text.charCodeAt(start - 1))) start--;
    while (start < pos && /\s/.test(this.text[start]!)) start++;
    return start < pos && this.opensSentence(start) ? start : -1;
  }

  /**
   * Does the person's mention open its sentence behind a role noun that only the sentence start
   * capitalizes ("Penyair Hanna …", "Pengamat politik Budi …", "Poet Jane Doe …"), not behind a
   * preposition or conjunction ("Menurut Hanna, …", "Unlike Smith, …")?
   */
  /**
   * "Warga didampingi kuasa hukum dari LBH Yogyakarta, Julian …. Ia menilai …": a person set off by a comma that
   * closes the sentence right before the pronoun's, introduced there by a role, is the one it stands for.
   */
  private introducedLast(m: Indexed, pronounAt: number): boolean {
    return (
      /^\.\s+$/u.test(this.text.slice(m.end, pronounAt)) &&
      /\p{Ll},\s$/u.test(this.text.slice(Math.max(0, m.start - 3), m.start))
    );
  }

  private describedSubject(m: Indexed): boolean {
    if (!this.opensSentence) return false;
    const before = ROLE_OPENER.exec(this.text.slice(Math.max(0, m.start - 40), m.start));
    if (!before?.[1]) return false;
    // "Polisi memanggil Joko": a verb after the capitalized word makes the name its object
    if (before[2] && ID_VERB_FORM.test(before[2])) return false;
    const start = m.start - before[0].length;
    if (start > 0 && !/[.!?\n]\s*$/u.test(this.text.slice(Math.max(0, start - 3), start))) return false;
    return this.opensSentence(start) && !FUNCTION_OPENERS.has(before[1].toLowerCase());
  }

  /** Are the words from `start` up to the person's mention only its titles or the bodies named there? */
  private titlesBefore(start: number, m: Indexed): boolean {
    return this.onlyTitleWords(start, m.start, m.entity as Person, this.overlapping(start, m.start));
  }

  /**
   * Are the words in [start, end) before a person's mention only the person's titles, an
   * organization's name or acronyms ("Deputi Bidang Neraca BPS", "Tbk", "UMKM")? Then they are no
   * part of the speaker's name.
   */
  private onlyTitleWords(start: number, end: number, person: Person, around: readonly Indexed[]): boolean {
    const known = new Set(tokensOf(person.titles.join(' ')));
    for (const m of around) {
      if (!m.person && m.start < end && m.end > start)
        for (const t of tokensOf(this.text.slice(m.start, m.end))) known.add(t);
    }
    const words = this.text.slice(start, end).match(TOKEN) ?? [];
    return (
      words.length > 0 &&
      words.every((w) => known.has(w.toLowerCase()) || (w.length > 1 && w === w.toUpperCase()))
    );
  }

  /**
   * "said the Italian", "the 31-year-old said": a nationality or an age standing for someone just named
   * is that person, as a pronoun would be.
   */
  private described(start: number, end: number): Speaker | null {
    // the article may stand just before the phrase ("said [the] Italian")
    const before = /[Tt]he\s{1,3}$/u.exec(this.text.slice(Math.max(0, start - 6), start));
    const phrase = (before ? before[0] : '') + this.text.slice(start, end);
    if (!DESCRIBED.test(phrase)) return null;
    // "the Vatican" is a place that speaks, not a description
    if (lookupPlace(phrase.replace(/^[Tt]he\s+/u, '')) !== null) return null;
    const s = this.antecedent(start);
    return s?.entity && this.people.some((m) => m.entity.id === s.entity) ? s : null;
  }

  /**
   * "The South Korean chipmaker said", "The company, which …, said": an English definite
   * description of a firm that opens its sentence stands for the firm that is the topic, as "it"
   * would: the nearest earlier organization that spoke or opened a sentence (after a dateline).
   */
  private describedBody(start: number, end: number): Speaker | null {
    const article = ARTICLE_OPENING_OR_AFTER_QUOTE.exec(this.text.slice(Math.max(0, start - 12), start));
    const phrase = this.text.slice(start, end);
    const own = /^[Tt]he\s/u.test(phrase);
    if (!own && !article) return null;
    const words = phrase.replace(/^[Tt]he\s+/u, '').split(/\s+/u);
    const head = (words[words.length - 1] ?? '').toLowerCase();
    // "chipmaker", "papermaker", "steelmaker": a maker of a ware is a firm
    if (words.length > 4 || !(BODY_NOUNS.has(head) || /^\p{Ll}{3,}maker$/u.test(head))) return null;
    const phraseStart = own ? start : start - (article?.[0].length ?? 0);
    if (own && !this.opensSentence?.(start)) {
      if (!OPENING_OR_AFTER_QUOTE.test(this.text.slice(Math.max(0, start - 4), start))) return null;
    }
    let said: Said | null = null;
    for (let k = this.said.length - 1, n = 0; k >= 0 && n < 12; k--, n++) {
      const s = this.said[k]!;
      if (s.pos >= phraseStart) continue;
      const entity = s.speaker.entity;
      if (entity !== null && !this.personIds.has(entity)) said = s;
      break;
    }
    for (
      let k = lastBefore(this.orgs, phraseStart);
      k >= 0 && phraseStart - this.orgs[k]!.start < 3000;
      k--
    ) {
      const m = this.orgs[k]!;
      if (said && m.start < said.pos) break;
      const before = this.text.slice(Math.max(0, m.start - 60), m.start);
      // (after "The", a name of two words or more: "The Computer and Communications Industry
      // Association", not "The SDK")
      const subject =
        SUBJECT_PLACE.test(before) || (SUBJECT_AFTER_THE.test(before) && /\s/u.test(m.entity.name));
      if (!subject) continue;
      return { name: m.entity.name, entity: m.entity.id };
    }
    return said ? said.speaker : null;
  }

  /** Is the speaker linked to an organization (not to a person, nor to no one)? */
  isBody(speaker: Speaker): boolean {
    return speaker.entity !== null && !this.personIds.has(speaker.entity);
  }

  /** Notes that `speaker` spoke at `pos`, for later pronouns and quotes without a cue. */
  record(pos: number, speaker: Speaker, quote?: Span): void {
    this.said.push(quote ? { pos, speaker, quote } : { pos, speaker });
  }

  /**
   * Did the last speaker's words name this entity, in the paragraph it opens a sentence of? ("Paulus menambahkan,
   * NT tidak hanya terlibat …. NT juga aktif …. ”…,” tambahnya": whom the speaker talks about does not take the
   * floor by opening the next sentence.)
   */
  private spokenAbout(said: Said, m: Indexed): boolean {
    const q = said.quote;
    // (a new paragraph that opens with the person is about them: "…,” said Dr. Qadri.\n\nMargarethe … was born")
    if (q === undefined || m.start < q.end || this.text.slice(q.end, m.start).includes('\n')) return false;
    for (let k = lastBefore(this.people, q.end); k >= 0 && this.people[k]!.start >= q.start; k--)
      if (this.people[k]!.entity.id === m.entity.id && this.people[k]!.end <= q.end) return true;
    return false;
  }

  /**
   * The last speaker recorded before `pos` that can be one person: no organization and no plural
   * description, among the last dozen speakers; null when there is none.
   */
  private previousPerson(pos: number): Said | null {
    for (let k = this.said.length - 1, n = 0; k >= 0 && n < 12; k--) {
      const s = this.said[k]!;
      if (s.pos >= pos) continue;
      n++;
      const entity = s.speaker.entity;
      if (entity !== null && this.personIds.has(entity)) return s;
      if (entity === null && !PLURAL_SPEAKER.test(s.speaker.name) && !this.namesBody?.(s.speaker.name))
        return s;
    }
    return null;
  }

  /** The last speaker recorded before `pos`, with where it was recorded. */
  previous(pos: number, noGroup = false): Said | null {
    for (let k = this.said.length - 1; k >= 0; k--) {
      const s = this.said[k]!;
      if (s.pos >= pos) continue;
      if (noGroup && s.speaker.entity === null && ID_GROUP_SPEAKER.test(s.speaker.name)) continue;
      return s;
    }
    return null;
  }

  /**
   * Who a pronoun before `pos` stands for: the last speaker named before it, or when there is
   * none yet, the nearest person mention the entity recognizer found.
   */
  antecedent(pos: number, pronounAt = pos): Speaker | null {
    // English "it" (the pronoun at pronounAt) stands for a company, a body or a document, never
    // for a person
    if (/^it\b/iu.test(this.text.slice(pronounAt, pronounAt + 3))) return this.thingBefore(pos);
    // English "he" and "she", Indonesian "ia", "dia" and "beliau" stand for one person: not for a body or a
    // plural speaker ("officials")
    const onePerson = /^(he|she|ia|dia|beliau)\b/iu.test(this.text.slice(pronounAt, pronounAt + 7));
    // an Indonesian -nya cue stands for one speaker, not a community ("sebagian umat X menilai …")
    const nya = /^\p{Ll}{3,}nya\b/u.test(this.text.slice(pronounAt, pronounAt + 24));
    const said = onePerson ? this.previousPerson(pos) : this.previous(pos, nya);
    // "Penyair Hanna …" before "Menurut dia": an Indonesian role noun opens the sentence (an English
    // sentence opens with a title, "Poet", or an adjective, "Democratic", that tells less)
    const english = /^(he|she|they|we|i|his|her|their)\b/iu.test(this.text.slice(pronounAt, pronounAt + 6));
    if (said && this.opensSentence) {
      // A person who opens a sentence after the last speaker has become the topic.
      for (let k = lastBefore(this.people, pos); k >= 0 && this.people[k]!.start > said.pos; k--) {
        const m = this.people[k]!;
        if (this.commonWord(m) || this.spokenAbout(said, m)) continue;
        if (
          this.opensSentence(m.start) ||
          this.titledSubject(m) ||
          this.afterOpeningPhrase(m) ||
          (!english &&
            (this.describedSubject(m) ||
              this.indonesianSubject(m, pronounAt) ||
              this.introducedLast(m, pronounAt)))
        )
          return { name: this.text.slice(m.start, m.end), entity: m.entity.id };
      }
    }
    // "The governor spoke … She said …": a person described by a role who opened a sentence after
    // the last speaker and before any person named since
    if (onePerson) {
      const role = this.roleTopic(pos, said);
      if (role) return role;
    }
    // Speakers first: a person merely mentioned in between is seldom who "katanya" points to.
    // ("… disampaikan Trump, didampingi Menteri Perdagangan Howard Lutnick. … katanya": one who accompanies the
    // subject is no subject)
    let idx = said ? -1 : lastBefore(this.people, pos);
    while (
      idx > 0 &&
      this.companion(this.people[idx]!) &&
      this.sentenceBreaks(this.people[idx - 1]!.end, pos) <= 1
    )
      idx--;
    const person = idx >= 0 ? this.people[idx]! : null;
    if (person) {
      return { name: person.entity.name, entity: person.entity.id };
    }
    return said ? said.speaker : null;
  }

  /**
   * "…,” ujar [pelatih asal Belanda itu]": a description that points back by its role stands for the person
   * who holds that role, when the pronoun's antecedent is a person merely named ("… tendangan bebas Mohamed
   * Marhoon"), not the last speaker, and holds none such; the nearest holder named before it, in the last
   * 1,500 characters.
   */
  roleHolder(phrase: SpeakerPhrase, found: Speaker | null): Speaker | null {
    // (a bare pronoun, "ia", "katanya", names no role)
    const words = this.text.slice(phrase.start, phrase.end).toLowerCase().split(/\s+/u);
    if (words.length < 2) return null;
    // (the last speaker goes on speaking: "Bagnaia mengakui …. Pebalap asal Italia itu mengaku …")
    if (found?.entity && this.previous(phrase.start)?.speaker.entity === found.entity) return null;
    const head = FORMER_WORDS.has(words[0]!) ? words[1]! : words[0]!;
    const holds = (p: Person): boolean => p.titles.some((t) => titleHead(t) === head);
    const before = found?.entity ? this.people.find((m) => m.entity.id === found.entity) : undefined;
    if (before && holds(before.entity as Person)) return null;
    for (let k = lastBefore(this.people, phrase.start); k >= 0; k--) {
      const m = this.people[k]!;
      if (phrase.start - m.start > 1500) break;
      if (holds(m.entity as Person)) return { name: m.entity.name, entity: m.entity.id };
    }
    return null;
  }

  /** Is mention m introduced as someone accompanying the subject ("didampingi X", "accompanied by X")? */
  private companion(m: Indexed): boolean {
    return COMPANION_BEFORE.test(this.text.slice(Math.max(0, m.start - 60), m.start));
  }

  /** How many sentence ends (a full stop, "!" or "?" before a space) lie between offsets `a` and `b`. */
  private sentenceBreaks(a: number, b: number): number {
    return this.text.slice(a, b).match(/[.!?](?=\s)/gu)?.length ?? 0;
  }

  /**
   * The role ("The governor", "the new coach") that opens the sentence before the pronoun at `pos`,
   * or the one before that, when no person is named from there to the pronoun and no one spoke
   * since; null otherwise.
   */
  private roleTopic(pos: number, said: Said | null): Speaker | null {
    const from = Math.max(0, pos - 600, said ? said.pos : 0);
    const window = this.text.slice(from, pos);
    let found: RegExpExecArray | null = null;
    for (const m of window.matchAll(ROLE_SENTENCE)) found = m;
    if (!found?.[1]) return null;
    const start = from + found.index + found[0].length - found[1].length;
    if (said && start <= said.pos) return null;
    const k = lastBefore(this.people, pos);
    if (k >= 0 && this.people[k]!.start >= start) return null;
    // at most two sentences back
    if (this.sentenceBreaks(start, pos) > 2) return null;
    return { name: found[1], entity: null };
  }

  /**
   * What English "it" before `pos` stands for: the nearest earlier speaker that is no person and
   * no plural ("the firm", "the ministry"), or the nearest organization named before, whichever
   * is closer; null when there is neither.
   */
  thingBefore(pos: number): Speaker | null {
    let said: Said | null = null;
    for (let k = this.said.length - 1, n = 0; k >= 0 && n < 12; k--, n++) {
      const s = this.said[k]!;
      if (s.pos >= pos) continue;
      const entity = s.speaker.entity;
      if (entity !== null && this.personIds.has(entity)) continue;
      if (entity === null && /[^s]s$/iu.test(s.speaker.name)) continue;
      said = s;
      break;
    }
    const k = lastBefore(this.orgs, pos);
    const org = k >= 0 ? this.orgs[k]! : null;
    if (org && (!said || org.start > said.pos))
      return { name: this.text.slice(org.start, org.end), entity: org.entity.id };
    return said ? said.speaker : null;
  }

  /**
   * "… (TNGR) Yarman mengatakan … kata Yarman": a name the recognizer did not mark where the cue stands, that
   * is the name or an alias of exactly one person of the document, is that person.
   */
  private namedPerson(surface: string): Speaker | null {
    let found: Person | null = null;
    for (const m of this.people) {
      const p = m.entity as Person;
      if (p === found || (p.name !== surface && !p.aliases.includes(surface))) continue;
      if (found) return null;
      found = p;
    }
    return found ? { name: surface, entity: found.id } : null;
  }

  /**
   * A partial name ("Fadil") that an earlier speaker's full name contains ("Fadil Imran"): the
   * earlier speaker, who is the same person.
   */
  private earlierFullName(surface: string, pos: number): Speaker | null {
    const want = tokensOf(surface);
    if (want.length === 0) return null;
    const stop = Math.max(0, this.said.length - 50);
    for (let k = this.said.length - 1; k >= stop; k--) {
      const s = this.said[k]!;
      if (s.pos >= pos) continue;
      s.tokens ??= new Set(tokensOf(s.speaker.name));
      const have = s.tokens;
      if (have.size > want.length && want.every((t) => have.has(t))) return s.speaker;
    }
    return null;
  }

  /**
   * "Paus Fransiskus … kata Paus", "President Lula … the president said": a title alone stands for the one
   * person named before with that very title (the surface stays the title; the entity links the person).
   */
  private titleHolder(surface: string, pos: number): Speaker | null {
    const title = officeKey(surface.replace(/^[Tt]he\s+/u, ''));
    if (title.length < 3) return null;
    // ("Kapolri: Tidak Ada Toleransi …" in a headline: the office's holder is named in the body, after it)
    const headline = this.text.lastIndexOf('\n', pos) < 0 && this.text.indexOf('\n', pos) >= 0;
    let holder: Person | null = null;
    for (const m of this.people) {
      if (m.start >= pos && !headline) break;
      const p = m.entity as Person;
      // ("Kapolsek: Korban …" in a headline, "Kapolsek Seberang Ulu I Kompol …" in the body: a one-word office
      // names the one holder of an office it opens there)
      const holds = (t: string): boolean => {
        const key = officeKey(t);
        return key === title || (headline && !title.includes(' ') && key.startsWith(`${title} `));
      };
      if (p === holder || !p.titles.some(holds)) continue;
      if (holder) return null;
      holder = p;
    }
    return holder ? { name: surface, entity: holder.id } : null;
  }

  private overlapping(start: number, end: number): Indexed[] {
    const out: Indexed[] = [];
    // Mentions are sorted by start; they are short, so scanning back a little from the first one
    // that starts at or after `end` finds all that overlap.
    let k = lastBefore(this.mentions, end);
    while (k >= 0 && start - this.mentions[k]!.start < 200) {
      const m = this.mentions[k]!;
      if (m.end > start && m.start < end) out.push(m);
      k--;
    }
    return out.reverse();
  }
}

/**
 * An office compared by its long form, lower case: "Menkeu" and "Menteri Keuangan" are one office, and so are
 * "Menteri Koordinator Bidang Perekonomian" and "Menteri Koordinator Perekonomian".
 */
function officeKey(title: string): string {
  const lower = title.toLowerCase();
  return (MINISTER_OFFICES.get(lower) ?? lower).replace(/^(menteri koordinator) bidang /u, '$1 ');
}

/** A title's first word, lower case, past a former-marker ("Mantan Menteri …" → "menteri"). */
function titleHead(title: string): string {
  const words = title.toLowerCase().split(/\s+/u);
  return (FORMER_WORDS.has(words[0]!) ? words[1] : words[0]) ?? '';
}

/** A body's publications before its name: "data BNPB", "catatan Polri", "hasil survei LSI", "figures from". */
const SOURCE_NOUNS =
  /^(?:(?:data|catatan|laporan|hasil|survei|rilis|keterangan|siaran|pers|pernyataan|temuan|kajian|riset|analisis|perhitungan|pantauan|pihak|figures|a|the|report|statement|survey|estimates?|from|by|of)\s+){1,3}$/iu;

/**
 * The words before "in X"/"di X" back to the clause start: "Officials at the U.N. in", "Diplomats in".
 * Group 1 is the role, group 2 the preposition with its spaces.
 */
const SPEAKERS_IN_PLACE =
  /(?:^|[.;:!?"“”(]\s+|,\s+)([^\s.;:!?"“”(,](?:[^.;:!?"“”(,]|\.(?=\S|\s+\p{Ll})){0,99}?)(\s+(?:in|di)\s+(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s+)?)$/u;

/** An Indonesian community as a speaker ("sebagian umat Muslim", "warga Palestina"): the id quote rules' words. */
const ID_GROUP_SPEAKER = new RegExp(
  `^(?:(?:${GROUP_QUANTIFIERS.join('|')})\\s+)?(?:${COMMUNITY_NOUNS.join('|')})\\s`,
  'iu',
);

/**
 * An English description of several speakers: a lowercase plural noun at its end, or two joined
 * ("officials", "two people familiar with …", "Smith and Lee", "Delegates" alone); a full name in -s
 * ("Tom Jones") is none.
 */
const PLURAL_SPEAKER =
  /(?:^|\s)(?:\p{Ll}[\p{L}-]*[^s'’]s|people|police|men|women|children|staff)$|^\p{Lu}\p{Ll}+[^s'’]s$|\band\b|^(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Mm]any|[Ss]ome|[Bb]oth|[Aa]ll|[Mm]ost|\d+)\b/u;

/** The end of a clause that introduces a companion of the subject: "didampingi Menteri X", "accompanied by Mr X". */
const COMPANION_BEFORE =
  /(?:^|[^\p{L}])(?:didampingi|ditemani|mendampingi|accompanied\s+by|flanked\s+by)\s[^.!?;,"“”]*$/iu;

/** An English phrase that opens a sentence before its subject: "Asked about X, ", "After the vote, ". */
const OPENING_PHRASE =
  /^(?:Asked|Pressed|Speaking|Interviewed|Reached|Questioned|Told|Later|Earlier|After|Before|During|Afterward|Afterwards|Moments|Minutes|Hours|In\s+the\s+(?:town|city|village|district|province|state|county|region|suburb|neighborhood|neighbourhood)\s+of|Outside|Inside|Near|Back\s+in)\b[^.!?"“”,]{0,80}, $/u;

/**
 * An English sentence opened by one person described by a role: "The governor …", "The new coach
 * …" (group 1 without the article), not followed by a name ("The governor, Ann Ruiz,").
 */
const ROLE_SENTENCE =
  /(?:^|[.!?]["”’]?\s+|\n\s*)[Tt]he\s+((?:[a-z][a-z-]+\s+){0,2}(?:governor|mayor|senator|president|minister|spokesman|spokeswoman|spokesperson|chief|director|manager|coach|judge|prosecutor|attorney|lawyer|commissioner|chairman|chairwoman|secretary|ambassador|sheriff|detective|inspector|superintendent|principal|captain|premier|chancellor|treasurer|councilwoman|councilman|lawmaker|congresswoman|congressman|actress|actor|singer|author|founder|CEO|chief executive))\b(?!,|\s+\p{Lu})/gu;

/**
 * Where a description of a body stands as the subject: at a paragraph's or sentence's start, or after what it said
 * ("Demand remains strong, the company said.", '"We are ready," the company said.').
 */
const OPENING_OR_AFTER_QUOTE_SRC = String.raw`(?:^|[.!?]["”’]?\s+|\n\s*|[,"”’]\s{1,3})`;
const OPENING_OR_AFTER_QUOTE = new RegExp(`${OPENING_OR_AFTER_QUOTE_SRC}$`, 'u');
const ARTICLE_OPENING_OR_AFTER_QUOTE = new RegExp(`${OPENING_OR_AFTER_QUOTE_SRC}[Tt]he\\s{1,3}$`, 'u');

/** Head nouns of an English description of a firm or body ("the chipmaker", "the lender"). */
const BODY_NOUNS = new Set(
  `company firm chipmaker automaker carmaker lender retailer drugmaker insurer airline bank group
  conglomerate manufacturer maker startup operator producer miner brewer publisher broadcaster
  developer supplier giant utility exchange club agency ministry union network carrier
  regulator watchdog`
    .trim()
    .split(/\s+/u),
);

/** A paragraph's or a sentence's start. */
const SENTENCE_OPENS = String.raw`^|[.!?]["”’]?\s+|\n\s*`;
/** Where a name is the subject of its sentence: at a paragraph or sentence start, or after a dateline. */
const SUBJECT_PLACE = new RegExp(
  String.raw`(?:${SENTENCE_OPENS}|\)\s*[-—–]+\s*|[A-Z]{2,}\s*[-—–]+\s*)$`,
  'u',
);
/** The same after the English article that opens the sentence ("The Computer and Communications Industry Association"). */
const SUBJECT_AFTER_THE = new RegExp(String.raw`(?:${SENTENCE_OPENS})The\s+$`, 'u');

/**
 * One capitalized word and at most one lowercase word right before a name: "Penyair ", "Pengamat
 * politik ", maybe with a candidate's ballot number ("Calon gubernur nomor urut 2 ").
 */
const ROLE_OPENER = /(?:^|\s)(\p{Lu}\p{Ll}{2,})(?: (\p{Ll}{3,}))?(?: nomor(?: urut)? \d{1,2})? $/u;

/** An Indonesian active or passive verb form: "memanggil", "menyebut", "bertemu", "dipanggil", "dilantik". */
const ID_VERB_FORM = /^(?:me[mny]?\p{Ll}{4,}|ber\p{Ll}{4,}|di\p{Ll}{4,})$/u;

/**
 * Words that open a sentence before a name but make it no subject: prepositions and conjunctions
 * of Indonesian and English, and time words.
 */
const FUNCTION_OPENERS = new Set(
  `menurut kepada bersama dengan untuk bagi oleh dari pada tentang seperti selain tanpa terhadap
  sementara sedangkan namun tetapi dan atau sebelum sesudah setelah saat ketika kemarin kini
  unlike like with for to from by of on at in about besides without against and but or as after
  before while when if since though although because yesterday today then where the a an
  this that these those his her their our my its`
    .trim()
    .split(/\s+/u),
);

/** An Indonesian connective that opens a sentence before its subject: "Sementara itu, ", "Di sisi lain, ". */
const ID_CONNECTIVE =
  /^(?:Sementara(?: itu)?|Selain itu|Adapun|Sedangkan|Namun|Terpisah|Secara terpisah|Di sisi lain|Di tempat (?:terpisah|yang sama)|(?:Dalam|Pada) kesempatan (?:itu|tersebut|yang sama|terpisah)|Kemudian|Sebelumnya|Selanjutnya)(?:,\s*|\s+)/u;

/**
 * A role that opens an Indonesian sentence and a name set off by commas after it: "Seorang warga, ",
 * "Kuasa hukum pemohon, ", "Warga Desa Sei Berombang, ", "General Manager PT ASDP Indonesia Ferry (Persero) Cabang
 * Ketapang, ", "Salah satu jemaah, Hj " (group 1: its first word; a word in brackets may stand in it; group 2: a
 * word after the comma, which must be an honorific or a title of the lexicon).
 */
const ID_APPOSED_ROLE =
  /^(\p{L}\p{Ll}+)(?:[^,.;:!?"“”()]|\([^,.;:!?"“”()]{1,30}\)){0,80}, (?:(\p{L}+)\.? )?$/u;

/** "… bernama Yusuf", "… berinisial AS": a person introduced by name right before the mention. */
const ID_NAMED_BEFORE = /\b(?:bernama|berinisial)\s+$/u;
/** After a name so introduced: an age in brackets, then the clause's active verb ("(38) mengeluhkan"). */
const ID_AFTER_NAMED =
  /^(?:\s*\(\d{1,3}\))?\s+(?:(?:juga|pun|pula|telah|sudah|kembali|masih|sempat|hanya|tidak|tak)\s+){0,3}(?:me|ber)\p{Ll}{2,}/u;

/**
 * After a name in apposition: an age in brackets, the comma and an active verb ("(45), mengeluhkan",
 * ", juga berharap"), not a passive one (", juga telah ditarik").
 */
const ID_AFTER_APPOSED =
  /^(?:\s*\(\d{1,3}\))?(?:\s+(?:asal|warga|dari)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})?,\s+(?:(?:juga|pun|pula|telah|sudah|kembali|masih|sempat|hanya|tidak|tak|belum|akan|justru|bahkan|langsung|segera)\s+){0,3}(?:me|ber)\p{Ll}{2,}/u;

/**
 * A passive report naming who spoke, up to the name: "Hal itu disampaikan ", "Demikian diungkapkan
 * oleh Kepala Dinas X, " (capitalized title words only between the verb and the name); or who lived through
 * the same, the next sentence's topic: "Hal serupa dialami ", "Keluhan yang sama dirasakan ".
 */
const ID_PASSIVE_REPORT =
  /^(?:(?:Hal|Pernyataan|Keterangan|Penjelasan|Pendapat|Pandangan|Keluhan|Kondisi|Nasib|Pengalaman) (?:itu|ini|tersebut|senada|serupa|sama|yang sama)|Demikian(?: hal itu)?) (?:pun )?(?:juga )?di(?:sampaikan|ungkapkan|katakan|jelaskan|tegaskan|utarakan|kemukakan|lontarkan|paparkan|terangkan|nyatakan|tuturkan|ucapkan|sebutkan|akui|benarkan|bantah|alami|rasakan|keluhkan) (?:oleh )?(?:(?:\p{Lu}[\p{L}.-]*|\(\p{Lu}[\p{L}-]*\)),? ){0,12}$/u;

/**
 * Title words before a name: capitalized words, acronyms in brackets, dashes and the few lowercase
 * words titles hold ("Co - Founder sekaligus Pembina Komunitas Bike to Work (B2W) "; "dari" before a
 * faction or a party: "Anggota Komisi IX DPR dari Fraksi PDI-P ").
 */
const ID_TITLE_RUN =
  /^(?:(?:\p{Lu}[\p{L}\p{N}.'’-]*|\([\p{L}\p{N} /-]{1,40}\)|[-–&]|dan|di|dari(?=\s+(?:Fraksi|Partai)\s)|sekaligus|serta|bidang|urusan|untuk|of|and|for|to|the)\s+){1,16}$/u;

/**
 * Words by which the writer goes on with the last speaker's reasoning ("Apalagi, Presiden X sudah
 * …", "Sebab, …"): a person named after them is an argument, not a new speaker.
 */
const ID_CONTINUING =
  /^(?:Apalagi|Bahkan|Padahal|Sebab|Karena|Maka|Jadi|Artinya|Pasalnya|Oleh karena itu)\b/u;

/** Nasal prefixes of Indonesian active verbs, with the stem letter they swallow ("menegaskan" ← tegas). */
const NASAL: readonly (readonly [string, string])[] = [
  ['meng', 'k'],
  ['meny', 's'],
  ['men', 't'],
  ['mem', 'p'],
];

/** Is `verb` an active or ber- form of `stem` ("mengeluhkan" ← keluh, "menyebutkan" ← sebut)? */
function verbOfStem(verb: string, stem: string): boolean {
  for (const b of [verb, verb.replace(/kan$/u, ''), verb.replace(/i$/u, '')]) {
    if (b === `ber${stem}` || b === `me${stem}` || b === `mem${stem}` || b === `men${stem}`) return true;
    if (b === `meng${stem}` || b === `meny${stem}`) return true;
    for (const [prefix, swallowed] of NASAL)
      if (stem.startsWith(swallowed) && b === prefix + stem.slice(1)) return true;
  }
  return false;
}

/**
 * A definite description by nationality, age or standing in a sport: "the Italian", "the Frenchman",
 * "the Serb", "the 31-year-old", "the world number one", "the defending champion".
 */
const DESCRIBED = new RegExp(
  '^[Tt]he\\s+(?:\\d{1,3}-year-old|\\p{Lu}\\p{Ll}{2,}(?:ian|an|ese|ish|man|woman|ard)' +
    '|(?:Serb|Croat|Dane|Swede|Pole|Czech|Slovak|Greek|Swiss|Scot|Finn|Turk|Thai|Briton|Kiwi|Argentine|Filipino|Israeli|Pakistani|Saudi|Iraqi|Kazakh|Uzbek)' +
    "|(?:world|women's|men's)\\s+(?:number|No\\.)\\s+(?:one|two|three|four|five|\\d{1,3})" +
    '|(?:defending|reigning)\\s+(?:champion|titleholder|title\\s+holder))$',
  'u',
);

/**
 * Are the words a person's mention holds before the phrase's name one or two more name words ("Donny Agung "),
 * no opener ("Menurut ") and no derived noun of an office ("Kepresidenan ")?
 */
function nameWordsBefore(words: string): boolean {
  const ws = words.trim().split(/\s+/u);
  return (
    ws.length <= 2 &&
    ws.every(
      (w) =>
        /^\p{Lu}\p{Ll}+$/u.test(w) &&
        !FUNCTION_OPENERS.has(w.toLowerCase()) &&
        !/^(?:ke|pe)\p{Ll}+an$/iu.test(w) &&
        // ("Said Ellis: …": a verb of saying opening the sentence)
        !/^(?:said|says|told|added|asked|wrote|kata|ujar|tutur)$/iu.test(w),
    )
  );
}

/** A lower-case noun of a leader's government or campaign right after a name ("Bush administration"). */
const AFFILIATION_AFTER = /^\s+(?:administration|government|campaign|camp|aides?|loyalists?|allies)\b/u;

function lastOf<T>(xs: readonly T[]): T | undefined {
  return xs[xs.length - 1];
}

/** Index of the last span that starts before `pos` (spans sorted by start), or -1. */
function lastBefore(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Does `text` hold `word` as a whole word, written as given (no letter or digit right before or after)? */
function holdsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 ? String.fromCodePoint(text.codePointAt(at - 1)!) : '';
    const after = text.codePointAt(at + word.length);
    if (
      !(before && LETTER_OR_DIGIT.test(before)) &&
      !(after !== undefined && LETTER_OR_DIGIT.test(String.fromCodePoint(after)))
    )
      return true;
  }
  return false;
}
