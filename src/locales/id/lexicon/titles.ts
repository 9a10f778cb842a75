// Indonesian titles, honorifics, offices and ranks that stand before a name and are not part of it.
// General linguistic knowledge of Indonesian news usage. Case-insensitive; multi-word offices are
// built from a head word plus complements (see COMPLEMENTS), so "Wakil Menteri Luar Negeri Pertama"
// needs no entry of its own.

const words = (s: string): Set<string> =>
  new Set(
    s
      .split(/\s+/u)
      .filter(Boolean)
      .map((w) => w.toLowerCase()),
  );

/** Words before a role for who held it before ("mantan menteri", "eks pelatih"). */
export const FORMER_WORDS: ReadonlySet<string> = new Set(['mantan', 'eks', 'bekas']);

/** Honorifics and forms of address: "Pak Harto", "Bu Risma", "Mbak Puan". */
export const HONORIFICS = words(`
  bapak pak bpk ibu bu sdr saudara saudari tuan tn nyonya ny nona mas mbak bang abang kak kakak adik dik
  om tante opa oma eyang mr mrs ms miss madame monsieur herr frau mbah kakek nenek
`);

/** Religious, academic and traditional titles written before a name (often abbreviated with a dot). */
export const PREFIX_TITLES = words(`
  kh kyai kiai kiyai ustaz ustad ustadz ustazah ustadzah habib syekh syeikh syaikh haji hajjah h hj hm gus
  romo pastor pendeta pdt uskup kardinal paus biksu bhikku bhante pandita
  dr drs dra prof ir drg dokter profesor insinyur
  daeng karaeng opu
  kgpaa kgph gbph gkr krt krat krmt gph bray
  raja ratu permaisuri sayyid
  king queen prince princess lord lady sheikh emir pope
  almarhum almarhumah alm
`);

/** Heads of offices: what a person is, written before the name ("Presiden", "Menteri", "Kapolri"). */
export const OFFICE_HEADS = words(`
  presiden wapres wakil menteri menko wamen mensesneg menlu menkeu mendagri menhan menkumham menkes
  mendikbud mendiknas menag mentan menperin mendag menhub menpora mensos menaker menkominfo menpar
  menparekraf mendes menkum menneg menegpora menpan-rb kapuskom wakabareskrim kabaintelkam menteri-menteri menristek menristekdikti mendikbudristek menpupr menko polhukam
  menteri-menteri menkop menlhk menpan menpan-rb menpan rb menbumn menesdm
  gubernur wagub bupati wabup walikota wali camat lurah kades sekda pelaksana bendesa perbekel klian kelian
  ketua ketum waketum wakil sekretaris sekjen wasekjen bendum wakasad wakasal wakasau sekretaris-jenderal bendahara anggota
  kepala kabag kabid kasubag kasat kanit kapuspen kapuspenkum kabareskrim kadiv dirjen sesjen karo kabiro kadis kadishub
  kakanwil kakan kasubdit kasi kasie kasatlantas kasatreskrim wadirut dirlantas dirreskrimum dirreskrimsus dirnarkoba brijen
  direktur dirut direksi presdir komisaris presiden-direktur manajer manager
  ceo cfo coo cto cio cmo vp evp svp founder co-founder cofounder pendiri pemimpin pimpinan pemred redaktur
  vice chairman chief
  panglima pangdam pangkostrad danjen danrem dandim danramil danyon kasad ksad kasal ksal kasau ksau
  kapolri wakapolri kapolda wakapolda kapolres wakapolres kapolresta wakapolresta kapolrestabes wakapolrestabes
  kapolsek wakapolsek kabaharkam kakorlantas
  jaksa jagung kajati kajari jampidsus jampidum jamintel jamdatun jamwas jampidmil ketua-hakim hakim panitera pengacara advokat kuasa
  juru jubir humas staf staff asisten penasihat penasehat utusan duta dubes konsul atase
  senator anggota legislator politikus politisi
  perdana pm kanselir premier agong
  rektor dekan guru dosen peneliti pengamat analis ekonom prakirawan pakar ephorus
  kriminolog sosiolog psikolog antropolog epidemiolog virolog
  pelatih manajer kapten striker bek kiper gelandang penyerang pemain petenis pebulutangkis pembalap pegolf
  pebalap perenang pelari pesenam pebasket pevoli pecatur petinju pesilat pegulat pejudo pemanah pedayung
  pesepeda pesepakbola atlet
  komandan pilot kopilot copilot mekanik teknisi pramugari pramugara nakhoda masinis captain
  sutradara produser aktor aktris penyanyi musisi artis penulis wartawan jurnalis
  tersangka terdakwa terpidana saksi korban pelaku terlapor pelapor
  kepala-desa pj plt plh pjs penjabat kaur kadus deputi komisioner sekertaris jurubicara
  calon koordinator korlap
`);

/** An academic degree written after a name: "M.Sc", "S.H.", "S.Kom", "M.Si", "Ph.D", "Sp.A". */
export const DEGREE =
  /^(?:[SMD]\.[A-Z][a-z]{0,4}\.?(?:[A-Z][a-z]{0,3}\.?)?|Ph\.D\.?|Sp\.?[A-Z](?:[A-Z]{0,2}|[a-z])\.?)$/u;

/** Words that mark a retired officer after the rank, in parentheses: "(Purn)", "(Purn.)", "(Ret)". */
export const RETIRED_MARKS = words('purn purnawirawan ret retired');

/** Military and police ranks. */
export const RANKS = words(`
  jenderal jendral letjen mayjen brigjen kolonel kol letkol mayor kapten kapt lettu letda serma serka sertu serda
  kopral koptu kopda praka pratu prada laksamana laksdya laksda laksma marsekal marsdya marsda marsma
  komjen irjen kombes kombespol akbp akp kompol iptu ipda aiptu aipda bripka brigpol brigadir briptu bripda bharada
  komisaris ajun inspektur ajudan
  general col lt sgt capt admiral marshal colonel lieutenant sergeant major
`);

/**
 * The corps an officer of the armed forces belongs to, written right after the rank: "Letkol Inf" (infantry), "Kolonel
 * Czi" (engineers), "Mayor Cpm" (military police), "Kolonel Pnb" (air force pilots), "Letkol Mar" (marines).
 */
export const CORPS = words(`
  inf kav arm arh czi chb cpm cku ckm cba caj chk ctp cpl cpn ckh
  pnb tek lek kal nav adm pas kes sus
  mar
`);

/** Words that extend an office head: "Menteri [Luar Negeri] [Pertama]", "Ketua [Umum]", "Wakil [Ketua]". */
export const COMPLEMENTS = words(`
  pol purn polisi
  wakil menteri ketua kepala direktur sekretaris jenderal umum utama pertama kedua senior muda madya
  luar dalam negeri keuangan pertahanan keamanan hukum ham agama pendidikan kebudayaan kesehatan perhubungan
  perdagangan perindustrian pertanian kehutanan kelautan perikanan energi sumber daya mineral sosial
  tenaga kerja komunikasi informatika pariwisata ekonomi kreatif pemuda olahraga pekerjaan perumahan rakyat
  badan usaha milik negara bumn koordinator bidang politik perekonomian kemaritiman investasi pembangunan
  manusia nasional riset teknologi tinggi lingkungan hidup desa daerah tertinggal transmigrasi agraria tata
  ruang pertanahan pemberdayaan pendayagunaan aparatur reformasi birokrasi perencanaan koperasi kecil menengah perempuan
  ukm umkm digital ketenagakerjaan kependudukan
  perlindungan pelindungan anak konsumen sekretariat kabinet kantor staf presiden pelaksana tugas harian
  eksekutif operasional pelaksana dewan pengawas pembina penasihat harian pusat wilayah kanwil cabang regional area
  besar muda bersama terpilih demisioner nonaktif sementara panitia
  divisi daop divre biro subdit subdirektorat subbag subbagian subbid subbidang seksi unit humas hubungan masyarakat penerangan reserse kriminal khusus narkoba siber lalu lintas
  reskrim reskrimum reskrimsus resnarkoba reskoba lantas intelkam binmas sabhara samapta propam penmas
  fraksi komisi pansus majelis mahkamah konstitusi tinggi hakim anggota
  bicara juru tim kuasa sekolah madrasah adat aam syuriyah syuriah
  gubernur bupati wali kota walikota republik
  foreign minister secretary deputy vice first chief executive officer general state
  president creative operating financial technology information marketing
  negeri-negeri
`);

/** Noble and traditional styles that Indonesian usage writes as part of the name ("Teuku Umar", "Sultan Hasanuddin"). */
export const NAME_PREFIXES = words(
  `tengku teungku teuku tgk kiagus masagus nyimas raden rd ajeng pangeran sultan sunan gusti cut syarif tubagus sir ki nyi`,
);

/** Particles that may stand inside a person's name. */
export const NAME_PARTICLES = words(`
  bin binti bt ibn ibnu van von der den de da das dos del della dello dei degli des du al el ter ten br boru
`);
