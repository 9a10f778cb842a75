import { describe, expect, it } from 'vitest';
import {
  countryName,
  foldPlaceName,
  lookupPlace,
  placeMaxWords,
  placeNamesakes,
} from '../../src/data/index.js';

describe('lookupPlace', () => {
  it.each([
    // surface, canonical, country, kind
    ['Indonesia', 'Indonesia', 'ID', 'country'],
    ['Tiongkok', 'China', 'CN', 'country'],
    ['South Korea', 'Korea Selatan', 'KR', 'country'],
    ['Korea Utara', 'Korea Utara', 'KP', 'country'],
    ['Belanda', 'Belanda', 'NL', 'country'],
    ['Germany', 'Jerman', 'DE', 'country'],
    ['AMERIKA SERIKAT', 'Amerika Serikat', 'US', 'country'],
    ['Moskow', 'Moskow', 'RU', 'city'],
    ['Moscow', 'Moskow', 'RU', 'city'],
    ['SEOUL', 'Seoul', 'KR', 'city'],
    ['Jawa Timur', 'Jawa Timur', 'ID', 'region'],
    ['Jatim', 'Jawa Timur', 'ID', 'region'],
    ['Kabupaten Aceh Selatan', 'Kabupaten Aceh Selatan', 'ID', 'region'],
    ['Kota Bandung', 'Bandung', 'ID', 'city'],
    ['Bandung', 'Bandung', 'ID', 'city'],
    ['Sao Paulo', 'São Paulo', 'BR', 'city'],
    ['Texas', 'Texas', 'US', 'region'],
    // a big region beats a small foreign town of its name; a generic word does not
    ['Florida', 'Florida', 'US', 'region'],
    ['Ontario', 'Ontario', 'CA', 'region'],
    ['Central', 'Central', 'US', 'city'],
    // short, English and former names of cities
    ['Frankfurt', 'Frankfurt', 'DE', 'city'],
    ['Bangalore', 'Bengaluru', 'IN', 'city'],
    ['Rangoon', 'Yangon', 'MM', 'city'],
    ['Solo', 'Surakarta', 'ID', 'city'],
    ['Eropa', 'Eropa', null, 'region'],
  ])('%s → %s (%s, %s)', (surface, canonical, country, kind) => {
    const p = lookupPlace(surface);
    expect(p).not.toBeNull();
    expect(p?.canonical).toBe(canonical);
    expect(p?.country).toBe(country);
    expect(p?.kind).toBe(kind);
  });

  it.each(['dan', 'yang', 'Presiden', 'Kementerian', 'xyzzy', '', 'Senin'])('%s is no place', (s) => {
    expect(lookupPlace(s)).toBeNull();
  });

  it('returns a copy that callers may change', () => {
    const a = lookupPlace('Jakarta');
    if (a) a.canonical = 'changed';
    expect(lookupPlace('Jakarta')?.canonical).toBe('Jakarta');
  });
});

describe('countryName and helpers', () => {
  it.each([
    ['KR', 'id', 'Korea Selatan'],
    ['KR', 'en', 'South Korea'],
    ['US', 'en', 'United States'],
    ['cn', 'id', 'China'],
    ['ZZ', 'en', null],
  ] as const)('%s in %s → %s', (code, lang, name) => {
    expect(countryName(code, lang)).toBe(name);
  });

  it('folds case, accents and spaces', () => {
    expect(foldPlaceName('  São   Paulo ')).toBe('sao paulo');
    expect(placeMaxWords()).toBeGreaterThanOrEqual(3);
  });
});

describe('Indonesian towns that are no administrative unit (held-out round 2)', () => {
  it.each([
    ['Purwokerto', 'city'],
    ['Sumbawa Besar', 'city'],
    ['Labuan Bajo', 'city'],
  ])('%s is an Indonesian %s', (surface, kind) => {
    const p = lookupPlace(surface);
    expect(p?.country).toBe('ID');
    expect(p?.kind).toBe(kind);
  });
  // a town named by an everyday word stays out; a district keeps its own entry
  it.each(['Melati', 'Kijang'])('%s is no place', (s) => {
    expect(lookupPlace(s)).toBeNull();
  });
  it('leaves a district that idn-area-data names as it was', () => {
    expect(lookupPlace('Jatilawang')?.kind).toBe('region');
  });
});

describe('namesakes of world cities in other countries (held-out round 3)', () => {
  it('lists the American St. Petersburg, in Florida, behind the Russian city', () => {
    expect(lookupPlace('St. Petersburg')?.country).toBe('RU');
    expect(placeNamesakes('St. Petersburg')).toContainEqual({ country: 'US', region: 'Florida' });
  });
  it('lists the towns of Georgia (US) named Athens', () => {
    expect(placeNamesakes('Athens').some((n) => n.country === 'US')).toBe(true);
  });
  it('has none for a name only one country uses', () => {
    expect(placeNamesakes('Surabaya')).toEqual([]);
    expect(placeNamesakes('Xyzzyville')).toEqual([]);
  });
});
