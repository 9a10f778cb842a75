// English words for who-said-what: verbs of saying, pronouns, and the titles and role nouns of a
// speaker phrase. Linguistic knowledge, not taken from any corpus.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** Finite forms of verbs that report speech or writing ("said", "told", "warns"). */
export const SPEECH_VERBS = set(`
said says say told tells tell added adds explained explains noted notes warned warns insisted
insists stated states wrote writes argued argues claimed claims declared declares asked asks
replied replies responded responds recalled recalls continued continues acknowledged
acknowledges admitted admits announced announces suggested suggests emphasized emphasizes
emphasised stressed stresses observed observes remarked remarks tweeted tweets posted
maintained maintains contended contends conceded concedes predicted predicts cautioned cautions
complained complains testified testifies confirmed confirms denied denies alleged alleges
asserted asserts reported reports countered counters quipped quips joked jokes shouted
exclaimed answered answers conceded charged charges vowed vows pledged pledges promised
promises agreed agrees disagreed believes thinks argue contend maintain insist warn claim
estimated estimates concluded concludes revealed reveals indicated indicates mentioned mentions
urged urges demanded demands proclaimed boasted bragged lamented wondered speculated
reads shouted yelled screamed whispered muttered sings sang chanted texted emailed
`);

/** Verbs that report speech only with a "that"-clause or a quote ("believes that …"). */
export const WEAK_VERBS = set(`
believes thinks argue contend maintain insist warn claim estimated estimates concluded concludes
revealed reveals indicated indicates mentioned mentions urged urges demanded demands agreed
agrees vowed vows pledged pledges promised promises charged charges wondered speculated asks asked
continued continues maintains maintained
`);

/** -s forms that are also plural nouns ("swing states", "his remarks"): a real subject must precede. */
export const NOUN_LIKE_VERBS = set(`
states notes claims reports remarks charges estimates answers promises pledges vows demands
mentions reveals indicates urges jokes quips posts tweets counters warns adds continues
challenges offers requests protests supports backs echoes welcomes favors credits faults frames
brands references terms disputes contests champions questions attacks
advocates calls details highlights labels outlines comments votes
`);

/** -ing forms that attach a quote to the clause before ("…, saying “…”"). */
export const PARTICIPLES = set(`
saying adding noting explaining arguing warning insisting telling writing asking claiming
declaring stating tweeting recalling stressing singing chanting shouting yelling screaming
whispering joking quipping
`);

export const PRONOUNS = set(`he she they i we it`);

/** Words that may stand between a subject and its verb ("Smith also said", "she has said"). */
export const ADVERBS = set(`
also later previously has have had once repeatedly recently then already often publicly
privately reportedly frequently again further separately simply flatly bluntly quickly
initially first earlier subsequently finally himself herself would will since
long consistently openly explicitly specifically always even still now just sharply strongly
loudly quietly routinely generally largely formally officially directly angrily immediately
not never did does do didn't doesn't don't didn’t doesn’t don’t could can may might should must
haven't hasn't hadn't won't wouldn't can't couldn't shouldn't haven’t hasn’t hadn’t won’t wouldn’t
can’t couldn’t shouldn’t
`);

/** Forms of "be" between a subject and a progressive verb of saying ("Smith is saying"). */
/** Modal verbs: before a passive ("could be expected to"), or after "it" ("… said it would be hard"). */
export const MODALS = set(`will would could can may might should must`);

export const BE_FORMS = set(`is are was were isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t 's ’s`);

/** Honorifics and titles that stand before a name but are not part of it. */
export const TITLES = set(`
mr mrs ms miss dr prof sir dame lord lady rev reverend father sister president vice premier
chancellor minister secretary ambassador envoy governor gov mayor senator sen congressman
congresswoman rep representative judge justice commissioner chairman chairwoman chair chief
director spokesman spokeswoman spokesperson king queen prince princess pope cardinal bishop
general gen lieutenant lt colonel col major maj captain capt commander admiral adm sergeant sgt
officer sheriff coach manager leader deputy ceo cfo economist analyst professor lawyer attorney
prosecutor editor correspondent reporter candidate nominee former acting interim assistant
associate senior executive founder co-founder head treasurer speaker whip delegate strategist
adviser advisor aide consultant pollster researcher author historian expert activist organizer
chairperson superintendent detective inspector councilman councilwoman councilor alderman
assemblyman assemblywoman trustee lawmaker legislator governor-elect mayor-elect
`);

/** Capitalized words inside role and organization names that are not part of a person's name. */
export const NOT_NAME = set(`
state department house senate congress ministry office agency committee council court party
campaign administration government university college institute foundation center centre
association union league bureau commission service services news times post journal press
republican republicans democrat democrats democratic gop white national federal american
united states u.s. us uk u.n. un eu nato cia fbi pentagon kremlin city county police army
navy force group company corp inc co ltd fund bank board school church network tv radio
insider today daily weekly magazine review monday tuesday wednesday thursday friday saturday
sunday january february march april may june july august september october november december
the a an in on at of for and but if when while as after before during though although because
trump's clinton's it this that these those there here what who why how where we i he she they
`);

/** Role nouns that make a description a speaker ("the spokesman", "officials", "a source"). */
export const ROLE_NOUNS = set(`
spokesman spokeswoman spokesperson official officials aide aides adviser advisers advisor
advisors source sources analyst analysts expert experts critic critics supporter supporters
officer officers lawyer lawyers attorney attorneys prosecutor prosecutors statement report
reports study survey poll polls campaign administration government police authorities
researchers scientists economists observers residents witnesses voters democrats republicans
leaders lawmakers legislators senators members staff spokespeople representatives executives
organizers activists protesters doctors nurses teachers parents people person man woman
statement memo letter release candidate nominee president governor mayor senator minister
secretary director chairman chief head founder professor economist strategist pollster
businessman businesswoman billionaire mogul host anchor announcer narrator writer columnist
commentator author historian scholar researcher scientist physician surgeon judge lawmaker
letter memo filing complaint ruling lawsuit brief editorial newspaper network agency
owner owners operator operators employee employees worker workers investor investors
shareholder shareholders farmer farmers student students driver drivers passenger passengers
patient patients victim victims families relatives neighbor neighbors neighbour neighbours
customer customers consumer consumers tenant tenants landlord landlords homeowners citizens
diplomat diplomats negotiator negotiators investigator investigators regulator regulators
engineer engineers attorneys-general ministers envoys observers insiders
coach coaches manager managers captain skipper striker midfielder defender goalkeeper winger batsman batter
bowler pitcher quarterback teammate teammates rookie teenager youngster
`);

/** Words that end a speaker phrase after an inverted cue ("said Smith in a statement"). */
export const PHRASE_STOPS = set(`
in on at during after before while when who whom whose which that to from with by as about
according last this next on monday tuesday wednesday thursday friday saturday sunday yesterday
today tonight earlier later told said says adding noting because since though although but and
`);

/** Capitalized words that open a sentence without being part of a name. */
export const SENTENCE_OPENERS = set(`
but and so yet or then still also however meanwhile instead indeed now later earlier in on at
after before during while when if as because though although since the a an this that these
those there here his her their its our my your what why how where who last next both some many
most few several all one two three speaking asked even only just once unless until whether
`);

/** Past forms of irregular verbs of reporting and knowing (the -s and -ing forms are regular). */
const IRREGULAR_PAST: Readonly<Record<string, readonly string[]>> = {
  say: ['said'],
  tell: ['told'],
  think: ['thought'],
  find: ['found'],
  know: ['knew', 'known'],
  feel: ['felt'],
  write: ['wrote', 'written'],
  show: ['showed', 'shown'],
  see: ['saw', 'seen'],
  foresee: ['foresaw', 'foreseen'],
  hold: ['held'],
  speak: ['spoke', 'spoken'],
  understand: ['understood'],
  hear: ['heard'],
  mean: ['meant'],
  forecast: ['forecast'],
  swear: ['swore', 'sworn'],
  teach: ['taught'],
  seek: ['sought'],
  lay: ['laid'],
  put: ['put'],
  read: ['read'],
  forbid: ['forbade', 'forbidden'],
};

/** Past forms of common irregular verbs of any kind ("spoke", "went", "won"), to tell a finite verb. */
export const IRREGULAR_PAST_FORMS = set(`
said told thought found knew felt wrote showed saw held spoke heard meant swore taught sought laid
went came took gave made left won lost ran became began led met sent spent stood sat fell rose
drove paid kept brought bought built caught chose drew fought flew forgot got grew hid hung lay
rode rang sold shot shut sang sank slept slid stole struck swam swept swung threw tore woke wore
understood withdrew overtook undertook oversaw upheld
`);

/**
 * The finite and -ing forms of a verb: "argue" → argue argues argued arguing. A trailing "*"
 * doubles the final consonant before -ed and -ing ("admit*" → admitted, admitting).
 */
export function inflect(spec: string): string[] {
  const double = spec.endsWith('*');
  const base = double ? spec.slice(0, -1) : spec;
  const last = base[base.length - 1] ?? '';
  const consonantY = /[^aeiou]y$/.test(base);
  const third = /(s|sh|ch|x|z|o)$/.test(base)
    ? `${base}es`
    : consonantY
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const stem = double ? base + last : base;
  const past = IRREGULAR_PAST[base] ?? [
    base.endsWith('e') ? `${base}d` : consonantY ? `${base.slice(0, -1)}ied` : `${stem}ed`,
  ];
  const ing = base.endsWith('ie')
    ? `${base.slice(0, -2)}ying`
    : /[^aeiouy]e$/.test(base) || /[^e]ue$/.test(base)
      ? `${base.slice(0, -1)}ing`
      : `${stem}ing`;
  return [base, third, ...past, ing];
}

const inflected = (specs: string): ReadonlySet<string> =>
  new Set(
    specs
      .trim()
      .split(/\s+/u)
      .flatMap((s) => inflect(s)),
  );

/**
 * Verbs that report what someone said, wrote, found or thinks as a clause ("argued that …",
 * "believes the plan will fail"): saying, asserting, conceding, predicting, and verbs of knowing,
 * believing and showing. In all their inflections.
 */
const REPORT_BASES = `
say add argue claim assert allege contend maintain insist note observe remark explain state
declare announce report reveal disclose acknowledge admit* concede confirm deny suggest predict
estimate warn caution recall stress emphasize emphasise underscore conclude testify swear vow
pledge promise guarantee assure reassure reply respond counter retort speculate write tweet post
complain boast brag charge believe think hope fear expect worry suspect figure reckon agree
signal hint imply indicate demonstrate show find prove determine learn realize realise recognize
recognise understand know feel doubt project forecast calculate mention reiterate contend
ask proclaim affirm posit theorize surmise acknowledge lament concede insinuate predict joke quip
`;
export const REPORT_VERBS = inflected(REPORT_BASES);

/** Verbs of knowing and perceiving: they report only with "that" or a pronoun-led clause. */
export const COGNITION_VERBS = inflected(`
think know feel find show learn realize realise recognize recognise understand hope fear expect
worry figure reckon prove determine demonstrate indicate mean see hear read
`);

/**
 * Verbs whose object is the attributed content, a proposal, judgement or demand ("called for a
 * moratorium", "wants to cut taxes", "cited the report as proof"), each with the particle it
 * takes ("call for"); a bare entry takes its object directly.
 */
export const OBJECT_VERB_SPECS: readonly (readonly [string, string | null])[] = [
  ['call', 'for'],
  ['call', 'on'],
  ['push', 'for'],
  ['press', 'for'],
  ['point', 'to'],
  ['speak', 'of'],
  ['talk', 'about'],
  ['complain', 'about'],
  ['warn', 'of'],
  ['warn', 'against'],
  ['warn', 'about'],
  ['insist', 'on'],
  ['agree', 'to'],
  ['refuse', 'to'],
  ['decline', 'to'],
  ['threaten', 'to'],
  ['plan', 'to'],
  ['vow', 'to'],
  ['pledge', 'to'],
  ['promise', 'to'],
  ['call', null],
  ['propose', null],
  ['recommend', null],
  ['urge', null],
  ['want', null],
  ['cite', null],
  ['criticize', null],
  ['criticise', null],
  ['praise', null],
  ['oppose', null],
  ['reject', null],
  ['dismiss', null],
  ['accuse', null],
  ['blame', null],
  ['question', null],
  ['demand', null],
  ['defend', null],
  ['endorse', null],
  ['condemn', null],
  ['denounce', null],
  ['describe', null],
  ['characterize', null],
  ['label', null],
  ['dub', null],
  ['tout', null],
  ['mock', null],
  ['applaud', null],
  ['decry', null],
  ['slam', null],
  ['blast', null],
  ['outline', null],
  ['detail', null],
  ['advocate', null],
  ['seek', null],
  ['attack', null],
  ['challenge', null],
  ['discuss', null],
  ['highlight', null],
  ['lay', 'out'],
  // verbs of supporting and opposing, welcoming and rejecting, praising and faulting
  ...bareVerbs(`
    support back echo welcome favor favour champion promote advocate dispute contest refute
    rebut ridicule deride downplay hail laud commend fault credit approve unveil offer request
    encourage admire dislike resent distrust regret bemoan protest portray depict frame brand
    term reference invoke recount raise
  `),
  ...particleVerbs(`
    talk:about speak:about,of,on,against write:about,of comment:on complain:about,of brag:about
    boast:about joke:about testify:about,on argue:about,against warn:about,of worry:about
    think:about,of know:about,of learn:about,of hear:about,of care:about debate:over,about
    disagree:with,over,about agree:with,on insist:on focus:on dwell:on elaborate:on reflect:on
    weigh:in campaign:for,against,on vote:for,against,on,to rule:on,against,in decide:against,on
    rail:against lash:out push:back,for fight:for,against plead:for lobby:for,against
    advocate:for press:for,on criticize:for blame:for praise:for accuse:of approve:of
    disapprove:of express:concern,support,doubt,frustration,opposition raise:questions,concerns,doubts
    voice:concern,support,doubt,frustration,opposition
    point:out sound:off double:down
  `),
];

/**
 * Verbs of the list above that are mostly acts, each with the nouns that make its object something
 * said or proposed: "approved a bill" (not "approved emergency declarations"), "raised the issue"
 * (not "raised the alert status"), "welcomed the plan" (not "welcomed the findings", "welcomed
 * guests"). One of the nouns must stand among the first words of the object.
 */
export const RESTRICTED_OBJECT_VERBS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const spec: [string, string][] = [
    [
      'approve',
      'bill bills measure measures resolution resolutions amendment amendments legislation law laws proposal proposals plan plans policy policies',
    ],
    [
      'raise',
      'issue issues question questions concern concerns doubt doubts possibility prospect prospects specter spectre idea point points matter objection objections alarm',
    ],
    // "unveiled a plan to cut taxes" (not "unveiled a folding tablet", "unveiled a statue")
    [
      'unveil',
      'plan plans proposal proposals strategy strategies policy policies agenda bill measure measures budget initiative initiatives reform reforms package programme program roadmap vision framework blueprint platform manifesto draft drafts version list report details outline rules regulations legislation',
    ],
    // "touted his record", "touts the drug as a cure" (not "touts AI routing", "touts its beaches")
    [
      'tout',
      'record records plan plans proposal proposals policy policies achievement achievements accomplishment accomplishments success successes progress benefit benefits deal agreement bill legislation law reform reforms agenda strategy approach credentials experience idea ideas claim',
    ],
    [
      'welcome',
      'plan plans proposal proposals decision decisions move announcement agreement deal ruling verdict law bill policy initiative step steps offer commitment ceasefire talks statement',
    ],
  ];
  const map = new Map<string, ReadonlySet<string>>();
  for (const [verb, nouns] of spec) {
    const set = new Set(nouns.split(/\s+/u));
    for (const form of inflect(verb)) map.set(form, set);
  }
  return map;
})();

/**
 * Nouns of a stance that one expresses, voices or raises ("expressed deep concern about …",
 * "raised doubts over …", "voiced support for …").
 */
export const STANCE_OBJECT_NOUNS = set(`
concern concerns misgivings doubt doubts outrage frustration support opposition skepticism
scepticism reservations alarm dismay regret regrets anger confidence optimism pessimism questions
worries worry fears fear hope hopes interest sympathy condolences disappointment displeasure
objections objection criticism gratitude solidarity unease
`);

/** Base forms of verbs of reporting that are also nouns ("the report", "this post", "a state"). */
export const NOUN_LIKE_BASES = set(`
state post report show claim note charge estimate promise pledge vow answer reply comment
question attack support call plan demand forecast project signal hint joke quip fear hope worry
doubt count challenge label detail outline praise blame push press debate tweet mention
term frame brand reference credit fault offer request protest back support echo welcome favor
dispute contest champion
`);

/** "support back" → [support, null], [back, null]: verbs that take what was said as their object. */
function bareVerbs(spec: string): [string, null][] {
  return spec
    .trim()
    .split(/\s+/u)
    .map((verb): [string, null] => [verb, null]);
}

/** "talk:about speak:about,of" → [talk, about], [speak, about], [speak, of]. */
function particleVerbs(spec: string): [string, string][] {
  return spec
    .trim()
    .split(/\s+/u)
    .flatMap((entry) => {
      const [verb = '', particles = ''] = entry.split(':');
      return particles.split(',').map((p): [string, string] => [verb, p]);
    });
}

/** Nouns that report content with a that-clause ("the claim that …", "his warning that …"). */
export const REPORT_NOUNS = set(`
claim claims assertion assertions argument allegation allegations belief view warning warnings
promise pledge suggestion insistence conclusion conclusions finding findings prediction
predictions estimate statement announcement admission acknowledgment acknowledgement contention
charge accusation accusations fear fears hope hopes suspicion suspicions assurance assurances
insinuation complaint argument arguments theory report reports
`);

/** Groups and documents that can report, find or demand ("the union is calling for …"). */
export const REPORTER_NOUNS = set(`
union unions company companies group groups committee council party court board agency ministry
airline airlines carrier lender lenders retailer insurer manufacturer maker automaker carmaker chipmaker
miner utility developer exporter producer supplier brewer publisher broadcaster conglomerate
department commission firm bank coalition organization organisation association foundation
institute university network newspaper paper team panel government administration campaign
study studies survey surveys poll polls report analysis data video research review audit
investigation inquiry probe documents records transcript footage lawsuit complaint ruling
agreement deal bill law plan proposal measure budget forecast estimate model index
average averages tally count figures numbers statistics results filings tape tapes clip photo
photos image images document letter email emails ad ads film documentary book article column
essay speech commercial spot paper memoir
office offices embassy embassies authority regulator regulators watchdog legislature parliament
cabinet army military navy club
`);
