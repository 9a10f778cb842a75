// English word lists for the entity rules: titles, organization heads and suffixes, name particles
// and the capitalized function words that never start a name. Linguistic knowledge, not names.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

/** Honorifics written before a name, with or without a full stop. */
export const HONORIFICS = set(`
mr mrs ms miss mister madam madame dr prof sir dame lord lady sheikh sheik rev reverend fr father
sister brother mme mlle messrs herr monsieur signor senor senora haji hajji imam rabbi pastor
baroness baron countess earl duke duchess viscount viscountess marquess
`);

/** Offices and ranks that stand before a name ("President", "Coach", "Gen"). */
export const TITLE_HEADS = set(`
president vice-president premier chancellor minister secretary ambassador envoy governor mayor
senator sen congressman congresswoman rep representative judge justice magistrate commissioner
chairman chairwoman chair chief director spokesman spokeswoman spokesperson king queen prince
princess emperor empress pope cardinal bishop archbishop ayatollah mullah general gen lieutenant lt
colonel col major maj captain capt commander cmdr admiral adm sergeant sgt corporal cpl private pvt
marshal brigadier brig inspector superintendent detective det officer constable sheriff coach
manager striker midfielder defender goalkeeper forward winger playmaker skipper batsman bowler
opener spinner pitcher quarterback champion counterpart deputy leader chairperson ceo cfo coo
economist analyst dealer trader strategist professor lecturer lawyer attorney prosecutor
counsel editor correspondent reporter candidate nominee rival challenger opponent veteran
teammate compatriot countryman countrywoman favourite favorite seed winner runner-up holder
gov atty supt insp dep sec amb pres treasurer governor-general premier-elect president-elect
speaker councilmember councilman councilwoman councillor councilor alderman alderwoman assemblyman
assemblywoman assemblymember mp mps mep msp mla cllr administrator adviser advisor comptroller ombudsman
auditor coroner boss
`);

/**
 * Roles a person holds, named in lower case beside the name ("Ana Ruiz, an analyst at …", "the
 * referee, Tom Hale,"): every title head, and occupations that say no more than that the name is a
 * person's. Used for the title shown, never to find a name.
 */
export const APPOSED_ROLES: ReadonlySet<string> = new Set([
  ...TITLE_HEADS,
  ...`
referee umpire owner founder co-founder partner clerk surgeon physician doctor nurse cardiologist
oncologist psychiatrist psychologist epidemiologist virologist scientist researcher geologist
seismologist economist historian sociologist engineer architect teacher principal dean provost
chancellor student pastor priest rabbi imam minister spokesperson executive accountant consultant
investigator pilot farmer fisherman curator librarian auditor organizer organiser campaigner
activist official officer worker volunteer resident commentator pundit columnist broadcaster
journalist photographer producer manager supervisor superintendent trustee treasurer president
actor actress filmmaker novelist author writer poet singer musician composer meteorologist forecaster
climatologist hydrologist
`
    .trim()
    .split(/\s+/u),
]);

/** Lower-case nouns right before a name that say it is a person ("his wife Naina", "boxing legend X"). */
export const PERSON_NOUNS_BEFORE = set(`
wife husband son daughter father mother brother sister uncle aunt nephew niece cousin widow widower
grandson granddaughter grandfather grandmother fiancee fiance girlfriend boyfriend legend star
hero icon singer actor actress writer author poet novelist painter artist composer musician
director producer player athlete runner sprinter jumper swimmer cyclist rider driver jockey
golfer boxer fighter wrestler skater skier climber dissident activist militant rebel guerrilla
gunman suspect victim hostage prisoner defendant witness businessman businesswoman tycoon
billionaire millionaire banker entrepreneur investor founder co-founder cofounder owner chairman
spokesman spokeswoman executive boss
democrat republican conservative liberal socialist communist nationalist
`);

/** Words that qualify a title ("Foreign Minister", "Deputy Prime Minister", "Former President"). */
export const TITLE_MODIFIERS = set(`
prime foreign deputy vice acting interim former ex late assistant associate senior junior chief
finance defence defense interior trade economy economics justice health education labour labor
agriculture energy industry transport culture information environment home state federal
national regional provincial general executive managing first second third grand supreme
high crown attorney secretary-general under-secretary undersecretary opposition party
majority minority cabinet rear district petty
`);

/** Final words that make a capitalized sequence an organization ("Acme Holdings Inc"). */
export const ORG_SUFFIXES = set(`
inc incorporated corp corporation ltd limited plc llc llp co company cos companies ag sa nv bv
gmbh spa srl oyj ab asa kk pty pte bhd tbk sdn holdings holding group fc afc cf sc ac
partners associates industries enterprises international technologies systems airlines airways
motors bancorp bank banks trust securities capital investments insurance assurance resources
petroleum oil mining energy pharmaceuticals communications telecom entertainment brewing
airline railways railroad foods devices instruments materials semiconductor semiconductors electronics
software networks robotics therapeutics biosciences pharma technology
`);

/**
 * Trades a company is named for right after its country ("Japan Airlines", "China Mobile", "US Steel",
 * "Canada Post"): with a country before it the word names the national company, not a title or a place.
 */
export const NATIONAL_COMPANY_TRADES = set(`
steel mobile telecom telecoms telekom unicom airlines airways air rail railways post tobacco petroleum
oil gas power electric energy shipping motors broadband biobank
`);

/** Head words anywhere in a capitalized sequence that make it an organization. */
export const ORG_HEADS = set(`
party ministry department dept office agency authority commission committee council board bureau
university college school institute institution academy foundation fund association federation
confederation union league organisation organization society club team corps army navy
police court parliament congress senate assembly cabinet government administration secretariat
exchange bourse bank newsroom news agency times post herald tribune journal gazette telegraph
guardian observer chronicle mirror daily weekly magazine television radio broadcasting network
press service services group alliance coalition front movement brigade brigades force forces
church mission hospital clinic centre center centres centers reserve treasury directorate
command guard tribunal caucus forum council xi survey
institut institutet instituut universidad universidade università universität universiteit universitet
`);

/** Geographic head words ("Lake Victoria", "Gulf of Mexico", "West Bank"). */
export const PLACE_HEADS = set(`
street st road rd avenue ave boulevard square lane highway bridge airport port harbour harbor
river lake sea ocean gulf bay strait straits island islands isles mount mountains mountain hills
valley desert peninsula coast cape canal county province state district region territory
republic kingdom emirates city town village park stadium arena oval plaza palace springs
corridor prison jail penitentiary falls drive cathedral basilica mosque synagogue base works refinery smelter
station airfield meadows isle
parish borough glacier volcano reef fault
`);

/** Short words written with a full stop that belong to the name after them ("St. Louis", "Gen. Smith"). */
export const DOT_ABBREVIATIONS = set(`
st mt ft pt mr mrs ms dr prof sr jr gen col lt maj capt cmdr adm sgt cpl gov sen rep rev hon
supt insp det messrs mme mlle fr
`);

/** Particles inside names ("Ludwig van Beethoven", "Osama bin Laden", "Charles de Gaulle"). */
export const NAME_PARTICLES = set(`
van von der den de del della di da das dos do du la le bin ibn bint al el abu ben y
`);

/** Lower-case connectors that may sit inside an organization or place name ("Bank of England"). */
export const NAME_CONNECTORS = set(`of for and & on`);

/** Months that are also given names ("Jan Koum", "June Carter", "April Ryan", "August Wilson"). */
export const MONTH_NAMES_GIVEN = set('jan april june august');

/**
 * Capitalized words that do not begin a name when they start a sentence or a sequence
 * ("The", "After", "Friday"). Checked in lower case.
 */
export const NOT_NAMES = set(`
the a an this that these those there here it its he she they we you i his her their our my your
in on at by for from to of with without into onto over under after before since until during
about above across against along among around behind below beside between beyond despite down
except inside near off out outside through throughout toward towards upon via within
and but or nor so yet if when while where whether because although though unless as than then
also however meanwhile moreover nevertheless still thus therefore instead otherwise indeed
all any both each every few many more most much no none some such other another own same
what which who whom whose why how
is are was were be been being has have had do does did will would shall should can could may
might must not yes
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun
today tomorrow yesterday tonight
i'm i've i'll i'd we're we've you're you've they're they've it's that's there's he's she's
won't don't can't isn't aren't wasn't weren't doesn't didn't hasn't haven't hadn't shouldn't wouldn't couldn't
one two three four five six seven eight nine ten first second third last next
result results score scores table standings attendance scorers note notes source sources
`);

/** Organizations that a single head word names on its own ("Parliament", "the Army"). */
export const SINGLE_WORD_ORGS = set(`
parliament congress senate cabinet army navy police treasury pentagon kremlin interpol nato
bundesbank bundestag knesset duma politburo vatican fed eurogroup bundesrat riksdag sejm storting
folketing majlis hamas hezbollah hizbollah taliban fatah isis isil al-qaeda al-shabaab
unicef unesco unctad unaids unrwa frontex destatis
`);

/** International news agencies (they sign most wire copy). */
export const NEWS_AGENCIES = set(`
reuters ap afp upi xinhua kyodo bernama antara tass itar-tass interfax yonhap ansa efe dpa pti
bloomberg
`);

/** Press nouns after a name that make it a title even when the name opens a sentence ("Liberta newspaper said"). */
const PRESS_NOUNS = 'newspaper newspapers daily weekly tabloid magazine';
export const PRESS_NOUNS_AFTER = set(PRESS_NOUNS);

/** Nouns after a name that make it an organization ("the Interfax news agency"), the press nouns among them. */
export const ORG_NOUNS_AFTER = set(`
agency ${PRESS_NOUNS} party company firm bank group airline carrier club union federation
`);

/** Nouns before "of X" that make X a place ("the town of X", "outskirts of X"). */
export const PLACE_NOUNS_BEFORE_OF = set(`
town city village capital province region district state county outskirts suburb suburbs
island port centre center heart north south east west
`);

/** Countries and regions the gazetteer lacks: former states, alternate names, world regions. */
/** Landmarks and seats of government the news names by their place ("White House", "Downing Street"). */
export const LANDMARKS = set(`
white_house downing_street capitol_hill wall_street blue_house elysee_palace élysée_palace red_square
tiananmen_square times_square trafalgar_square silicon_valley golan_heights ground_zero west_wing
`);

export const EXTRA_PLACES: ReadonlyMap<string, 'country' | 'region'> = new Map([
  ['yugoslavia', 'country'],
  ['soviet union', 'country'],
  ['ussr', 'country'],
  ['czechoslovakia', 'country'],
  ['zaire', 'country'],
  ['burma', 'country'],
  ['east germany', 'country'],
  ['west germany', 'country'],
  ['surinam', 'country'],
  ['kazakstan', 'country'],
  ['byelorussia', 'country'],
  ['midwest', 'region'],
  ['far east', 'region'],
  ['middle east', 'region'],
  ['near east', 'region'],
  ['gulf', 'region'],
  ['persian gulf', 'region'],
  ['west bank', 'region'],
  ['gaza strip', 'region'],
  ['balkans', 'region'],
  ['caucasus', 'region'],
  ['scandinavia', 'region'],
  ['latin america', 'region'],
  ['south america', 'region'],
  ['north america', 'region'],
  ['central america', 'region'],
  ['central asia', 'region'],
  ['southeast asia', 'region'],
  ['south-east asia', 'region'],
  ['east asia', 'region'],
  ['western europe', 'region'],
  ['eastern europe', 'region'],
  ['central europe', 'region'],
  ['sub-saharan africa', 'region'],
  ['north africa', 'region'],
  ['west africa', 'region'],
  ['east africa', 'region'],
  ['southern africa', 'region'],
  ['pacific', 'region'],
  ['atlantic', 'region'],
  ['mediterranean', 'region'],
  ['caribbean', 'region'],
  ['arctic', 'region'],
  ['antarctic', 'region'],
]);

/** Tokens that, when a whole headline line is upper case, are news vocabulary rather than names. */
export const HEADLINE_SPORTS = set(`
soccer football cricket tennis golf rugby basketball baseball athletics cycling boxing motor
racing motorcycling swimming hockey skiing squash badminton volleyball handball sailing rowing
nfl nba nhl mlb
`);

/** Sports whose teams are called by their towns ("Leeds beat Hull"). */
export const TEAM_SPORTS = set(`
soccer football cricket rugby basketball baseball hockey volleyball handball nfl nba nhl mlb
`);

/** Sports of individuals, where a town in a report is where the event takes place. */
export const INDIVIDUAL_SPORTS = set(`
tennis golf athletics cycling boxing motor racing motorcycling swimming skiing squash badminton
sailing rowing
`);

/** Lower-case nouns after a name that make it a place ("the Pamir mountains", "Stansted airport"). */
export const PLACE_NOUNS_AFTER = set(`
mountains mountain range river lake sea gulf bay island islands valley desert plain plains stadium
airport airbase province region district county prefecture state city town village suburb camp
checkpoint crossing mosque shrine cathedral temple square street avenue road highway bridge border
coast peninsula prison jail sanatorium oilfield field mine harbour harbor port canal strait
neighborhood neighbourhood township borough enclave
`);

/**
 * US states, which the world gazetteer confuses with towns abroad ("Florida" in Colombia,
 * "Montana" in Bulgaria). Georgia, New York and Washington are left to the gazetteer: each is
 * also a country or a city the news names as often.
 */
export const US_STATES = set(`
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
mississippi missouri montana nebraska nevada new_hampshire new_jersey new_mexico north_carolina
north_dakota ohio oklahoma oregon pennsylvania rhode_island south_carolina south_dakota tennessee
texas utah vermont virginia west_virginia wisconsin wyoming
`);

/** Words before a name that make it a storm, an event rather than a person ("Hurricane Milton"). */
export const STORM_WORDS = set(`hurricane typhoon cyclone storm tropical`);

/** Feasts that open a capitalized name ("Eid al-Fitr", "Ramadan"): dates, not entities. */
export const FEAST_WORDS = set(
  `eid ramadan ramadhan idul diwali hanukkah passover lent easter christmas thanksgiving`,
);

/** Last words of named fires ("the Park Fire"): events, not places or organizations. */
export const FIRE_WORDS = set(`fire wildfire`);

/**
 * Last words of a festival's, a fair's or a race's name ("the Cannes Film Festival", "the Boston
 * Marathon", "the Venice Biennale", "the G20 Summit"): an event, no organization.
 */
/**
 * Last words of a small town's or a neighbourhood's name that are no trade ("Eagle Point", "Shady
 * Cove", "Forest Heights", "Cedar Ridge"): a name ending so is no company by its trade word.
 */
export const SETTLEMENT_TAILS = set(
  `point cove heights ridge grove creek hollow landing bluff bluffs glen palisades springs falls hills shores harbor harbour`,
);

export const EVENT_WORDS = set(
  `festival carnival biennale biennial expo marathon summit olympiad jamboree cup`,
);

/**
 * Last words of a law's or an award's name ("the Taft-Hartley Act", "the Lasker Award", "a Nobel Prize"):
 * a statute or a prize, no person and no organization.
 */
export const LAW_AND_AWARD_WORDS = set(`act award awards prize prizes medal medals honours honors index`);

/** Words after a given name and surname that belong to a person's name ("Vinicius Junior", "Neymar Jr"). */
export const NAME_SUFFIXES = set(`junior jr senior sr filho neto sobrinho ii iii iv`);

/** Head words that make an organization only before "of" ("British Chambers of Commerce"). */
export const ORG_HEADS_BEFORE_OF = set(`chamber chambers house`);

/** Job nouns before "at X" that make X an employer ("a partner at X", "an analyst at X"). */
export const JOB_NOUNS_BEFORE_AT = set(`
partner associate analyst economist strategist researcher fellow executive employee engineer
official staffer worker consultant adviser advisor spokesman spokeswoman spokesperson director
manager trader banker lawyer attorney professor lecturer scientist partners associates analysts
economists strategists researchers executives employees engineers officials staffers workers
consultants advisers advisors traders bankers lawyers scientists
`);

/** Abbreviated US states written after a town ("Jacksonville, Fla.") and the states they stand for. */
export const US_STATE_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ala: 'Alabama',
    ariz: 'Arizona',
    ark: 'Arkansas',
    calif: 'California',
    colo: 'Colorado',
    conn: 'Connecticut',
    del: 'Delaware',
    fla: 'Florida',
    ga: 'Georgia',
    ill: 'Illinois',
    ind: 'Indiana',
    kan: 'Kansas',
    kans: 'Kansas',
    ky: 'Kentucky',
    la: 'Louisiana',
    md: 'Maryland',
    mass: 'Massachusetts',
    mich: 'Michigan',
    minn: 'Minnesota',
    miss: 'Mississippi',
    mo: 'Missouri',
    mont: 'Montana',
    neb: 'Nebraska',
    nebr: 'Nebraska',
    nev: 'Nevada',
    okla: 'Oklahoma',
    ore: 'Oregon',
    pa: 'Pennsylvania',
    penn: 'Pennsylvania',
    tenn: 'Tennessee',
    tex: 'Texas',
    va: 'Virginia',
    vt: 'Vermont',
    wash: 'Washington',
    wis: 'Wisconsin',
    wisc: 'Wisconsin',
    wyo: 'Wyoming',
  }),
);

/** The US states (and the capital's district) abbreviated by their initials, as news agencies write them. */
export const US_STATE_INITIALS: ReadonlyMap<string, string> = new Map([
  ['n.h.', 'New Hampshire'],
  ['n.j.', 'New Jersey'],
  ['n.y.', 'New York'],
  ['n.c.', 'North Carolina'],
  ['s.c.', 'South Carolina'],
  ['n.d.', 'North Dakota'],
  ['s.d.', 'South Dakota'],
  ['n.m.', 'New Mexico'],
  ['r.i.', 'Rhode Island'],
  ['w.va.', 'West Virginia'],
  ['d.c.', 'District of Columbia'],
]);

/** Abbreviated US states written after a town ("Jacksonville, Fla."). */
export const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(US_STATE_NAMES.keys());

/** Party labels written before a name ("Democrat Ana Ruiz", "Tory MP"): not part of the name. */
export const PARTY_LABELS = set(`
democrat democrats democratic republican republicans conservative conservatives labour liberal
liberals socialist socialists communist communists tory tories gop green greens nationalist
`);

/** Nationality and religion words compromise's demonym list lacks (they are not entities here). */
export const EXTRA_DEMONYMS = set(`
british english scottish welsh irish french dutch danish swedish finnish polish spanish turkish
kurdish jewish soviet arab arabic islamic muslim catholic protestant orthodox sunni
shiite shia hindu sikh buddhist jew jews muslims christians arabs catholics protestants sunnis
shiites hindus sikhs buddhists kurds serb serbs croat croats bosniak bosniaks palestinians
israelis americans europeans africans asians latino latina hispanic basque catalan flemish
walloon tamil sinhalese pashtun tajik uzbek
`);

/**
 * International bodies news names by their acronym as often as by their long form: the long form
 * is the entity's name, so "U.N." and "United Nations" are one organization. Acronyms that are
 * themselves the usual name (NATO, OPEC, UNESCO) are left as they are.
 */
export const ACRONYM_LONG_FORMS: ReadonlyMap<string, string> = new Map([
  ['UN', 'United Nations'],
  ['EU', 'European Union'],
  ['WHO', 'World Health Organization'],
  ['IMF', 'International Monetary Fund'],
  ['WTO', 'World Trade Organization'],
  ['ECB', 'European Central Bank'],
  ['IAEA', 'International Atomic Energy Agency'],
  ['ICJ', 'International Court of Justice'],
  ['AU', 'African Union'],
  ['FBI', 'Federal Bureau of Investigation'],
  ['CIA', 'Central Intelligence Agency'],
  ['SEC', 'Securities and Exchange Commission'],
  ['FDA', 'Food and Drug Administration'],
  ['EPA', 'Environmental Protection Agency'],
  // not an acronym, but the usual short form ("Fed Chair Jerome Powell")
  ['Fed', 'Federal Reserve'],
]);

const lines = (text: string): ReadonlySet<string> =>
  new Set(
    text
      .trim()
      .split('\n')
      .map((l) => l.trim().toLowerCase())
      .filter((l) => l !== ''),
  );

/**
 * Football clubs and leagues named in several words that are not the name of a town or a person
 * ("Bayern Munich", "Paris Saint-Germain", "Primeira Liga"): organizations wherever they appear.
 */
export const FOOTBALL_CLUBS = lines(`
Paris Saint-Germain
Bayern Munich
Bayern Munchen
Real Madrid
Atletico Madrid
Real Sociedad
Real Betis
Athletic Bilbao
Borussia Dortmund
Borussia Monchengladbach
Bayer Leverkusen
RB Leipzig
Eintracht Frankfurt
Inter Milan
AC Milan
AS Roma
Crystal Palace
West Ham
West Ham United
Nottingham Forest
Wolverhampton Wanderers
Tottenham Hotspur
Aston Villa
Olympique Lyonnais
Olympique de Marseille
Olympique Marseille
Sporting Lisbon
Sporting CP
Red Bull Salzburg
PSV Eindhoven
Boca Juniors
River Plate
Al Hilal
Al Nassr
Al Ittihad
Inter Miami
Primeira Liga
La Liga
Serie A
Ligue 1
Liga 1
Bundesliga
Eredivisie
Champions League
Europa League
Conference League
`);

/**
 * National sides known by their nicknames, in the plural and the singular a player or a series takes ("the All
 * Blacks", "an All Black winger", "Springbok captain"): organizations wherever they appear, written in capitals
 * or not. Only nicknames no everyday use shares ("Lions", "Kiwis", "Pumas" are left to the sports context).
 */
export const NATIONAL_SIDE_NICKNAMES = lines(`
All Blacks
All Black
Springboks
Springbok
Wallabies
Wallaby
Wallaroos
Black Ferns
Brave Blossoms
Flying Fijians
Socceroos
Socceroo
Matildas
Bafana Bafana
Super Eagles
Black Stars
Indomitable Lions
Azzurri
Les Bleus
Three Lions
Samurai Blue
Proteas
Black Caps
Blackcaps
Windies
`);

/**
 * Grounds, courses and circuits the sports pages name alone ("at Headingley", "The Oval", "Lord's", "The
 * Curragh"): places wherever they appear, in any report (a club named after one is in the club lists).
 */
export const SPORTS_VENUES = lines(`
Headingley
Edgbaston
Lord's
The Oval
Oval
Kennington Oval
Trent Bridge
Old Trafford
Chester-le-Street
Riverside Ground
Sophia Gardens
Rose Bowl
Eden Park
Ellis Park
Loftus Versfeld
Newlands
The Gabba
Melbourne Cricket Ground
Sydney Cricket Ground
Eden Gardens
Wankhede Stadium
Murrayfield
Twickenham
Anfield
Stamford Bridge
Camp Nou
Nou Camp
San Siro
Santiago Bernabeu
Maracana
Stade de France
Parc des Princes
Flushing Meadows
The Curragh
Curragh
Longchamp
Flemington
Aintree
Cheltenham Racecourse
Silverstone
Brands Hatch
Monza
Hockenheim
Suzuka
Interlagos
`);

/**
 * One-word football clubs that are no town ("Arsenal", "Juventus", "Flamengo"): organizations in a
 * report on a team sport, where "Chelsea" is no given name.
 */
export const SPORTS_CLUB_WORDS = set(`
arsenal chelsea everton juventus napoli fiorentina atalanta benfica ajax feyenoord anderlecht
celtic flamengo fluminense palmeiras corinthians galatasaray fenerbahce besiktas barca villarreal bayern
`);

/**
 * Companies named by an everyday English word ("Apple", "Shell", "Oracle"): capitalized inside a
 * sentence, or opening one before its verb ("Apple unveiled"), they name the company.
 */
export const COMPANY_WORDS = set(`
apple amazon alphabet oracle shell target visa meta uber zoom
`);

/**
 * Organizations of several words whose first word would otherwise be read as a nationality or religion
 * and dropped ("the Islamic State group", "Boko Haram fighters"), or read as everyday words ("Planned Parenthood"),
 * among them banks named by everyday or foreign words ("Standard Chartered", "First Republic", "Credit Suisse",
 * "Santander UK"), or by a number word ("Capital One", "Fifth Third", kept whole though a number word closes no
 * other name): organizations wherever they appear.
 */
export const WELL_KNOWN_ORGS = lines(`
Islamic State
Islamic Jihad
Boko Haram
Muslim Brotherhood
Red Crescent
Hayat Tahrir al-Sham
Doctors Without Borders
Reporters Without Borders
Engineers Without Borders
Planned Parenthood
Standard Chartered
Credit Suisse
Credit Agricole
Crédit Agricole
Credit Mutuel
Crédit Mutuel
First Republic
First Republic Bank
First Direct
Santander UK
Banco Santander
Truist
Intesa Sanpaolo
Sumitomo Mitsui
Kotak Mahindra
Capital One
Fifth Third
Bangko Sentral
`);

/**
 * Newspapers named in several words that no other thing shares ("Sunday Telegraph", "Evening Standard", "Straits
 * Times"): organizations wherever they appear, a capitalized "The" before them kept ("The Sunday Telegraph").
 */
export const NEWSPAPER_TITLES = lines(`
Sunday Telegraph
Daily Telegraph
Sunday Times
Evening Standard
London Evening Standard
Mail on Sunday
Daily Mail
Daily Mirror
Sunday Mirror
Daily Express
Sunday Express
Daily Star
Daily Record
Sunday Post
Yorkshire Post
Manchester Evening News
Financial Times
Irish Times
Irish Independent
Belfast Telegraph
New York Times
New York Post
Washington Post
Wall Street Journal
Los Angeles Times
Boston Globe
Chicago Tribune
USA Today
Sydney Morning Herald
South China Morning Post
Straits Times
Jakarta Post
Jakarta Globe
Bangkok Post
Times of India
Hindustan Times
Japan Times
Korea Herald
Korea Times
China Daily
Global Times
Asahi Shimbun
Yomiuri Shimbun
Mainichi Shimbun
Gazzetta dello Sport
Corriere della Sera
`);

/**
 * Newspapers and magazines named by one everyday word ("the Sun", "The Times", "the Guardian"): organizations only
 * after "the" (or a country's possessive) and where the press shows, before a verb of reporting or a press noun
 * ("the Sun reported", "Britain's Sun newspaper") or after a verb of telling at a clause's end ("told the Sun:").
 */
export const PRESS_TITLE_WORDS = set(`
sun times guardian independent observer telegraph mirror express star herald scotsman economist standard
mail post globe age australian
`);

/**
 * Motor-racing constructors, chassis builders and engine makers, which the results name alone or chassis before
 * engine ("Red Bull", "McLaren", "Reynard Honda", "Lola Ford Cosworth", "Penske Mercedes-Benz"): organizations in a
 * report on motor sport, unless the text names a person with the word as a surname ("Frank Williams").
 */
export const MOTOR_RACING_TEAMS = lines(`
Red Bull
Red Bull Racing
Racing Bulls
Toro Rosso
AlphaTauri
Aston Martin
Racing Point
Force India
Alfa Romeo
McLaren
Ferrari
Mercedes
Mercedes-Benz
Mercedes-AMG
Williams
Alpine
Renault
Haas
Sauber
Kick Sauber
Benetton
Ligier
Tyrrell
Minardi
Brabham
Lotus
Caterham
Marussia
Honda
Toyota
Ford
Cosworth
Ilmor
Mugen
Judd
BMW
Porsche
Audi
Peugeot
Citroen
Hyundai
Skoda
Subaru
Mitsubishi
Lancia
Chevrolet
Dallara
Reynard
Lola
Penske
Ganassi
Andretti
Yamaha
Ducati
Suzuki
Kawasaki
KTM
Aprilia
`);

/**
 * Political parties a word or two name on their own, with no "Party" after them and no everyday sense in capitals
 * ("Labour would renationalise the railways", "Likud", "Sinn Fein"): organizations wherever they stand alone.
 */
export const PARTY_NAMES = lines(`
Labour
Likud
Kuomintang
Fidesz
Syriza
Podemos
Ukip
Sinn Fein
Sinn Féin
Fianna Fail
Fianna Fáil
Fine Gael
Plaid Cymru
`);

/**
 * Plural nicknames clubs take after their town ("Bradford Bulls", "Leeds Rhinos", "Chicago Bears", "Perth
 * Scorchers"): in a sports report a town before one names the club, even a town that is also a given name.
 * Words no family name shares (not "Rivers", "Banks", "Woods").
 */
export const CLUB_NICKNAMES = set(`
bulls rhinos warriors tigers wolves saints giants eagles lions bears sharks raiders knights dragons broncos
panthers cowboys jets bucks hawks falcons ravens steelers packers patriots dolphins chiefs chargers vikings
seahawks cardinals rams bengals titans colts texans jaguars lakers celtics knicks nets pistons spurs rockets
mavericks clippers nuggets grizzlies pelicans hornets raptors cavaliers pacers wizards rockies dodgers
yankees mets braves cubs pirates padres mariners astros royals orioles bruins canadiens flyers penguins
blackhawks oilers flames canucks islanders devils centurions scorchers strikers renegades sixers hurricanes
crusaders chiefs highlanders blues reds stormers sharks bulls cheetahs lightning storm
`);

/**
 * Companies named with a possessive ("McDonald's", "Sainsbury's", "Moody's"): the whole word, its "'s" kept, is
 * the company when it opens a name and no capitalized word follows (not "Mary McDonald's husband").
 */
export const POSSESSIVE_COMPANIES = set(`
mcdonald's sainsbury's macy's kellogg's moody's dillard's domino's applebee's hardee's lloyd's
`);
