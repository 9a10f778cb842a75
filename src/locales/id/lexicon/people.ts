// Nicknames and short forms by which Indonesian news names public figures, with the full name they stand
// for (public knowledge: each is the figure's widely published popular name). [full name, ...nicknames]
export const NICKNAMES: readonly (readonly string[])[] = [
  ['Joko Widodo', 'Jokowi'],
  ['Susilo Bambang Yudhoyono', 'SBY'],
  ['Jusuf Kalla', 'JK'],
  ['Basuki Tjahaja Purnama', 'Ahok', 'BTP'],
  ['Abdurrahman Wahid', 'Gus Dur'],
  ['Megawati Soekarnoputri', 'Megawati', 'Mega'],
  ['Bacharuddin Jusuf Habibie', 'BJ Habibie', 'B.J. Habibie', 'Habibie'],
  ['Soekarno', 'Bung Karno', 'Sukarno'],
  ['Soeharto', 'Pak Harto', 'Suharto'],
  ['Mohammad Hatta', 'Bung Hatta'],
  ['Tri Rismaharini', 'Risma'],
  ['Muhaimin Iskandar', 'Cak Imin'],
  ['Zulkifli Hasan', 'Zulhas'],
  ['Agus Harimurti Yudhoyono', 'AHY'],
  ['Ridwan Kamil', 'Kang Emil', 'RK'],
  ['Sandiaga Uno', 'Sandi', 'Sandiaga Salahuddin Uno'],
  ['Mohammad Mahfud MD', 'Mahfud MD'],
  ['Luhut Binsar Pandjaitan', 'LBP'],
  ['Anies Baswedan', 'Anies Rasyid Baswedan'],
  ['Gibran Rakabuming Raka', 'Gibran Rakabuming'],
  ['Yahya Cholil Staquf', 'Gus Yahya'],
  ['Yaqut Cholil Qoumas', 'Gus Yaqut'],
  ['Mustofa Bisri', 'Gus Mus'],
  ['Emha Ainun Nadjib', 'Cak Nun'],
];

/**
 * Clan names (marga) of North Sumatra that a dictionary also holds as words ("Perangin" of Perangin-angin): a
 * capitalized one is a name. Only those rare as a capitalized common word (not "Purba" of "Manusia Purba", "Bangun").
 */
export const FAMILY_NAMES_ID: ReadonlySet<string> = new Set(['perangin']);

/** Caste and birth-order names the Balinese article "I" or "Ni" opens a name with ("I Gusti …", "Ni Luh …"). */
export const BALINESE_NAMES: ReadonlySet<string> = new Set(
  'gusti gede made wayan nyoman ketut putu komang kadek nengah luh dewa kade'.split(' '),
);

/**
 * Common Indonesian given names, many of them also dictionary words ("Budi" is also "character", "Bayu" also
 * "wind"), others missing from the public name lists ("Asep", "Dedi", "Joko"): a capitalized one is a name, not
 * an everyday word. General knowledge of Indonesian naming, including the Balinese birth-order names.
 */
export const GIVEN_NAMES_ID = new Set(
  `budi bambang akbar angel firman hidayat rahmat rahmad agung bayu wahyu dewi putri putra indah sri tri dwi eko
  adi surya fajar ayu sari rahayu lestari kartika purnama mega cahaya intan mutiara bunga melati mawar kencana
  kusuma wijaya jaya rini made ketut nyoman wayan putu gede komang kadek gusti iwan hadi arif ali amin amir
  anwar bahrul fitri fitria hasan husin ilham iman imam irfan ismail jamal kamal karim latif mahmud malik
  mulia nur nurul rahman rizal saleh salim santoso setia sinta slamet subur sukma suryo taufik umar usman
  wati yusuf zainal bintang bulan embun pelangi senja tirta tegar teguh wira yoga harum sekar ratna permata
  dian dharma darma guntur halim haris hendra hakim lukman lukas rudi hari harto kasih citra nanda nugraha
  gilang galang gemilang raja ratu pangestu prima pratama utama satria kesuma kurnia widya wulan
  ani nia rani dara angga indra ari agus doni endang galih gita hana ida puji risa sandi tika ujang nanang
  fuad adnan wahid tanti siti ranti rangga wisnu yuda candra mahesa restu kirana laras maya guruh ganjar
  ibnu muhammad said feri
  achmad muhamad moh andi dedi dadang asep cecep deden joko heru hendro yudi dodi wawan edi edy deni fikri
  fahmi ikhsan irwan krisna lutfi nasrul nurdin ridwan sofyan syaiful wahyudi yanto yayan zulkifli nurhayati
  yuni yanti endah novi nining tuti wiwik susanti faizal rizky rizki fauzi syahrul junaidi darmawan setiawan
  kurniawan hermawan irawan sutrisno suharto sugiyono supriyadi mulyadi suparman maryadi sukarno hartono
  haryanto prasetyo wibowo nugroho susilo purnomo`
    .split(/\s+/u)
    .filter(Boolean),
);

/**
 * Given names from GIVEN_NAMES_ID that open sentences far more often as everyday words ("Hari ini",
 * "Bulan lalu", "Raja Salman", "Utama"): a lone one at the start of a sentence stays a word.
 */
export const EVERYDAY_GIVEN_NAMES = new Set(
  `hari bulan bintang raja ratu kasih utama prima cahaya mega jaya mulia setia subur teguh tegar harum indah
  ayu bunga embun senja pelangi intan mutiara permata melati mawar sari kurnia putra putri dewi surya fajar
  agung iman imam nur kencana kusuma kesuma wijaya purnama lestari rahayu sukma pratama gemilang galang
  tirta wira yoga darma dharma citra nanda sekar ratna widya wulan guntur bayu made gusti lukas
  restu ida puji maya feri`
    .split(/\s+/u)
    .filter(Boolean),
);

/**
 * Given names of EVERYDAY_GIVEN_NAMES that open a name far more often than a phrase, before another name
 * word ("Dewi Lestari", "Cahaya Ramadhani"); left out: the styles "Raja" and "Putri", "Bintang" (a star:
 * "Bintang Disney X"), the "Hari" and "Bulan" of holidays and months.
 */
export const GIVEN_NAME_OPENERS: ReadonlySet<string> = new Set(
  `dewi intan mutiara permata cahaya ayu sari citra wulan ratna sekar melati mawar surya fajar agung lestari
  rahayu indah kartika bunga imam iman nur bayu guntur`
    .split(/\s+/u)
    .filter(Boolean),
);

/**
 * Korean family names in their usual romanizations (general knowledge: the common clans of Korea, spelled as
 * Indonesian news and K-pop and K-drama coverage spell them). Before two romanized syllables they open a
 * three-part Korean name even when a syllable is also a month's or unit's short form ("Gu Jun Pyo", "Goo Ha Ra").
 */
export const KOREAN_FAMILY_NAMES: ReadonlySet<string> = new Set(
  `kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh seo suh shin
  kwon hwang ahn an song jeon jun chun hong go ko goo gu koo moon mun yang son sohn bae baek paik heo huh yoo yu
  nam noh roh ha kwak sung seong cha joo ju woo min ryu yoo na jin ji eom um chae won bang gong hyun byun
  byeon geum pyo shim sim tak kong seol yeo ma ok do`
    .split(/\s+/u)
    .filter(Boolean),
);

/**
 * Common Chinese, Korean and Vietnamese family names as romanized in Indonesian news (general knowledge). Before
 * one or two short capitalized syllables they open a person's name even when the syllables are dictionary words:
 * "Tan Ning", "Lim Hock", "Kim Ga Eun".
 */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(
  `tan lim liu chen wang zhang zhao huang zhou xu sun zhu gao guo luo liang song zheng xie han tang feng deng
  cao peng zeng xiao tian dong yuan pan cai jiang yu du wei xia zhong wu lu kim lee park choi jung kang cho yoon
  jang lim shin kwon hwang ahn oh seo nguyen tran pham phan vu dang bui ngo duong ly ong goh teo chua koh ng
  chong chan wong lau leung cheung yeung tsai hsu chou`
    .split(/\s+/u)
    .filter(Boolean),
);
