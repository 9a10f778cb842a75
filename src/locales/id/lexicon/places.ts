// Head words that make a capitalized phrase a place ("Desa …", "Bandara …", "… Airport") and the words
// that point to a place before an unknown name ("di …", "ke …"). General linguistic knowledge.

const words = (s: string): Set<string> =>
  new Set(
    s
      .split(/\s+/u)
      .filter(Boolean)
      .map((w) => w.toLowerCase()),
  );

/** Administrative units: the head word is part of the place's name ("Kabupaten Sleman", "Desa Sukamaju"). */
export const ADMIN_HEADS = words(`
  desa kecamatan kec kabupaten kab kota provinsi prov kelurahan kel ds dusun kampung nagari gampong banjar distrik
  kotamadya kotapraja karesidenan keresidenan negara-bagian oblast prefektur
  kerajaan kesultanan kekaisaran keraton kraton kadipaten kawedanan kademangan region
`);

/** Schools by level ("SMA Negeri 8", "SDN 2", "MTsN 1"): facilities whose names carry a number. */
export const SCHOOL_HEADS = words(
  'sd sdn smp smpn sma sman smk smkn mts mtsn man mi tk stm smea smu sltp slta',
);

/** Facilities and natural features: "Bandara Soekarno-Hatta", "Gunung Merapi", "Jalan Sudirman". */
export const FEATURE_HEADS = words(`
  pulau kepulauan gunung pegunungan danau sungai kali laut selat teluk tanjung semenanjung samudra samudera
  jalan jl jln gang gg gedung istana bandara pelabuhan stasiun terminal masjid musala gereja katedral
  pura vihara klenteng kelenteng candi pantai lapangan stadion gelora taman hutan cagar monumen museum
  alun-alun pasar plaza mal mall hotel apartemen kompleks perumahan wisma menara tugu jembatan bendungan
  waduk lembah bukit puncak curug gua goa kawah air-terjun kawasan benua rutan lapas rs rsud rsup rsu rsd rsia rsj
  rsab rspad rsal rsau rspi griya
  ranu bengawan krueng gili muara rawa sesar lempeng palung gletser ngarai koridor embarkasi debarkasi sirkuit gor
  sekolah ${[...SCHOOL_HEADS].join(' ')} kampus pondok asrama
  tol simpang bundaran perempatan markas mako lanud pangkalan balaikota tpu tmp makam basecamp
  airport station square street road avenue bridge tower stadium cosmodrome river lake island islands
  mountain mountains valley park palace hall building center centre plaza harbour harbor port beach bay
  school college abbey museum hospital church cathedral castle prison arena circuit
  stade stadio estadio parc palais château chateau gymnasium dome coliseum colosseum velodrome pavilion auditorium
`);

/** Place heads that need a second word ("Air Terjun", "Bandar Udara", "Negara Bagian"). */
export const TWO_WORD_HEADS = new Set([
  'air terjun',
  'bandar udara',
  'pangkalan udara',
  'balai kota',
  'negara bagian',
  'rumah sakit',
  'lembaga pemasyarakatan',
  'dataran tinggi',
  'dataran rendah',
  'kamp pengungsi',
  'pintu air',
  'ibu kota',
]);

/** Lowercase head words that still belong to the place's name ("desa Sukamaju", "sungai Musi"). */
export const LOWERCASE_HEADS = new Set([
  'desa',
  'kecamatan',
  'kelurahan',
  'dusun',
  'kampung',
  'kabupaten',
  'sungai',
  'gunung',
  'danau',
  'jalan',
  'selat',
  'teluk',
  'dukuh',
  'pantai',
  'pulau',
  'bukit',
  'tanjung',
  'kepulauan',
  'gletser',
  'distrik',
  'lembah',
]);

/** Words right before an unknown name that make it a place: "tinggal di Meruya", "menuju Cibubur". */
export const LOCATIVE_CUES = words(`
  di ke menuju asal sekitar kawasan wilayah daerah kota provinsi negara negeri pulau kampung desa
  dusun dukuh kelurahan kecamatan kabupaten pantai bukit tanjung jalur
`);

/** Nationality and language words after which a place name is an adjective, not a mention ("bahasa Inggris"). */
export const ADJECTIVAL_CUES = words(`bahasa orang bangsa warga suku etnis keturunan masakan gaya`);

/** Capitalized words that end Indonesian place names ("Lingga Baru", "Banten Girang", "Gunung Kidul"). */
export const PLACE_SUFFIXES = words(`baru lama hilir hulu kidul lor wetan kulon girang ilir udik`);

/** Direction words that go on a place name in either case ("Afrika Barat", "Gaza selatan", "Asia Tenggara"). */
export const DIRECTIONS = words(`utara selatan timur barat tengah tenggara`);

/**
 * Javanese and Sundanese place names compound a landscape word with another ("Karangrejo", "Sumberejo",
 * "Kaliwungu", "Banyumanis", "Watugajah"): one word opening with one of these and going on for three or more
 * letters names a village or district.
 */
export const PLACE_COMPOUND_FIRSTS = words(
  `karang sumber tegal kali banyu watu kebon pager mojo jeruk tanjung`,
);
