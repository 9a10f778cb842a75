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

const DIGEST =
  'PRESS DIGEST - Kenyan newspapers - May 4.\nThese are the leading stories in the Kenyan press on Tuesday.\nThe agency has not checked the stories.\nDAILY NATION\nThe finance minister said the shilling would hold firm through June.\nEAST AFRICAN STANDARD\n- Farmers in Nakuru demand higher prices for maize.\nTHE STAR\n- Teachers in Mombasa call off their strike.';

table("en a paper's title on a line of its own in a review of the papers is an organization", [
  [
    DIGEST,
    ['organization:DAILY NATION', 'organization:EAST AFRICAN STANDARD', 'organization:THE STAR'],
    ['place:EAST AFRICAN', 'organization:PRESS DIGEST'],
  ],
  // negative: the same lines under a headline that is no review of the papers name no paper
  [
    DIGEST.replace('PRESS DIGEST', 'MARKET REPORT'),
    [],
    ['organization:DAILY NATION', 'organization:THE STAR'],
  ],
  // negative: a dateline below a digest's headline stays a place
  [
    'PRESS DIGEST - Peru - May 4.\nLIMA 2004-05-04\nThese are the leading stories in the Lima press.\nEL COMERCIO\n- The cabinet met.',
    ['place:LIMA'],
    ['organization:LIMA'],
  ],
]);

table("en the wire's slug of everyday words in capitals opening the first line names no one", [
  [
    'WEEKLY DIGEST - Kenyan newspapers - May 4.\nThe papers led with the budget.',
    [],
    ['organization:WEEKLY DIGEST'],
  ],
  ['UPDATE SERVICE - Kenyan shares rise.\nShares rose.', [], ['organization:UPDATE SERVICE']],
  // negative: a known body or a place as the slug is still named
  ['KENYA - Floods cut the main road to the coast.\nThe rains went on.', ['place:KENYA'], []],
  ['NATO - Ministers meet in Brussels on Monday.\nThe talks begin.', ['organization:NATO'], []],
]);

table("en a team sport's headline: a town or an unknown word beside a verb of the result is a club", [
  [
    'SOCCER - GARCIA TO COACH NICE.\nPARIS 2004-05-01\nFormer goalkeeper Pablo Garcia will coach the side next season.',
    ['organization:NICE'],
    ['place:NICE'],
  ],
  [
    'RUGBY LEAGUE - LEEDS BEAT BRADFORD 30-12.\nLEEDS, England 2004-05-01\nLeeds won the semifinal on Friday.',
    ['organization:BRADFORD', 'place:LEEDS'],
    [],
  ],
  [
    "SOCCER - LYON'S KEEPER BREAKS ARM.\nPARIS 2004-05-01\nThe goalkeeper broke his arm in training before the league match.",
    ['organization:LYON'],
    ['place:LYON'],
  ],
  [
    'BASEBALL - SMITH HOMERS AS PUMAS BEAT SEALS.\nCHICAGO 2004-05-01\nJohn Smith hit two home runs and the pitcher struck out nine.',
    ['organization:PUMAS', 'organization:SEALS', 'person:SMITH'],
    [],
  ],
  // negative: national sides are their countries; the word across from a country is one too
  [
    'SOCCER - NORWAY BEAT FAROES IN QUALIFIER.\nOSLO 2004-05-01\nNorway won 3-0 in the league qualifier.',
    ['place:NORWAY'],
    ['organization:FAROES'],
  ],
  // negative: a town not beside the verb of a result stays a place
  [
    'SOCCER - FANS RETURN TO LYON AFTER FINAL.\nPARIS 2004-05-01\nThe supporters came home after the cup match.',
    [],
    ['organization:LYON'],
  ],
  // negative: no team sport, no club
  [
    'MARKETS - BONDS BEAT FORECASTS.\nLONDON 2004-05-01\nBond prices rose on Monday.',
    [],
    ['organization:BONDS', 'organization:FORECASTS'],
  ],
]);

table('en a dateline naming a body the lexicon knows and no place is that body', [
  [
    'Council urges talks on the border.\nUNITED NATIONS 2004-05-01\nThe Security Council met on Friday.',
    ['organization:UNITED NATIONS'],
    ['place:UNITED NATIONS'],
  ],
  // negative: a dateline's town stays a place
  [
    'Pope names two bishops.\nVATICAN CITY 2004-05-01\nThe Pope named two bishops on Saturday.',
    ['place:VATICAN CITY'],
    ['organization:VATICAN CITY'],
  ],
]);

table('en everyday words in capitals inside a line in lower case are no body by their trade word', [
  ['Traders said the latest CRUDE OIL prices slipped on Monday.', [], ['organization:CRUDE OIL']],
  ['Dealers quoted SPOT GOLD MINING prices lower.', [], ['organization:SPOT GOLD MINING']],
  // negative: a name no dictionary holds, a legal form, or a body's head word still make one
  ['Shares in KORVEX OIL rose 3 percent on Monday.', ['organization:KORVEX OIL'], []],
  ['The NATIONAL OIL COMPANY said output rose.', ['organization:NATIONAL OIL COMPANY'], []],
  ['Crude Oil Ltd said output rose.', ['organization:Crude Oil Ltd'], []],
]);

table('en a US state abbreviated by its initials after a town and a comma is the state', [
  [
    'Fire kills two.\nDOVER, N.H. 2004-05-01\nA fire killed two people on Friday.',
    ['place:DOVER', 'place:N.H.'],
    ['organization:N.H.'],
  ],
  ['The plant in Camden, N.J., will close in June.', ['place:N.J.'], ['organization:N.J.']],
  // negative: the initials with no town before them are left to the other rules
  ['The N.J. police said the road would reopen.', [], ['place:N.J.']],
]);

table('en a town in capitals over a line with the date alone is a dateline', [
  [
    'Shares rise on merger news.\nDOVER, Del.\n2004-05-01\nShares of Kestrel Corp were up 3-1/2 at 40-5/8 on Friday, and Nortex was up 1-1/4 to 22-3/8, while Blenco fell 2-1/8 to 18-1/2.',
    ['place:DOVER'],
    ['organization:DOVER'],
  ],
  // negative: far below the headline, a club's name over a date is no dateline
  [
    'SOCCER - LEEDS WIN AGAIN.\nLONDON 2004-05-01\nLeeds won 3-1 on Saturday and the coach praised the striker.\nThe league match was played in heavy rain at the stadium.\nHULL\n2004-05-08\nHull lost 2-0 at home.',
    ['organization:HULL'],
    ['place:HULL'],
  ],
]);

table("en words no dictionary holds before a company's period or figures in a headline are the company", [
  [
    'KORVEX H1 PROFIT RISES 20 PCT.\nOSLO 2004-05-01\nNorwegian pump maker Korvex said on Friday that its first-half profit rose.',
    ['organization:KORVEX'],
    ['person:KORVEX'],
  ],
  [
    'ROMANIA ZELTA NET LOSS WIDENS.\nBUCHAREST 2004-05-01\nThe state glass maker Zelta said its loss widened.',
    ['organization:ZELTA', 'place:ROMANIA'],
    [],
  ],
  [
    'VELTRO H1 PROFIT EUR 6.3 MLN VS 2.0 MLN.\nHELSINKI 2004-05-01\nSix months to June 30 (million euros)\nNet sales 410.2 vs 388.0',
    ['organization:VELTRO'],
    [],
  ],
  // negative: a country, an everyday word or a person named in the story before the figures is no company
  [
    'NORWAY Q1 TRADE SURPLUS GROWS.\nOSLO 2004-05-01\nThe surplus grew.',
    ['place:NORWAY'],
    ['organization:NORWAY'],
  ],
  [
    'RETAIL SALES FALL IN MAY.\nLONDON 2004-05-01\nRetail sales fell for a second month.',
    [],
    ['organization:RETAIL'],
  ],
  [
    'TOLSKI PROFIT WARNING HITS SHARES.\nWARSAW 2004-05-01\nChief executive Jan Tolski said the warning was painful.',
    ['person:Jan Tolski'],
    ['organization:TOLSKI'],
  ],
]);
