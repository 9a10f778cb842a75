// Lower-case words before an unknown capitalized name that tell what kind of thing it names, and capitalized
// words inside a name that mark a work, award or event. General knowledge of Indonesian (and English loans).

const words = (s: string): Set<string> =>
  new Set(
    s
      .split(/\s+/u)
      .filter(Boolean)
      .map((w) => w.toLowerCase()),
  );

/** "situs Logam Mulia", "layanan Starlink": a website, an app or a service (a word in camel case after one is a company's). */
export const SERVICE_CUES = 'situs laman aplikasi portal layanan platform';

/**
 * "film Laskar Pelangi", "lagu Bengawan Solo", "bahasa Sunda", "spesies Diadectes", "penghargaan Kalpataru":
 * after these nouns a capitalized name is a work, language, group of people, species, product, award or
 * event — none of which we extract.
 */
export const NON_ENTITY_CUES = words(`
  film lagu album singel single serial sinetron drama dorama novel buku komik manga anime musikal opera puisi
  cerpen lakon berjudul bertajuk judul acara program tayangan game gim permainan jurnal
  bahasa berbahasa dialek aksara suku etnis agama aliran ideologi genre tarian tari upacara tradisi kitab
  grebeg garebeg kirab pawai karnaval
  jenis varietas spesies genus famili ras merek merk produk tipe seri harga indeks
  penghargaan anugerah nominasi piala trofi medali kategori hadiah festival turnamen kejuaraan kompetisi ajang lomba
  operasi misi proyek tragedi peristiwa insiden badai topan siklon virus penyakit sindrom vaksin obat
  tagar slogan motto semboyan sebutan istilah julukan bendera rudal marga gelar beasiswa hutan pesawat kapal
  satelit roket kereta ijtima ijtimak
  ${SERVICE_CUES}
`);

/** "band Nidji", "majalah Tempo", "maskapai Garuda": after these nouns an unknown name is an organization. */
export const ORG_CUES = words(`
  band grup group label maskapai majalah harian koran tabloid surat-kabar radio televisi pentolan
  perusahaan korporasi pabrikan produsen penerbit klub akademi firma konsorsium operator startup emiten
  saham karyawan pegawai personel dilansir dikutip memperkuat membela pendiri produksi buatan redaksi data
  agensi
`);

/**
 * Nouns of a kind of body that everyday words may describe before the name ("platform edukasi daring Zenius",
 * "perusahaan teknologi finansial Akulaku", "maskapai berbiaya murah AirAsia"): no noun for a person among them.
 */
export const BODY_KIND_NOUNS = words(`
  platform perusahaan startup maskapai band grup label majalah harian koran tabloid klub emiten operator penerbit
  produsen pabrikan firma konsorsium korporasi
`);

/**
 * Two-word nouns after which an unknown name is an organization: "kantor berita Interfax", "surat kabar Welt",
 * "partai politik Amtsakhara" (a country or "nasional" may stand between: "kantor berita Jepang Domei").
 */
export const ORG_CUE_PHRASES = new Set([
  'kantor berita',
  'surat kabar',
  'stasiun televisi',
  'stasiun tv',
  'stasiun radio',
  'perusahaan penerbangan',
  'perusahaan minyak',
  'perusahaan telekomunikasi',
  'partai politik',
  'grup musik',
  'kelompok musik',
  'grup band',
  'klub sepak',
  'lembaga survei',
  'rumah produksi',
  'media massa',
  'firma hukum',
  'biro riset',
  'lembaga riset',
  'perusahaan riset',
  'lembaga pemeringkat',
  'situs berita',
  'portal berita',
]);

/** Capitalized words that make a name a work, award or event ("Grammy Awards", "Born This Way Tour"). */
export const WORK_WORDS = words(`
  award awards prize festival fest show tour cup championship championships open masters expo movie series album
  trophy medal olympiad olympiads olympics olimpiade competition contest marathon
  penghargaan piala trofi anugerah operation operasi
`);

/**
 * English function words: a capitalized run that holds one or touches one is an English title or phrase
 * ("Sounding the Seventh Trumpet", "King of the Kastle"), not an Indonesian news name.
 */
export const ENGLISH_FUNCTION_WORDS = words(`
  of the and for in on to with my your you me is are be it this that we not at by from love i'm it's don't
`);

/**
 * Nouns that define an unknown name after "adalah/merupakan (sebuah|salah satu)" or ", sebuah":
 * "Siheung adalah sebuah kota", "Nidji merupakan grup musik", "Laskar Pelangi adalah film".
 */
export const DEFINING_PLACE_NOUNS = words(`
  kota desa kecamatan kabupaten kelurahan provinsi negara negeri pulau kepulauan gunung sungai danau wilayah
  daerah kawasan distrik dusun dukuh kampung pantai benua ibukota teluk selat tanjung bukit lembah dataran
  semenanjung kerajaan kesultanan stadion bandara pelabuhan stasiun museum candi pura masjid gereja
`);
export const DEFINING_ORG_NOUNS = words(`
  band grup kelompok perusahaan partai klub organisasi lembaga universitas yayasan badan majalah surat harian
  koran tabloid maskapai tim korporasi institut akademi politeknik perkumpulan asosiasi serikat label
`);
export const DEFINING_NONE_NOUNS = words(`
  film lagu album singel single novel buku spesies genus famili bahasa suku permainan game serial sinetron
  acara istilah drama komik manga anime festival penghargaan tarian tari upacara jenis varietas merek produk
  senyawa penyakit virus program sistem metode teori aliran agama
`);

/** A player's or a coach's post: the town named after it, before the holder's name, is the club. */
export const SPORTS_POSITIONS = words(`
  bek kiper gelandang striker penyerang pemain pelatih kapten winger bomber pebalap
`);
/**
 * In a sentence about a match, the words around a foreign city that make it the club: "menghadapi Verona",
 * "kemenangan atas Napoli", "bek Leicester", … (before it) and "Napoli menelan kekalahan", "Torino menjamu …"
 * (after it). Not "klub": "klub London tersebut" is a club of that city.
 */
export const TEAM_CUES_BEFORE: ReadonlySet<string> = new Set([
  ...words(`
  melawan menghadapi menjamu dijamu mengalahkan dikalahkan menaklukkan ditaklukkan menundukkan ditundukkan
  menekuk ditekuk membekuk dibekuk menggilas digilas membantai dibantai mempecundangi dipecundangi menahan ditahan
  menggeser menyingkirkan disingkirkan menjungkalkan menumbangkan ditumbangkan kontra versus vs atas
  manajer kubu skuad suporter pendukung fans
`),
  ...SPORTS_POSITIONS,
]);
export const TEAM_VERBS_AFTER = words(`
  menang kalah meraih menelan mengalahkan dikalahkan menghadapi menjamu dijamu bertandang bertanding unggul
  takluk ditahan tertinggal memetik menaklukkan ditaklukkan menekuk ditekuk membekuk dibekuk menggilas digilas
  membantai dibantai menundukkan ditundukkan mempecundangi dipecundangi menyingkirkan disingkirkan
`);
