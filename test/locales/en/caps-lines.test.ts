import { table } from './helpers.js';

// Names in lines written in capitals (wire-service headlines, datelines, results tables, press digests)
// and the shapes around them. Every sentence here was written for these tests.

table('en "St" without its full stop opens a saint\'s place, in capitals too', [
  ['The delegation flew on to St Louis for the talks.', ['place:St Louis'], ['person:Louis']],
  [
    'BASEBALL - STANDINGS.\nCHICAGO 2004-05-01\nHOUSTON AT ST LOUIS\nMilwaukee at Pittsburgh',
    ['place:ST LOUIS'],
    [],
  ],
  [
    'BASEBALL - RESULTS.\nCHICAGO 2004-05-01\nResults on Friday (home team in capitals):\nSan Diego 3 ST LOUIS 5\nAtlanta 2 PITTSBURGH 1',
    ['organization:ST LOUIS'],
    [],
  ],
  // negative: "St" of a street after a house number stays out of a place's name
  ['The shop at 14 Dover St opened on Monday.', [], ['place:St Louis']],
  ['M. Lane st Carter b Pike 12', [], ['place:st Carter']],
]);
