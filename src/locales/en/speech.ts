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
continued continues
`);

/** -s forms that are also plural nouns ("swing states", "his remarks"): a real subject must precede. */
export const NOUN_LIKE_VERBS = set(`
states notes claims reports remarks charges estimates answers promises pledges vows demands
mentions reveals indicates urges jokes quips posts tweets counters warns adds continues
`);

/** -ing forms that attach a quote to the clause before ("…, saying “…”"). */
export const PARTICIPLES = set(`
saying adding noting explaining arguing warning insisting telling writing asking claiming
declaring stating tweeting recalling stressing
`);

export const PRONOUNS = set(`he she they i we it`);

/** Words that may stand between a subject and its verb ("Smith also said", "she has said"). */
export const ADVERBS = set(`
also later previously has have had once repeatedly recently then already often publicly
privately reportedly frequently again further separately simply flatly bluntly quickly
initially first earlier subsequently finally himself herself would will since
`);

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
most few several all one two three speaking asked
`);
