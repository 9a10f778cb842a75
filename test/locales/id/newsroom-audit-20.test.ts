import { describe, expect, it } from 'vitest';
import { run, spans, titlesOf } from './helpers.js';

// The twenty-ninth session's Indonesian rules: errors found reading our own articles. Every sentence here was
// written for these tests.

const speakers = (text: string) => (run(text).quotes ?? []).map((q) => q.speaker?.name ?? null);
const peopleNames = (text: string) => (run(text).people ?? []).map((p) => p.name);

describe("id a body's head word that the office read as its own, one field word, then the holder", () => {
  it.each([
    [
      'Kepala Badan Geologi Muhammad Wafid mengatakan status gunung naik.',
      'Muhammad Wafid',
      'Kepala Badan Geologi',
      'Badan Geologi',
    ],
    [
      'Ketua Badan Kehormatan Ahmad Fauzi memeriksa laporan itu.',
      'Ahmad Fauzi',
      'Ketua Badan Kehormatan',
      'Badan Kehormatan',
    ],
    [
      'Ketua Dewan Pers Budi Santoso mengimbau wartawan tetap tenang.',
      'Budi Santoso',
      'Ketua Dewan Pers',
      'Dewan Pers',
    ],
    [
      'Ketua Komisi Informasi Donny Yoesgiantoro membuka sidang sengketa.',
      'Donny Yoesgiantoro',
      'Ketua Komisi Informasi',
      'Komisi Informasi',
    ],
  ])('%s', (text, name, title, body) => {
    expect(peopleNames(text)).toEqual([name]);
    expect(titlesOf(text, name)).toEqual([title]);
    expect(spans(text, 'organizations')).toEqual([body]);
  });
  it('negative: a minister of a body whose words the office holds keeps them all', () => {
    const text = 'Menteri Badan Usaha Milik Negara Erick Thohir meninjau pabrik itu.';
    expect(peopleNames(text)).toEqual(['Erick Thohir']);
    expect(titlesOf(text, 'Erick Thohir')).toEqual(['Menteri Badan Usaha Milik Negara']);
  });
  it('negative: a field word before a one-word name is not split off', () => {
    const text = 'Kepala Badan Geologi Wafid mengatakan status gunung naik.';
    expect(peopleNames(text)).not.toContain('Muhammad Wafid');
    expect(spans(text, 'organizations')).toEqual([]);
  });
});

describe('id an academic degree after a name and its comma', () => {
  it.each([
    [
      'Dosen pembimbing tim, Dr. Ir. Andani Achmad, M.T., menyebutkan robot itu hemat energi.',
      'Andani Achmad',
    ],
  ])('%s', (text, name) => {
    expect(peopleNames(text)).toEqual([name]);
    expect(spans(text, 'organizations')).toEqual([]);
    expect(speakers(text)).toEqual([name]);
  });
  it('guard: the common case, a name no dictionary holds, keeps its degree out of the name', () => {
    const text = 'Peneliti pangan, Dr. Rina Kusuma, M.Sc., mengatakan harga beras naik.';
    expect(peopleNames(text)).toEqual(['Rina Kusuma']);
  });
  it('negative: a name after the comma is still the holder of the office before it', () => {
    const text = 'Kepala Dinas Pertanian Kabupaten Bogor, Budi Santoso, mengatakan panen naik.';
    expect(titlesOf(text, 'Budi Santoso')).toEqual(['Kepala Dinas Pertanian Kabupaten Bogor']);
  });
});

describe('id one unknown word between an office and an academic or religious title is the body', () => {
  it.each([
    [
      'Rektor Unpad Prof. Rina Indiastuti menyebutkan kampus siap.',
      'Rina Indiastuti',
      ['Rektor Unpad', 'Prof.'],
      'Unpad',
    ],
    [
      'Rektor Unhas Prof. Dr. Ir. Jamaluddin Jompa meresmikan gedung itu.',
      'Jamaluddin Jompa',
      ['Rektor Unhas', 'Prof. Dr. Ir.'],
      'Unhas',
    ],
  ])('%s', (text, name, titles, body) => {
    expect(peopleNames(text)).toEqual([name]);
    expect(titlesOf(text, name)).toEqual(titles);
    expect(spans(text, 'organizations')).toEqual([body]);
  });
  it('negative: a nickname before "H." is the name, not a body', () => {
    expect(spans('Presiden Jokowi H. Ahmad mengatakan hal itu.', 'organizations')).toEqual([]);
  });
  it('negative: a hospital named after a physician stays whole', () => {
    const text = 'Direktur RSUD dr Soetomo, Surabaya, menyebutkan ruang rawat penuh.';
    expect(spans(text, 'places')).toEqual(['RSUD dr Soetomo', 'Surabaya']);
    expect(peopleNames(text)).toEqual([]);
  });
  it('negative: "H." between two name words is an initial', () => {
    const text = 'Anggota DPRD Tonny H. Wangania hadir dalam rapat.';
    expect(peopleNames(text)).toEqual(['Tonny H. Wangania']);
  });
});

describe("id an office's fields listed with commas, the last one an acronym", () => {
  it('"Deputi Bidang Ekonomi Digital, Ketenagakerjaan, dan UMKM Rudy …"', () => {
    const text =
      'Deputi Bidang Ekonomi Digital, Ketenagakerjaan, dan UMKM Rudy Salahuddin menyebutkan realisasi naik.';
    expect(peopleNames(text)).toEqual(['Rudy Salahuddin']);
    expect(titlesOf(text, 'Rudy Salahuddin')).toEqual([
      'Deputi Bidang Ekonomi Digital, Ketenagakerjaan, dan UMKM',
    ]);
  });
  it('negative: known bodies listed after a ministry stay apart', () => {
    const text = 'Rapat Kementerian Pertahanan, TNI, dan Polri digelar Senin.';
    expect(spans(text, 'organizations')).toEqual(['Kementerian Pertahanan', 'TNI', 'Polri']);
  });
});

describe("id a company's English tail word ends the office's body before the holder", () => {
  it.each([
    ['CEO Eden Farm David Gunawan mengatakan perusahaannya melayani restoran.', 'David Gunawan', 'Eden Farm'],
    ['Pendiri Sweet Foods Budi Hartono mengatakan pesanan naik.', 'Budi Hartono', 'Sweet Foods'],
  ])('%s', (text, name, body) => {
    expect(peopleNames(text)).toEqual([name]);
    expect(spans(text, 'organizations')).toEqual([body]);
  });
  it('negative: everyday words of a brand before the holder are left to the office', () => {
    const text = 'CEO Kopi Kenangan Edward Tirtanata mengatakan gerai bertambah.';
    expect(peopleNames(text)).toEqual(['Edward Tirtanata']);
  });
});

describe('id a Dutch particle with its article inside a name', () => {
  it.each([
    ['Seorang wisatawan, Marieke van der Berg, mengaku terkesan.', 'Marieke van der Berg'],
    ['"Indah sekali," kata Pieter van den Broek kepada wartawan.', 'Pieter van den Broek'],
  ])('%s', (text, name) => {
    expect(peopleNames(text)).toEqual([name]);
  });
  it('negative: one particle keeps working as before', () => {
    expect(peopleNames('Pemain Belanda Robin van Persie hadir.')).toEqual(['Robin van Persie']);
  });
});

describe('id airlines the news names alone', () => {
  it.each([
    ['Garuda bekerja sama dengan Saudia untuk layanan codeshare.', 'Saudia'],
    ['Pesawat Susi Air dibakar kelompok bersenjata.', 'Susi Air'],
    ['Penumpang Super Air Jet tertahan tiga jam di Kualanamu.', 'Super Air Jet'],
  ])('%s', (text, org) => {
    expect(spans(text, 'organizations')).toContain(org);
    expect(peopleNames(text)).toEqual([]);
  });
  it('negative: a person whose given name starts an airline stays a person', () => {
    expect(peopleNames('Menteri Susi Pudjiastuti hadir.')).toEqual(['Susi Pudjiastuti']);
  });
});

describe("id initials set off by a comma after a person's relation", () => {
  it.each([
    ['Uang itu mengalir dari kontraktor melalui orang kepercayaannya, HS.', 'HS'],
    ['Uang itu diserahkan kepada sopirnya, AR, di parkiran.', 'AR'],
  ])('%s', (text, initials) => {
    expect(peopleNames(text)).toEqual([initials]);
    expect(spans(text, 'organizations')).toEqual([]);
  });
  it('negative: a bank after the relation is the bank', () => {
    const text = 'Uang disetor ke rekening istrinya, BRI.';
    expect(peopleNames(text)).toEqual([]);
  });
});

describe("id terms' short forms and the long forms they end", () => {
  it.each([
    ['Sebanyak 800 guru mengikuti seleksi Pegawai Pemerintah dengan Perjanjian Kerja (PPPK) tahap II.'],
    ['Pengungsi ditampung di GOR dan masjid terdekat.'],
    ['Anaknya menunggu dua jam di IGD sebelum dirawat.'],
    ['Pendaftaran PPDB dibuka pekan depan.'],
  ])('%s', (text) => {
    expect(spans(text, 'organizations')).toEqual([]);
  });
  it('negative: a facility that "GOR" opens is still a place', () => {
    expect(spans('Laga digelar di GOR Bulungan, Jakarta.', 'places')).toEqual(['GOR Bulungan', 'Jakarta']);
  });
  it('negative: four capitals that are no initials after a name stay a stock code', () => {
    expect(spans('Saham Kalbe Farma (KLBF) naik tipis.', 'organizations')).toEqual(['Kalbe Farma', 'KLBF']);
  });
});

describe('id a one-word place closing a long form its acronym spells', () => {
  it('"Masyarakat Transportasi Indonesia (MTI)"', () => {
    const text =
      'Pengamat dari Masyarakat Transportasi Indonesia (MTI) Djoko Setijowarno menilai tarif terlalu mahal.';
    expect(spans(text, 'organizations')).toEqual(['Masyarakat Transportasi Indonesia', 'MTI']);
    expect(spans(text, 'places')).toEqual([]);
  });
  it("negative: a term's short form makes no body of its long form", () => {
    const text = 'Ia pernah bekerja sebagai Tenaga Kerja Indonesia (TKI) di Malaysia.';
    expect(spans(text, 'organizations')).toEqual([]);
  });
});

describe("id a word that closed a place named before, alone after an office's bracket", () => {
  it('"Kepala Balai Besar Wilayah Sungai (BBWS) Citarum mengatakan"', () => {
    const text =
      'Sungai Citarum meluap. Kepala Balai Besar Wilayah Sungai (BBWS) Citarum mengatakan pengerukan dimulai.';
    expect(peopleNames(text)).toEqual([]);
  });
  it('negative: a holder named after the comma keeps the office', () => {
    const text =
      'Sungai Citarum meluap. Kepala Balai Besar Wilayah Sungai (BBWS) Citarum, Dedi Rahmat, mengatakan pengerukan dimulai.';
    expect(peopleNames(text)).toEqual(['Dedi Rahmat']);
  });
});

describe("id a person a headline's list after a place made a place, named in full later", () => {
  it('"Debat Pilkada Sumut, Bobby dan Edy Adu Program"', () => {
    const text =
      'Debat Pilkada Sumut, Bobby dan Edy Adu Program Infrastruktur\n\nMEDAN - Debat digelar. Calon gubernur Bobby Nasution dan Edy Rahmayadi hadir.';
    expect(spans(text, 'places')).not.toContain('Edy');
    expect(peopleNames(text)).toEqual(['Bobby Nasution', 'Edy Rahmayadi']);
  });
  it('negative: a list of towns stays places', () => {
    expect(peopleNames('Banjir melanda Bekasi, Karawang, dan Subang.')).toEqual([]);
  });
});

describe("id a club's first word when the club was named with its town", () => {
  it('"Borneo FC Samarinda … Gol Borneo dicetak …"', () => {
    const text =
      'Persija kalah 1-3 dari Borneo FC Samarinda di Stadion Segiri.\n\nGol Borneo dicetak Berguinho.';
    expect(spans(text, 'places')).toEqual(['Stadion Segiri']);
    expect(spans(text, 'organizations')).toContain('Borneo');
  });
  it('negative: the island outside a match report stays a place', () => {
    const text = 'Borneo FC Samarinda berdiri pada 2014. Hutan di Borneo terus menyusut.';
    expect(spans(text, 'places')).toContain('Borneo');
  });
});

describe('id "KA" before a train\'s name', () => {
  it.each([
    ['Penumpang dapat melanjutkan perjalanan dengan KA Feeder dari Padalarang.'],
    ['Penumpang KA Argo Bromo Anggrek tertahan dua jam.'],
  ])('%s', (text) => {
    expect(peopleNames(text)).toEqual([]);
  });
  it('negative: "KA" alone after a cue are initials', () => {
    expect(peopleNames('Tersangka KA ditahan di Polres Bogor.')).toEqual(['KA']);
  });
});

describe('id a short form with a counted letter spells its long form', () => {
  it('"Perhimpunan Pendidikan dan Guru (P2G)"', () => {
    const text =
      'Koordinator Nasional Perhimpunan Pendidikan dan Guru (P2G) Satriwan Salim menilai aturan itu keliru.';
    expect(spans(text, 'organizations')).toEqual(['Perhimpunan Pendidikan dan Guru', 'P2G']);
    expect(peopleNames(text)).toEqual(['Satriwan Salim']);
  });
  it('negative: a body never ends with "dan"', () => {
    const text = 'Koordinator Perhimpunan Pendidikan dan Guru Satriwan Salim menilai aturan itu keliru.';
    for (const org of spans(text, 'organizations')) expect(org).not.toMatch(/ dan$/u);
  });
});

describe("id an expert's role and field in lower case, then a university, then the expert", () => {
  it.each([
    [
      'Pakar hukum tata negara Universitas Andalas Feri Amsari berpendapat putusan itu sah.',
      'Feri Amsari',
      'Universitas Andalas',
    ],
    [
      'Peneliti keuangan negara Universitas Andalas Rina Hartati menilai subsidi perlu dievaluasi.',
      'Rina Hartati',
      'Universitas Andalas',
    ],
  ])('%s', (text, name, university) => {
    expect(peopleNames(text)).toEqual([name]);
    expect(spans(text, 'organizations')).toEqual([university]);
  });
  it('negative: a function word between the role and the body still stops the role', () => {
    const text = 'Para menteri yang Universitas Andalas undang hadir.';
    expect(peopleNames(text)).toEqual([]);
  });
  it('negative: "feri" in lower case is the boat', () => {
    expect(peopleNames('Kapal feri tujuan Bakauheni tertahan di Merak.')).toEqual([]);
  });
});

describe('id international and Indonesian civil-society bodies the lexicon knows', () => {
  it.each([
    ['Juru kampanye Greenpeace Indonesia, Iqbal Damanik, mendesak audit izin.', 'Greenpeace Indonesia'],
    ['Laporan Amnesty International menyebut ada 20 kasus penyiksaan.', 'Amnesty International'],
    ['Ketua AMAN Rukka Sombolinggi hadir dalam sidang.', 'AMAN'],
    ['Peneliti Human Rights Watch menyebut penangkapan itu sewenang-wenang.', 'Human Rights Watch'],
  ])('%s', (text, org) => {
    expect(spans(text, 'organizations')).toContain(org);
  });
  it('negative: "aman" in lower case is a word', () => {
    expect(spans('Warga merasa aman dan tenteram.', 'organizations')).toEqual([]);
  });
});

describe("id two companies' names together are a team", () => {
  it('"tim Ducati Lenovo"', () => {
    const text = 'Kemenangan diraih Francesco Bagnaia dari tim Ducati Lenovo.';
    expect(peopleNames(text)).toEqual(['Francesco Bagnaia']);
    expect(spans(text, 'organizations')).toEqual(['Ducati Lenovo']);
  });
});

describe("id a head word after the office's field, before a known body", () => {
  it('"Direktur Penilaian Perusahaan Bursa Efek Indonesia (BEI)"', () => {
    const text =
      'Direktur Penilaian Perusahaan Bursa Efek Indonesia (BEI) I Gede Nyoman Yetna menyebutkan ada 41 emiten baru.';
    expect(spans(text, 'organizations')).toEqual(['Bursa Efek Indonesia', 'BEI']);
    expect(titlesOf(text, 'I Gede Nyoman Yetna')).toEqual([
      'Direktur Penilaian Perusahaan Bursa Efek Indonesia',
    ]);
  });
  it('negative: a legal form keeps its company', () => {
    const text = 'Direktur Utama PT Pos Indonesia Faizal Rochmad Djoemadi hadir.';
    expect(spans(text, 'organizations')).toEqual(['PT Pos Indonesia']);
  });
});

describe("id a company's branch and town after its bracket, then the holder", () => {
  it('"PT ASDP Indonesia Ferry (Persero) Cabang Utama Merak Hasan Lessy"', () => {
    const text =
      'General Manager PT ASDP Indonesia Ferry (Persero) Cabang Utama Merak Hasan Lessy mengatakan arus padat.';
    expect(peopleNames(text)).toEqual(['Hasan Lessy']);
    expect(titlesOf(text, 'Hasan Lessy')).toEqual([
      'General Manager PT ASDP Indonesia Ferry Cabang Utama Merak',
    ]);
  });
  it('negative: a branch word before a one-word name keeps the name', () => {
    const text = 'Kepala PT Pegadaian (Persero) Cabang Bogor, Rina Hartati, mengatakan omzet naik.';
    expect(peopleNames(text)).toEqual(['Rina Hartati']);
  });
});

describe("id a headline's head word followed only by words the body writes in lower case", () => {
  it.each([
    [
      'Dua Pelajar SMK Tewas Tawuran di Bekasi\n\nBEKASI - Dua pelajar sebuah SMK swasta tewas dalam tawuran.',
    ],
    [
      'Warga Keluhkan Jalan Rusak Menuju Pantai Jayanti\n\nCIANJUR - Warga mengeluhkan kerusakan jalan. Jalan itu rusak sejak lama.',
    ],
  ])('%s', (text) => {
    for (const place of spans(text, 'places')) expect(place).not.toMatch(/^(SMK|Jalan) /u);
  });
  it('negative: a name after the head word stays', () => {
    const text = 'Stadion Manahan Siap Gelar Final\n\nSOLO - Stadion itu siap menggelar final.';
    expect(spans(text, 'places')).toContain('Stadion Manahan');
  });
  it("a word after the locative that the body names only inside a body's name is no place", () => {
    const text =
      'Rusia Tuding Serangan ke Fasilitas Energi\n\nMOSKWA - Rusia menuding Ukraina menyerang fasilitas energi. Badan Energi Atom Internasional memantau.';
    expect(spans(text, 'places')).not.toContain('Energi');
  });
});

describe("id a commander's unit named after its number and a slash", () => {
  it.each([
    [
      'Danrem 031/Wirabima Brigjen TNI Sugiyono mengerahkan 300 prajurit.',
      'Sugiyono',
      ['Danrem 031/Wirabima', 'Brigjen TNI'],
    ],
    [
      'Pangdam XIV/Hasanuddin Mayjen TNI Bobby Rinal Makmun meninjau lokasi.',
      'Bobby Rinal Makmun',
      ['Pangdam XIV/Hasanuddin', 'Mayjen TNI'],
    ],
  ])('%s', (text, name, titles) => {
    expect(peopleNames(text)).toEqual([name]);
    expect(titlesOf(text, name)).toEqual(titles);
  });
  it('negative: the unit alone, no commander, names no one', () => {
    expect(peopleNames('Prajurit Kodim 0501/Jakarta Pusat membantu warga.')).toEqual([]);
  });
});

describe('id an acting holder, "sementara" and a comma after the office', () => {
  it('"Ketua DPRD Kabupaten Bogor sementara, Sastra Winara, …"', () => {
    const text =
      'Ketua DPRD Kabupaten Bogor sementara, Sastra Winara, menyatakan lembaganya menghormati proses hukum.';
    expect(titlesOf(text, 'Sastra Winara')).toEqual(['Ketua DPRD Kabupaten Bogor']);
  });
  it('negative: "sementara" without the comma after it is the conjunction', () => {
    const text = 'Bupati Bogor diperiksa sementara Wakil Bupati Ahmad Hidayat menunggu di luar.';
    expect(titlesOf(text, 'Ahmad Hidayat')).toEqual(['Wakil Bupati']);
  });
});

describe("id an office's body of many words after a body word the office read, up to a given name", () => {
  it('"Kepala Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta Galih Kartika Priya"', () => {
    const text =
      'Kepala Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta Galih Kartika Priya menambahkan, pemeriksaan diperketat.';
    expect(peopleNames(text)).toEqual(['Galih Kartika Priya']);
    expect(spans(text, 'organizations')).toEqual(['Kantor Imigrasi Kelas I Khusus TPI Soekarno-Hatta']);
  });
  it('negative: a body whose words are all complements keeps them', () => {
    const text = 'Kepala Kantor Staf Presiden Moeldoko hadir dalam rapat.';
    expect(titlesOf(text, 'Moeldoko')).toEqual(['Kepala Kantor Staf Presiden']);
  });
});

describe('id a facility the document named in full ends there before the holder', () => {
  it('"Bandara I Gusti Ngurah Rai Ahmad Syaugi Shahab"', () => {
    const text =
      'Bandara I Gusti Ngurah Rai ditutup. General Manager PT Angkasa Pura Indonesia Bandara I Gusti Ngurah Rai Ahmad Syaugi Shahab memastikan tidak ada penerbangan.';
    expect(peopleNames(text)).toEqual(['Ahmad Syaugi Shahab']);
    expect(spans(text, 'places')).toEqual(['Bandara I Gusti Ngurah Rai', 'Bandara I Gusti Ngurah Rai']);
  });
});

describe('id churches, councils of faiths and rights groups the lexicon knows', () => {
  it.each([
    ['Ephorus HKBP Pdt Victor Tinambunan memimpin kebaktian.', 'Victor Tinambunan', ['Ephorus HKBP', 'Pdt']],
    [
      'Direktur Eksekutif Imparsial Ardi Manto Adiputra mengkritik rencana itu.',
      'Ardi Manto Adiputra',
      ['Direktur Eksekutif Imparsial'],
    ],
  ])('%s', (text, name, titles) => {
    expect(peopleNames(text)).toEqual([name]);
    expect(titlesOf(text, name)).toEqual(titles);
  });
  it('"Huria Kristen Batak Protestan (HKBP)"', () => {
    const text = 'Jemaat Huria Kristen Batak Protestan (HKBP) merayakan ulang tahun gereja.';
    expect(spans(text, 'organizations')).toEqual(['Huria Kristen Batak Protestan', 'HKBP']);
  });
});

describe('id common Indonesian given names the public lists lack', () => {
  it.each([
    ['Direktur PT Sinar Abadi Wawan Hendrayana menilai pasar tenang.', 'Wawan Hendrayana', 'PT Sinar Abadi'],
  ])('%s', (text, name, body) => {
    expect(peopleNames(text)).toEqual([name]);
    expect(spans(text, 'organizations')).toEqual([body]);
  });
  it.each([
    ['Asep mengatakan panen tahun ini bagus.', 'Asep'],
    ['Menurut Joko, harga pupuk naik.', 'Joko'],
  ])('guard: a lone given name opening a sentence or after "menurut": %s', (text, name) => {
    expect(peopleNames(text)).toEqual([name]);
  });
});

describe("id a field body's ministry after its name is named apart", () => {
  it.each([
    [
      'Direktur Surat Utang Negara Direktorat Jenderal Pengelolaan Pembiayaan dan Risiko Kementerian Keuangan Deni Ridwan mengatakan dana aman.',
      'Kementerian Keuangan',
    ],
    [
      'Kepala Bagian Humas Ditjen Pemasyarakatan Kemenkumham Rika Aprianti mengatakan napi dipindah.',
      'Kemenkumham',
    ],
  ])('%s', (text, ministry) => {
    expect(spans(text, 'organizations')).toContain(ministry);
  });
});

describe("id a given name inside an English office's company run opens the holder's name", () => {
  it('"General Manager PT Antam Abdul Hadi Aviciena"', () => {
    const text = 'Selain itu, mantan General Manager PT Antam Abdul Hadi Aviciena juga dihukum.';
    expect(peopleNames(text)).toEqual(['Abdul Hadi Aviciena']);
    expect(spans(text, 'organizations')).toEqual(['PT Antam']);
  });
  it('negative: a company that ends in its legal form is read as before', () => {
    const text = 'Vice President PT Sinar Jaya Tbk Hartono Budi mengatakan.';
    expect(spans(text, 'organizations')).toEqual(['PT Sinar Jaya Tbk']);
  });
});

describe('id a specialist hospital named after a professor and physician', () => {
  it.each([
    [
      'Pasien dirawat di Rumah Sakit Penyakit Infeksi Prof Dr Sulianti Saroso.',
      'Rumah Sakit Penyakit Infeksi Prof Dr Sulianti Saroso',
    ],
    ['Ia dirawat di RS Kanker Dharmais sejak pekan lalu.', 'RS Kanker Dharmais'],
  ])('%s', (text, place) => {
    expect(spans(text, 'places')).toEqual([place]);
    expect(peopleNames(text)).toEqual([]);
  });
});

describe('id one word the document wrote alone before, between an office and a name', () => {
  it('"Promotor konser, Mecimapro, … Direktur Mecimapro Fransiska Dimitri Inkiriwang"', () => {
    const text =
      'Promotor konser, Mecimapro, mengumumkan penjualan tiket. Direktur Mecimapro Fransiska Dimitri Inkiriwang mengatakan harga naik.';
    expect(peopleNames(text)).toEqual(['Fransiska Dimitri Inkiriwang']);
    expect(titlesOf(text, 'Fransiska Dimitri Inkiriwang')).toEqual(['Direktur Mecimapro']);
  });
  it('negative: a word that ran on into a name before is no body', () => {
    const text = 'Sutradara Hanung Bramantyo hadir. Produser Hanung Bramantyo Budi Santoso hadir.';
    expect(spans(text, 'organizations')).toEqual([]);
  });
});

describe("id a public figure's nickname in a document about someone whose given name it shortens", () => {
  it('"Megawati Hangestri Pertiwi … Mega bermain luar biasa"', () => {
    const text =
      'Megawati Hangestri Pertiwi mencetak 24 poin. "Mega bermain luar biasa," kata pelatih Alessandro Lodi.';
    expect(peopleNames(text)).not.toContain('Megawati Soekarnoputri');
  });
  it('negative: alone, or with the figure named in full, the nickname is the figure', () => {
    expect(peopleNames('Mega mengatakan PDI-P solid.')).toEqual(['Megawati Soekarnoputri']);
    expect(peopleNames('Megawati Soekarnoputri hadir. Mega mengatakan PDI-P solid.')).toEqual([
      'Megawati Soekarnoputri',
    ]);
  });
});

describe('id initials after "yakni" in a clause about suspects', () => {
  it('"Tiga tersangka lainnya adalah anak MR, yakni AAP, …"', () => {
    const text =
      'Tersangka YS dan MR ditahan. Tiga tersangka lainnya adalah anak MR, yakni AAP, serta dua kerabatnya.';
    expect(peopleNames(text)).toContain('AAP');
    expect(spans(text, 'organizations')).toEqual([]);
  });
});

describe("id a headline's modal and adverb words end a body's name", () => {
  it('"Grup K-Pop NewJeans Bakal Gelar Konser"', () => {
    const text =
      'Grup K-Pop NewJeans Bakal Gelar Konser di Jakarta\n\nJAKARTA - NewJeans dijadwalkan konser.';
    for (const org of spans(text, 'organizations')) expect(org).not.toMatch(/Bakal/u);
  });
  it('a root verb before a body the lexicon knows, in a headline', () => {
    const text = 'Persib Siap Hadapi Persija\n\nBANDUNG - Persib siap menjamu tamunya.';
    expect(peopleNames(text)).toEqual([]);
    expect(spans(text, 'organizations')).toContain('Persija');
  });
});

describe('id a legal form alone names no company; with a short name in capitals it does', () => {
  it.each([
    ['Harga saham PT BA turun Rp 25 menjadi Rp 850.', ['PT BA']],
    ['Kuitansi itu berlogokan PT.', []],
    ['Dana dipinjam dari sebuah perusahaan, yaitu PT SMK.', ['PT SMK']],
  ])('%s', (text, orgs) => {
    expect(spans(text, 'organizations')).toEqual(orgs);
  });
});

describe("id a body's department is named apart from the body the lexicon knows", () => {
  it('"Staf Departemen Kebijakan Sistem Pembayaran Bank Indonesia Rina …"', () => {
    const text =
      'Staf Departemen Kebijakan Sistem Pembayaran Bank Indonesia Rina Hartati mengatakan transaksi naik.';
    expect(spans(text, 'organizations')).toEqual([
      'Departemen Kebijakan Sistem Pembayaran',
      'Bank Indonesia',
    ]);
  });
});

describe('id two people joined by "dan" after one office', () => {
  it('"Presiden Amerika Serikat Barack Obama dan Michelle Obama"', () => {
    const text = 'Malia, putri Presiden Amerika Serikat Barack Obama dan Michelle Obama, kuliah di Harvard.';
    expect(peopleNames(text)).toEqual(expect.arrayContaining(['Barack Obama', 'Michelle Obama']));
    expect(titlesOf(text, 'Barack Obama')).toEqual(['Presiden Amerika Serikat']);
  });
  it('negative: a body whose name holds "dan" stays whole', () => {
    const text = 'Menteri Kelautan dan Perikanan Sakti Wahyu Trenggono hadir.';
    expect(peopleNames(text)).toEqual(['Sakti Wahyu Trenggono']);
  });
});

describe("id ranks' classes and a body's numbered unit name no one", () => {
  it.each([
    ['Seleksi calon Bintara dan Tamtama Polri dilakukan secara transparan.'],
    ['Pihak Telkom Divre II mengatakan, kasus seperti itu banyak terjadi.'],
  ])('%s', (text) => {
    expect(peopleNames(text)).toEqual([]);
  });
  it('negative: "Taruna" may be a given name', () => {
    expect(peopleNames('Kepala BPOM Taruna Ikrar menegaskan izin dicabut.')).toEqual(['Taruna Ikrar']);
  });
});

describe("id a route's spaced hyphen opens no name", () => {
  it('"Cibubur - Cawang, Bekasi Timur - Cawang dan Cawang - Dukuh"', () => {
    const text = 'Bus itu melayani rute Cibubur - Cawang, Bekasi Timur - Cawang dan Cawang - Kampung Melayu.';
    expect(peopleNames(text)).toEqual([]);
    for (const place of spans(text, 'places')) expect(place).not.toMatch(/^-/u);
  });
  it('negative: a running pair written with a spaced hyphen is still two people', () => {
    expect(peopleNames('Pasangan Prabowo - Gibran unggul di Jawa Tengah.')).toEqual(['Prabowo', 'Gibran']);
  });
});

describe('id fuel brands: Pertadex', () => {
  it('"Pertamax, Pertadex, solar"', () => {
    expect(
      peopleNames('BBM nonsubsidi seperti Pertamax, Pertadex, solar, atau premium dijual bebas.'),
    ).toEqual([]);
  });
});

describe("id a national team's name, its tournament and its manager", () => {
  it('"Timnas Indonesia untuk Piala AFF 2024" ends before the tournament', () => {
    const text = 'Daftar pemain Timnas Indonesia untuk Piala AFF 2024 diumumkan Senin.';
    expect(spans(text, 'organizations')).toEqual(['Timnas Indonesia']);
  });
  it('negative: "untuk" inside a body\'s name still joins', () => {
    const text = 'Laporan itu disusun Gerakan Masyarakat Sipil untuk Pilkada Sehat pekan lalu.';
    expect(spans(text, 'organizations')).toEqual(['Gerakan Masyarakat Sipil untuk Pilkada Sehat']);
  });
  it('"Manajer Timnas Sumardji mengatakan"', () => {
    const text = 'Manajer Timnas Sumardji mengatakan, tim berangkat Sabtu.';
    expect(peopleNames(text)).toEqual(['Sumardji']);
    expect(titlesOf(text, 'Sumardji')).toEqual(['Manajer Timnas']);
  });
  it("negative: a country's team is the team", () => {
    expect(peopleNames('Pelatih Timnas Vietnam mengatakan timnya siap.')).toEqual([]);
  });
});

describe('id an agency names a body', () => {
  it('"agensi Gold Medalist"', () => {
    const text = 'Aktor itu bernaung di bawah agensi Gold Medalist sejak 2019.';
    expect(spans(text, 'organizations')).toEqual(['Gold Medalist']);
    expect(peopleNames(text)).toEqual([]);
  });
  it('negative: a promoter is a person', () => {
    const text = 'Promotor konser dari Juni Management, Adryanto Pratono, mengatakan tiket habis.';
    expect(peopleNames(text)).toEqual(['Adryanto Pratono']);
  });
});

describe("id a term in lower case that ends in a country's name keeps its short form from a body's", () => {
  it('"pekerja migran Indonesia (PMI)"', () => {
    const text = 'Sebanyak 17 pekerja migran Indonesia (PMI) asal NTT meninggal di Malaysia.';
    expect(spans(text, 'organizations')).toEqual([]);
  });
  it('negative: the Red Cross written in full keeps its short form', () => {
    const text = 'Relawan Palang Merah Indonesia (PMI) dikerahkan ke lokasi banjir.';
    expect(spans(text, 'organizations')).toEqual(['Palang Merah Indonesia', 'PMI']);
  });
});

describe('id a word written alone before is the body only right after the office', () => {
  it('negative: a person named by that word before keeps it', () => {
    const text = '"Kami siap," kata Retno. Menteri Luar Negeri Retno Marsudi lalu bertolak ke Jenewa.';
    expect(peopleNames(text)).toEqual(['Retno Marsudi']);
    expect(spans(text, 'organizations')).toEqual([]);
  });
  it("negative: a body's short form and its field stay one body", () => {
    const text = 'Produksi migas turun. Kepala SKK Migas Budi Santoso mengatakan lifting turun.';
    expect(spans(text, 'organizations')).not.toContain('Migas');
  });
});

describe('id an event named after its place', () => {
  it.each([
    ['Tragedi Kanjuruhan kembali diperingati oleh ribuan suporter.'],
    ['Peristiwa Talangsari terjadi pada 1989.'],
    ['Pembicaraan digelar setelah insiden Samarra pekan lalu.'],
  ])('%s', (text) => {
    expect(peopleNames(text)).toEqual([]);
  });
  it("negative: a work opening the sentence before a person's name leaves the person", () => {
    expect(peopleNames('Film Ito yang pertama dirilis pada 1979.')).toEqual(['Ito']);
  });
});

describe('id a stage name in capitals after "atau" and a person read by a rule', () => {
  it('"penyanyi Lee Ji-eun atau IU"', () => {
    const text = 'Sementara itu, penyanyi Lee Ji-eun atau IU baru saja merampungkan tur dunianya.';
    expect(peopleNames(text)).toEqual(['Lee Ji-eun']);
    expect(spans(text, 'organizations')).toEqual([]);
  });
  it('negative: a body read from capitals alone keeps its short form a body', () => {
    const text = 'Sistem diterapkan pada Batam Logistic Ecosystem atau BLE sejak Juli.';
    expect(spans(text, 'organizations')).toContain('BLE');
  });
});

describe("id a company's numbered unit after its bracket", () => {
  it('"Manajer Humas PT KAI (Persero) Daop 8 Surabaya Luqman Arif"', () => {
    const text =
      'Manajer Humas PT KAI (Persero) Daop 8 Surabaya Luqman Arif mengatakan kereta tambahan disiapkan.';
    expect(peopleNames(text)).toEqual(['Luqman Arif']);
    expect(titlesOf(text, 'Luqman Arif')).toEqual(['Manajer Humas PT KAI Daop 8 Surabaya']);
    expect(spans(text, 'places')).toEqual(['Surabaya']);
  });
  it('no name after the unit and its town: no person', () => {
    const text = 'Kepala Humas PT KAI (Persero) Daop 1 Jakarta mengatakan kereta tambahan disiapkan.';
    expect(peopleNames(text)).toEqual([]);
  });
});

describe("id one word and a company's tail after an office, then a demonstrative", () => {
  it('"Pendiri Mayapada Group itu"', () => {
    const text = 'Pendiri Mayapada Group itu menyerahkan donasi secara simbolis.';
    expect(peopleNames(text)).toEqual([]);
    expect(spans(text, 'organizations')).toEqual(['Mayapada Group']);
  });
  it('negative: a given name before the tail word is the holder', () => {
    expect(peopleNames('Direktur Budi Group itu hadir.')).toEqual(['Budi']);
  });
});
