// Capitalized words that are not names: days, months, holidays, religions, common acronyms of things
// (not organizations), and everyday words that open sentences or headlines. General knowledge of Indonesian.
import { STOPWORDS_ID } from './stopwords.generated.js';

const words = (s: string): Set<string> =>
  new Set(
    s
      .split(/\s+/u)
      .filter(Boolean)
      .map((w) => w.toLowerCase()),
  );

export const DAYS_MONTHS = words(`
  senin selasa rabu kamis jumat jum'at sabtu minggu ahad
  januari februari pebruari maret april mei juni juli agustus september oktober november nopember desember
  jan feb mar apr jun jul agu agt ags sep sept okt nov nop des
  monday tuesday wednesday thursday friday saturday sunday january february march june july august october december
`);

/** The diseases news names task forces after ("Satgas Covid-19"): never a person's word. */
export const DISEASE_WORDS = words('covid covid-19 corona sars mers ebola');

/** Fuel sold under a brand at Indonesian pumps ("Pertalite", "Pertamax Turbo", "Dexlite"): products, no one's name. */
export const FUEL_BRANDS = words('pertalite pertamax dexlite biosolar pertadex');

/** Capitalized but never a person, place or organization. */
export const NON_NAMES = words(`
  lebaran natal nataru idulfitri iduladha idul fitri adha ramadan ramadhan syawal muharram imlek nyepi waisak paskah
  tahun baru hari kemerdekaan proklamasi
  tuhan allah swt saw nabi rasul rasulullah islam kristen katolik protestan hindu buddha budha konghucu yahudi
  muslim nasrani alquran al-quran quran injil alkitab pancasila bhinneka tunggal ika
  rp usd idr us$ wib wita wit gmt utc km kg cm mm ha persen
  pemda pemrov ratas bamus raker rapim munas munaslub mukernas rakernas reshuffle
  mapolda mapolres mapolresta mapolrestabes mapolsek makodam makorem makodim
  perpres perda permen pergub perwali perbup keppres inpres busway ${[...DISEASE_WORDS].join(' ')}
  pemilu pilpres pileg pilkada pilgub pilwalkot pilbup
  caleg capres cawapres cagub cawagub cabup cawabup cawalkot paslon parpol ormas lsm wapres menlu dll dsb dkk tsb
  tamtama bintara perwira
  s1 s2 s3 mba phd
  internet online email website web video foto
  melayu sunda betawi batak bugis minang dayak tionghoa tamil telugu marathi
  malayalam oriya bengali hindi urdu punjabi gujarati kannada sanskerta sansekerta latin
  android ios iphone ipad ipod windows macbook galaxy playstation xbox bluetooth wifi
  ${[...FUEL_BRANDS].join(' ')}
  rapat sidang paripurna konferensi kongres muktamar munas rakernas rakornas musda musyawarah
  piala liga olimpiade sea games asian games world cup final semifinal league bundesliga premier serie laliga
  kejuaraan turnamen bulutangkis sepakbola
  champions wimbledon olympic olympics grand slam
  undang-undang peraturan keputusan instruksi resolusi deklarasi perjanjian kesepakatan traktat konvensi
  pasal ayat bab nomor no
  bapak ibu
  utara selatan timur barat tengah tenggara barat-daya timur-laut
  ini itu tersebut
  sunni syiah syi'ah alawi alawite druze kurdi kurdish uighur uyghur uigur pashtun baluch baloch hazara
  rohingya hutu tutsi kristiani syariah syari'ah
  pansel setgab timses riskesdas susenas sakernas pemilukada pilkades pileg pilwakot
  ghz mhz khz megahertz gigahertz kilohertz mbps kbps gbps megawatt kilowatt gigawatt kwh megapiksel
  antiteror antiterorisme
  mou
  reskrim reskrimum reskrimsus resnarkoba reskoba intelkam binmas sabhara samapta propam penmas
  sag spd mag spdi
`);

/** Acronyms of things, not organizations; they count only when written in capitals ("UN" but not "Un"). */
export const NON_NAME_ACRONYMS = words(`
  bbm ham apbn apbd rapbn ruu uu uud perpu perppu pp ktp sim nik npwp kk pns asn cpns tki tkw wni wna umkm ukm
  umr ump umk phk thr lrt mrt krl brt pltu pltn pltd plta atm gdp pdb ihsg ceo cfo hp tv pc ac sms dna hiv
  aids ott kkn sara psbb ppkm dpt tps hut ktt
  rt rw sk sh pk sdm lhkpn kso tk gm pts mc lcd dj wc dvd cd it os ipo rups rupslb paud blt pkh mipa unbk un kip
  atc apbnp apbn-p apbd-p apbdp art rsbi smt gp sop spt sppt bpkb stnk nip nuptk us ok pr ads pph ppn ppnbm
  kur dak dau dbh bos ptn ptk opd skpd upt uptd sd smp sma smk dpp dpd dpw dpc vip vvip
  spbu spbg klb spm tkp tpa tpq suv cpu gpu slta sltp smu smea stm lks spp sljj ssn sbi ipa ips tik pso
  mh skm msi mpd ssos ssi spsi
  ba bsc msc mba phd mbe obe cbe kbe svd ofm sj
  isbn iso gbhn keppres kepres perpres permen perda raperda ohp kb
  dbd ispa tbc npl casa
  enso iod mjo
  pupera pmk kir
  kuhp kuhap kuhper kuhperdata kuhd
  gsm cdma lte amoled oled led imax ict usb gps hdmi wifi nfc ssd
  igd ugd icu nicu picu hcu gor pppk p3k ppdb snbp snbt utbk
`);

/**
 * Root verbs that news headlines write in title case between names ("Dinkes Minta Warga …", "Startup X Raih
 * Pendanaan"); prefixed and imperative verb forms are recognized from the dictionary.
 */
export const HEADLINE_VERBS = words(`
  minta raih tolak bantah tangkap akui gelar buka tutup sebut kecam desak tuntut usul pilih catat dukung
  tanggapi lapor tiba hadir hadiri datangi pimpin bidik incar rendam terjang hantam guyur ringkus bekuk gerebek
  lantik tinjau temui kunjungi sambut bahas larang cabut copot pecat tunjuk usir tembak bunuh tikam rampok
  bobol sita segel periksa panggil vonis gugat tegur sindir kritik klaim pangkas imbau tunda borong sabet rebut
  tekuk bungkam hajar libas gasak cukur tembus hapus ganti ubah adu tahan kalahkan taklukkan tumbangkan gilas
  permalukan imbangi
  dapat raup kantongi terima rilis luncurkan umumkan akuisisi gandeng
`);

/**
 * Everyday words a title-case headline writes after a name that never continue it: results and standings
 * ("Juara", "Menang", "Lolos") and adverbs ("Lagi", "Kembali"): "Pelari Sari Lestari Juara Lagi".
 */
export const HEADLINE_TAILS = words(`
  juara menang kalah lagi juga kembali lolos gagal tumbang takluk unggul imbang
  bakal akan siap segera resmi
`);

/** Verbs of rising and falling that end a name only before a figure ("Bank X Naik 14 Persen"; "Zakir Naik"). */
export const FIGURE_VERBS = words('naik turun anjlok melonjak merosot');

/** Capitalized phrases of everyday speech that name no entity ("ke Tanah Air": home, "Ibu Pertiwi"). */
export const COMMON_PHRASES = new Set([
  'tanah air',
  'ibu pertiwi',
  'bumi pertiwi',
  'banjir rob',
  'el nino',
  'la nina',
  // ("Tanya Jawab: …": questions and answers, a format's name)
  'tanya jawab',
]);

/** Indonesian function words (stopwords-iso): no word of a name's description. */
export const STOPWORDS: ReadonlySet<string> = new Set(STOPWORDS_ID);

/**
 * Everyday Indonesian words. A capitalized word from this set at the start of a sentence, a headline or
 * a quote is not a name ("Sementara itu …", "Hal itu …", "Para menteri …").
 */
export const COMMON_WORDS = new Set([
  ...STOPWORDS_ID,
  ...words(`
  hal para pada menurut sementara selain setelah sebelum kemudian namun tetapi tapi karena sebab jika kalau
  bila apabila ketika tatkala manakala saat selama sejak hingga sampai meski meskipun walaupun walau bahkan justru apalagi
  bagi dengan untuk dari kepada oleh tentang terhadap atas dalam luar antara sekitar seperti sebagai
  kini kemarin besok lusa nanti tadi dulu sekarang hari pekan bulan tahun pagi siang sore malam
  sebelumnya selanjutnya sesudahnya berikutnya akhirnya awalnya sementaranya lainnya terakhir pertama kedua ketiga
  saya aku kami kita kamu anda engkau dia ia beliau mereka nya
  ada tidak tak bukan belum sudah telah akan sedang masih pernah harus bisa dapat boleh mau ingin perlu
  yang dan atau serta lalu pun juga hanya cuma sangat lebih paling amat terlalu cukup agak
  banyak sedikit semua seluruh segala setiap tiap beberapa sebagian berbagai masing-masing
  ya tidak iya oh ah wah nah lho dong kok sih deh kan toh
  nggak gak enggak ngga engga udah gimana kayak banget aja emang memang kalo gitu gini
  berikut adapun sedangkan padahal sehingga supaya agar maka oleh-karena jadi makanya
  mengapa kenapa bagaimana apa siapa dimana kapan berapa mana
  dia-nya demikian begitu begini sama berbeda sendiri bersama
  kata ujar ucap tutur jelas ungkap tegas papar imbuh sebut tambah lanjut
  pemerintah negara rakyat masyarakat warga pihak polisi tentara aparat petugas pejabat
  presiden menteri gubernur bupati walikota ketua kepala direktur anggota
  kasus korban pelaku tersangka saksi laporan data informasi berita kabar foto video gambar sumber
  selasa
  sejumlah salah satu seorang sebuah para-pihak pasca usai jelang menjelang seusai sesudah
  terkait soal mengenai perihal
  baik buruk besar kecil baru lama tinggi rendah panjang pendek
  dua tiga empat lima enam tujuh delapan sembilan sepuluh seratus seribu ribuan ratusan puluhan jutaan
  tim gol air api bom kru bus gas uang pos skuad laga
  ponsel gawai daring luring medsos warganet netizen siber kloter agribisnis narkoba sabu miras pinjol judol
  startup start-up agritech fintech edtech healthtech unicorn decacorn
  karyawan karyawati wartawan wartawati relawan ilmuwan budayawan sejarawan negarawan rohaniwan olahragawan
  wisatawan sukarelawan cendekiawan sastrawan usahawan wirausahawan purnawirawan bangsawan biarawan biarawati
  peragawati budidaya wisudawan wisudawati
  ujian singel motto moto kastil algoritma gerilyawan massa
  kadangkala lagipula suratkabar kinerja barangkali manakala sekalipun apapun siapapun bagaimanapun
  `),
]);

/** Words a law's short title follows ("UU Tipikor", "RUU Cipta Kerja"): the title names no one. */
export const LAW_TITLE_HEADS = words('uu ruu undang-undang perppu perpu perpres perda raperda permen pergub');

/** Words that say what is spoken of ("soal", "terkait"): no office or subject goes on through them. */
export const TOPIC_WORDS = words('soal terkait mengenai perihal tentang');

/** Words that point back to what was just named: "menteri itu", "hal tersebut", "Bek Sassuolo itu". */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['itu', 'tersebut', 'ini']);
