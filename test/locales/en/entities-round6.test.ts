// English entities, round 6: rules found on held-out news written for this project. One table per rule
// family, each with cases that must be found and cases that must not. All sentences are written for
// these tests.
import { describe, expect, it } from 'vitest';
import { entities } from '../../../src/locales/en/entities.js';
import { ctx, doc, table } from './helpers.js';

table('en.person.partial-name: a surname opening a sentence after the full name', [
  [
    'Orbital chief executive Dana Musk unveiled a new rocket on Tuesday. Musk said the first flight would be in May.',
    ['person:Dana Musk', 'person:Musk'],
    [],
  ],
  [
    'The bank hired economist Ravi Brown last year. Brown expects rates to fall.',
    ['person:Ravi Brown', 'person:Brown'],
    [],
  ],
  // no full name ends in the word: an everyday word opening a sentence stays out
  ['Brown bears were seen near the camp. Rangers closed the trail.', [], ['person:Brown']],
  // the full name comes only later: the opening word is not joined to it
  [
    'Musk oxen graze on the tundra. Biologist Dana Musk counted them in July.',
    ['person:Dana Musk'],
    ['person:Musk'],
  ],
]);

table('en.org.country-and-trade: a country before the trade a company is named for', [
  ['Researchers at UK Biobank shared the scans.', ['organization:UK Biobank'], ['place:UK']],
  ['Shares of US Steel rose 4 percent.', ['organization:US Steel'], []],
  [
    'China Mobile and Japan Airlines reported profits.',
    ['organization:China Mobile', 'organization:Japan Airlines'],
    ['organization:China Mobile and Japan Airlines'],
  ],
  ['British Steel cut 300 jobs at the plant.', ['organization:British Steel'], []],
  // a title or a person after the country is no company
  ['UK Prime Minister Alan Pryce met union leaders.', ['person:Alan Pryce'], ['organization:UK Prime']],
  ['US President Joan Harlow spoke in Ohio.', ['person:Joan Harlow', 'place:US'], []],
  // a trade word alone, or after a town, makes no national company
  ['Kenya exports tea and coffee.', ['place:Kenya'], []],
]);

table("en.person.after-country-possessive: a name right after a country's possessive", [
  [
    "Vietnam's To Lam met the delegation in Hanoi. Lam said the visit went well.",
    ['person:To Lam', 'person:Lam', 'place:Hanoi'],
    ['place:Vietnam’s To Lam'],
  ],
  ["Talks with Laos's Sonexay Phomvihane ended early.", ['person:Sonexay Phomvihane'], []],
  [
    "Officials from China's Xi Jinping's office declined to comment.",
    ['person:Xi Jinping'],
    ['organization:Xi Jinping'],
  ],
  // a company, an index, a party or a place after the possessive is no person
  ["Japan's Toyota Motor raised its forecast.", [], ['person:Toyota Motor']],
  ["Britain's Labour Party won the vote.", ['organization:Labour Party'], ['person:Labour Party']],
  ["Germany's Deutsche Bank cut jobs.", [], ['person:Deutsche Bank']],
  ["France's Loire Valley flooded.", [], ['person:Loire Valley']],
  ["Japan's Nikkei rose 2 percent.", [], ['person:Nikkei']],
]);

table('en.org.head-word: only a capitalized XI is a side', [
  ['The England XI batted first.', ['organization:England XI'], []],
  ['Chinese leader Xi Jinping spoke on Monday.', ['person:Xi Jinping'], ['organization:Xi Jinping']],
]);

table('en.place.venue and places with person-like shapes', [
  [
    'TENNIS - CLAY SEASON\nMarta Kowal won at Roland Garros last year and lost the final at Arthur Ashe in 2023.',
    ['person:Marta Kowal', 'place:Roland Garros', 'place:Arthur Ashe'],
    ['person:Roland Garros', 'person:Arthur Ashe'],
  ],
  // a player aimed at is a person; so is one whose surname the report uses alone
  [
    'TENNIS - CLAY SEASON\nMarta Kowal took a swipe at Petra Lind after the match.',
    ['person:Petra Lind'],
    ['place:Petra Lind'],
  ],
  [
    'TENNIS - CLAY SEASON\nMarta Kowal won at Petra Lind in two sets. Lind was gracious.',
    ['person:Petra Lind'],
    ['place:Petra Lind'],
  ],
  // outside a sports report "at" a name is no venue
  ['The senator looked at Petra Lind and smiled.', ['person:Petra Lind'], ['place:Petra Lind']],
  ['The yacht docked in Marina del Rey on Sunday.', ['place:Marina del Rey'], ['person:Marina del Rey']],
  ['The film was directed by Marina del Rosario.', ['person:Marina del Rosario'], []],
  // a tournament is an event, neither a person nor an organization
  [
    'She plays the Arnold Palmer Invitational and the Coastal Bay Open next month.',
    [],
    ['person:Arnold Palmer Invitational', 'organization:Coastal Bay Open'],
  ],
]);

describe('en.place.gb-county: counties of the United Kingdom', () => {
  const countryOf = (text: string, name: string): string | null | undefined => {
    const c = entities(doc(text), ctx).find((e) => text.slice(e.start, e.end) === name);
    return c?.type === 'place' ? c.country : undefined;
  };
  it.each([
    ['Flooding closed roads across Kent and Essex on Monday.', 'Kent', 'GB'],
    ['Flooding closed roads across Kent and Essex on Monday.', 'Essex', 'GB'],
    ['Police in Merseyside made two arrests.', 'Merseyside', 'GB'],
    ['The walkers crossed West Sussex in a week.', 'West Sussex', 'GB'],
    ['Holidays in Devon are booked out.', 'Devon', 'GB'],
    ['Storms hit Somerset, Devon and Cornwall overnight.', 'Devon', 'GB'],
    // a region after the name says which town it is
    ['The plant in Durham, North Carolina will close.', 'Durham', 'US'],
    ['A new school opened in Surrey, British Columbia.', 'Surrey', 'CA'],
  ])('%s → %s in %s', (text, name, country) => {
    expect(countryOf(text, name)).toBe(country);
  });
  it('leaves a given name that is also a county alone', () => {
    expect(countryOf('Devon Carter scored twice for the visitors.', 'Devon')).toBeUndefined();
  });
});

table('en.org.institution-shape: one word built like an agency or a company', [
  ['Eurostat said inflation eased in May.', ['organization:Eurostat'], ['person:Eurostat']],
  ['Figures from Rosstat showed wages rising.', ['organization:Rosstat'], []],
  ['Europol said 12 people were arrested.', ['organization:Europol'], ['person:Europol']],
  ['Ofgem and Ofwat will review the bills.', ['organization:Ofgem', 'organization:Ofwat'], []],
  ['The drug was developed by Genentech.', ['organization:Genentech'], []],
  ['Frontex said crossings fell.', ['organization:Frontex'], []],
  // English words and names that end the same way are left alone
  ['The thermostat failed overnight.', [], ['organization:thermostat']],
  ['Often the council said nothing.', [], ['organization:Often']],
]);

table('en.org.team-by-town: a town describing a club', [
  [
    'SOCCER - LATE WINNER\nArsenal signed striker Leon Marsh on Tuesday. The London club said the fee was undisclosed.',
    ['organization:Arsenal', 'place:London'],
    ['organization:London'],
  ],
  [
    'SOCCER - LATE WINNER\nLeeds United lost again and the Leeds side dropped to 14th.',
    ['organization:Leeds United', 'organization:Leeds'],
    ['place:Leeds'],
  ],
]);

table('fixture errors: heads, "-based" rivals, works', [
  [
    'Researchers at the University of Leeds and Imperial College London used the data.',
    ['organization:Imperial College London', 'organization:University of Leeds'],
    ['person:Imperial College London'],
  ],
  ['A team at Karolinska Institutet ran the trial.', ['organization:Karolinska Institutet'], []],
  [
    'The plant was sold to Ohio-based rival Brookfield-Marsh for $2 billion.',
    ['organization:Brookfield-Marsh'],
    ['person:Brookfield-Marsh'],
  ],
  ['The bank hired former rival Dana Whitfield as adviser.', ['person:Dana Whitfield'], []],
  ['Workers at Gary Works voted to strike.', ['place:Gary Works'], ['person:Gary Works']],
  // a given name before a place word that is a surname stays a person
  ['The senator met Anthony Hill on Monday.', ['person:Anthony Hill'], []],
]);

table('en.org.lexicon: companies named by an everyday word', [
  ['A class action was filed against Apple in May.', ['organization:Apple'], []],
  ['Apple unveiled a thinner phone on Tuesday.', ['organization:Apple'], []],
  ['Shell said profits fell in the third quarter.', ['organization:Shell'], []],
  // opening a sentence before a noun, the word is the fruit
  ['Apple trees blossomed early this year.', [], ['organization:Apple']],
]);

table('en.place.head-word: a word opening place names before a place', [
  [
    'SOCCER - LATE WINNER\nRovers beat the hosts 2-1 at Old Trafford on Sunday.',
    ['place:Old Trafford'],
    ['organization:Old Trafford'],
  ],
  ['Crowds gathered in Upper Norwood overnight.', ['place:Upper Norwood'], []],
  // the opening word before no place makes none
  ['Sales of Old Spice rose in May.', [], ['place:Old Spice']],
]);
