// Indonesian calendar words: months, weekdays, numerals, units, parts of day, relative cues.
import type { Unit } from '../../../resolve/dates.js';

/** Month names and their usual abbreviations → month number. */
export const MONTHS: Record<string, number> = {
  januari: 1,
  februari: 2,
  pebruari: 2,
  maret: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  agustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  nopember: 11,
  desember: 12,
};

export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  peb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  agu: 8,
  agt: 8,
  ags: 8,
  agus: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  nop: 11,
  des: 12,
};

/** Weekdays → ISO day number (1 = Monday). "Minggu" is Sunday only when capitalized. */
export const WEEKDAYS: Record<string, number> = {
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  "jum'at": 5,
  'jum’at': 5,
  sabtu: 6,
  minggu: 7,
  ahad: 7,
};

/** Cardinal numerals. Compounds ("dua puluh lima", "tiga belas") are parsed by parseNumber. */
export const DIGITS: Record<string, number> = {
  nol: 0,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
};

export const SPECIAL_NUMBERS: Record<string, number> = {
  sepuluh: 10,
  sebelas: 11,
  seratus: 100,
  setengah: 0.5,
};

/** Ordinals for quarters and halves: "kuartal ketiga", "triwulan III". */
export const ORDINALS: Record<string, number> = {
  pertama: 1,
  kesatu: 1,
  kedua: 2,
  ketiga: 3,
  keempat: 4,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
};

/** Calendar units → the engine's unit names (for offsets) and duration units. */
export const UNITS: Record<string, { unit: Unit | null; duration: string }> = {
  detik: { unit: null, duration: 'second' },
  menit: { unit: null, duration: 'minute' },
  jam: { unit: null, duration: 'hour' },
  hari: { unit: 'day', duration: 'day' },
  minggu: { unit: 'week', duration: 'week' },
  pekan: { unit: 'week', duration: 'week' },
  bulan: { unit: 'month', duration: 'month' },
  kuartal: { unit: 'quarter', duration: 'quarter' },
  triwulan: { unit: 'quarter', duration: 'quarter' },
  tahun: { unit: 'year', duration: 'year' },
  dekade: { unit: 'decade', duration: 'decade' },
  dasawarsa: { unit: 'decade', duration: 'decade' },
  abad: { unit: 'century', duration: 'century' },
};

/** "se-" forms: sehari, sepekan, sebulan, setahun… */
export const SE_UNITS: Record<string, string> = {
  sedetik: 'detik',
  semenit: 'menit',
  sejam: 'jam',
  sehari: 'hari',
  seminggu: 'minggu',
  sepekan: 'pekan',
  sebulan: 'bulan',
  setahun: 'tahun',
  sedekade: 'dekade',
  seabad: 'abad',
};

/** Parts of the day → TIMEX3 codes. */
export const PARTS_OF_DAY: Record<string, string> = {
  pagi: 'MO',
  subuh: 'MO',
  'dini hari': 'MO',
  siang: 'AF',
  sore: 'AF',
  petang: 'EV',
  malam: 'NI',
};

/** Words after a unit that place it relative to the reference date. */
export const RELATIVE_OFFSET: Record<string, number> = {
  ini: 0,
  berjalan: 0,
  lalu: -1,
  kemarin: -1,
  'yang lalu': -1,
  silam: -1,
  sebelumnya: -1,
  depan: 1,
  mendatang: 1,
  berikutnya: 1,
  'yang akan datang': 1,
};

/** Expressions that refer to the present, the past or the future without a date. */
export const REFS: Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'> = {
  'saat ini': 'PRESENT_REF',
  'sekarang ini': 'PRESENT_REF',
  sekarang: 'PRESENT_REF',
  kini: 'PRESENT_REF',
  'dewasa ini': 'PRESENT_REF',
  'akhir-akhir ini': 'PRESENT_REF',
  'belakangan ini': 'PRESENT_REF',
  'masa kini': 'PRESENT_REF',
  'baru-baru ini': 'PAST_REF',
  'beberapa waktu lalu': 'PAST_REF',
  'beberapa waktu yang lalu': 'PAST_REF',
  'masa lalu': 'PAST_REF',
  'masa lampau': 'PAST_REF',
  'masa sebelumnya': 'PAST_REF',
  'saat itu': 'PAST_REF',
  'ketika itu': 'PAST_REF',
  'waktu itu': 'PAST_REF',
  'kala itu': 'PAST_REF',
  dulunya: 'PAST_REF',
  nanti: 'FUTURE_REF',
  'ke depan': 'FUTURE_REF',
  'ke depannya': 'FUTURE_REF',
  'masa depan': 'FUTURE_REF',
  'masa mendatang': 'FUTURE_REF',
  kelak: 'FUTURE_REF',
  'waktu dekat': 'FUTURE_REF',
};

/** Words that put a weekday or a bare month in the future. */
export const FUTURE_CUES = [
  'akan',
  'bakal',
  'depan',
  'mendatang',
  'nanti',
  'besok',
  'dijadwalkan',
  'direncanakan',
  'rencananya',
  'berencana',
  'hendak',
  'segera',
  'ditargetkan',
  'diproyeksikan',
  // weather outlooks: "hujan diprakirakan turun pada Kamis"
  'diprakirakan',
  'memprakirakan',
  'diprediksi',
  'diprediksikan',
  'memprediksi',
  'berpotensi',
];

/**
 * Words of a rule or a measure taking effect: a bare weekday after "mulai" in their sentence is the coming one
 * ("aturan itu berlaku mulai Senin").
 */
export const TAKES_EFFECT_CUES = [
  'berlaku',
  'diberlakukan',
  'memberlakukan',
  'efektif',
  'diterapkan',
  'menerapkan',
  'diwajibkan',
  'wajib',
  'dilarang',
  'ditutup',
  'dibuka',
  'diperpanjang',
  'dihentikan',
  'ditiadakan',
  'libur',
  'beroperasi',
];

/** Words of past narration that keep such a weekday past ("aturan itu telah berlaku mulai Senin"). */
export const PAST_NARRATION_CUES = ['telah', 'sudah', 'sempat', 'pernah', 'lalu', 'kemarin', 'tadi'];

/** Modifiers inside a period: awal/akhir/pertengahan 2014 keeps the value 2014. */
export const PERIOD_MODIFIERS = ['awal', 'akhir', 'pertengahan', 'penghujung', 'medio', 'permulaan', 'ujung'];

/** Words before a number of years that make it an age, not a duration. */
export const AGE_CUES = ['usia', 'berusia', 'umur', 'berumur', 'usianya', 'umurnya'];

/**
 * The first day of Idul Fitri (Lebaran) as the Indonesian government fixed it, by year. A year not listed has
 * no value (the Islamic calendar moves about eleven days a year, and the day is set by sighting).
 */
export const IDUL_FITRI: Readonly<Record<number, string>> = {
  2005: '11-03',
  2006: '10-24',
  2007: '10-13',
  2008: '10-01',
  2009: '09-20',
  2010: '09-10',
  2011: '08-31',
  2012: '08-19',
  2013: '08-08',
  2014: '07-28',
  2015: '07-17',
  2016: '07-06',
  2017: '06-25',
  2018: '06-15',
  2019: '06-05',
  2020: '05-24',
  2021: '05-13',
  2022: '05-02',
  2023: '04-22',
  2024: '04-10',
  2025: '03-31',
  // (SKB 3 Menteri 1497/2025 on 2026's holidays)
  2026: '03-21',
};

/** The day of Idul Adha as the Indonesian government fixed it, by year (as IDUL_FITRI). */
export const IDUL_ADHA: Readonly<Record<number, string>> = {
  2010: '11-17',
  2011: '11-06',
  2012: '10-26',
  2013: '10-15',
  2014: '10-05',
  2015: '09-24',
  2016: '09-12',
  2017: '09-01',
  2018: '08-22',
  2019: '08-11',
  2020: '07-31',
  2021: '07-20',
  2022: '07-10',
  2023: '06-29',
  2024: '06-17',
  2025: '06-06',
  // (SKB 3 Menteri 1497/2025 on 2026's holidays)
  2026: '05-27',
};
