// English pages (sentences from the Readability suite's news pages): nationality adjectives, sentence-opening
// function words, titles, possessive endings and organisation heads are read as English grammar, not as names.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../lib/entities/people';
import { isDemonym } from '../../../lib/entities/people/english-names';

const people = (text: string) => extractPeople(text).map((p) => [p.name, p.mentions]);

describe('demonyms and hyphen adjectives', () => {
  it('reads nationality adjectives and their hyphen compounds as no person', () => {
    const text =
      'Since then, American-Sudanese relations have steadily soured. American officials said the Sudanese ' +
      'government would help. Many Tunisians accuse the country’s political Islamists of having been slow to respond.';
    expect(people(text)).toEqual([]);
  });
  it('derives demonyms from the country lexicon, not from any word ending in -an', () => {
    expect(['sudanese', 'tunisians', 'pakistani', 'egyptian', 'chinese', 'american'].every(isDemonym)).toBe(true);
    expect(['jordan', 'susan', 'morgan', 'brian', 'ian', 'obama'].some(isDemonym)).toBe(false);
  });
  it('reads a demonym-shaped last word after a first name as a surname ("Anthony Albanese")', () => {
    expect(people('Thủ tướng Australia Anthony Albanese phát biểu.').map(([n]) => n)).toEqual(['Anthony Albanese']);
    // A plural, or a compass word before it, is still a nationality.
    expect(people('Young Tunisians and South Sudanese leaders met.')).toEqual([]);
  });
  it('reads "Kroger-owned" as an adjective', () => {
    const text = 'The price, which was matched at Kroger-owned QFC stores in the region last week, is as low as ever.';
    expect(people(text).map(([n]) => n)).not.toContain('Kroger-owned');
  });
});

describe('possessives and titles', () => {
  it('counts "Mugabe\'s" and "Mugabe’s" as mentions of Mugabe', () => {
    const text =
      'Robert Mugabe refused to resign. His wife Grace is at Mugabe\'s "Blue House" compound in Harare. ' +
      'She rose through the ranks of Mugabe’s ruling Zanu-PF.';
    expect(people(text)).toEqual([['Robert Mugabe', 3]]);
  });
  it('keeps the title and the possessive out of the name', () => {
    const text =
      'President-elect Donald J. Trump’s team met. The initiative, from Tony Abbott’s office, is evidence. ' +
      'Prime Minister Tony Abbott spoke. The Prime Minister’s office said no.';
    expect(people(text)).toEqual(
      expect.arrayContaining([
        ['Tony Abbott', 2],
        ['Donald J. Trump', 1],
      ]),
    );
    expect(people(text)).toHaveLength(2);
  });
  it('keeps a lower-case particle inside the name and the possessive out of the short form', () => {
    const text =
      'In the mid-1990s, Osama bin Laden lived in Khartoum, the capital. He left in 1996, and bin Laden’s network grew.';
    expect(people(text)).toEqual([['Osama bin Laden', 2]]);
  });
  it('reads capitalised words after a possessive as a thing ("Ma Rainey\'s Black Bottom")', () => {
    expect(people("Bộ phim cuối cùng trong sự nghiệp anh là Ma Rainey's Black Bottom.").map(([n]) => n)).not.toContain(
      'Black Bottom',
    );
  });
});

describe('places, bodies and fragments', () => {
  it('reads organisation heads, regions, function words and photo credits as no person', () => {
    const text =
      'If Sudan agrees, South Sudan will follow. The International Criminal Court ruled. Islamic State claimed it. ' +
      'Whole Foods sells halibut. Credit Ashraf Shazly took the picture.';
    expect(people(text)).toEqual([]);
  });
  it('keeps the name after an English title written before it', () => {
    const text = 'Communications Minister Malcolm Turnbull said the bill would pass. Mr Turnbull left.';
    expect(people(text)[0]).toEqual(['Malcolm Turnbull', 2]);
  });
});

describe('qualifiers before a name', () => {
  it('keeps the name after an adjective compound or a demonym', () => {
    const text = 'Mercer Island-based Dana F. Besecker sold the shares. Egyptian Copts were attacked.';
    expect(people(text)).toEqual([['Dana F. Besecker', 1]]);
  });
});

describe('hyphens inside names', () => {
  it('keeps a romanised Korean given name with its lower-case half', () => {
    expect(people('President Moon Jae-in met Kim Jong-un at the border.').map(([n]) => n)).toEqual(
      expect.arrayContaining(['Moon Jae-in', 'Kim Jong-un']),
    );
  });
});

describe('English titles before a name', () => {
  it('reads multi-word titles and their portfolio as the title, not as the name or a lone modifier', () => {
    expect(people('Officials met Secretary of State Antony Blinken in Hanoi.')).toEqual([['Antony Blinken', 1]]);
    expect(people('They met State Councilor Wang Yi on Monday.')).toEqual([['Wang Yi', 1]]);
    expect(people('The talks were chaired by Secretary-General Antonio Guterres.')).toEqual([['Antonio Guterres', 1]]);
    expect(people('PM Rishi Sunak spoke to reporters.')).toEqual([['Rishi Sunak', 1]]);
  });
  it('still reads a modifier before one word as no name ("Prime Time", "Foreign Relations")', () => {
    expect(people('The show aired in Prime Time. Foreign Relations were discussed.')).toEqual([]);
  });
});

describe('Vietnamese names written without their marks', () => {
  it('finds them bare, after a possessive of a country, after an acronym title and after a portfolio', () => {
    expect(people("Vietnam's Pham Minh Chinh met officials.")).toEqual([['Pham Minh Chinh', 1]]);
    expect(people("On Monday, Japan's Pham Minh Chinh met officials. Chinh said so.")[0]).toEqual([
      'Pham Minh Chinh',
      2,
    ]);
    expect(people('PM Pham Minh Chinh said the economy grew.')).toEqual([['Pham Minh Chinh', 1]]);
    expect(people('Nguyen Phu Trong met Xi Jinping.').map(([n]) => n)).toEqual(['Nguyen Phu Trong', 'Xi Jinping']);
    expect(people('Minister of Planning and Investment Nguyen Chi Dung spoke.')).toEqual([['Nguyen Chi Dung', 1]]);
  });
  it('leaves Vietnamese places written without marks alone', () => {
    expect(people('Tourists love Ha Long Bay, Cao Bang and Ho Chi Minh City.')).toEqual([]);
  });
});

describe('possessives of a country', () => {
  it('introduce a person, the English short name of a state too', () => {
    expect(people("Britain's Rishi Sunak came.")).toEqual([['Rishi Sunak', 1]]);
  });
});

describe('English non-people by class', () => {
  it('reads a name once written after an article as a thing, wherever it stands', () => {
    const text =
      'The most private browser is the Tor Browser. Tor Browser is free. The Cambridge Analytica scandal grew, ' +
      'and Cambridge Analytica denied it. The late John McCain spoke.';
    expect(people(text)).toEqual([['John McCain', 1]]);
  });
  it('reads a place by its head before or after the name, or a compass word before it', () => {
    const text =
      'Ferries cross the Inside Passage to Whangārei Harbour. A shop on Paris’s Boulevard Montmartre closed. ' +
      'Floods hit South Taranaki and Lower Manhattan. The Data Retention Bill passed.';
    expect(people(text)).toEqual([]);
  });
  it('reads a gerund the text writes in lower case as no part of a name, and keeps a name ending in -ing', () => {
    expect(people('Using Chromium, I logged it. Nobody was using it. Channing Tatum agreed.')).toEqual([
      ['Channing Tatum', 1],
    ]);
  });
  it('reads Latin letters with marks of other languages as English words (Māori, Spanish)', () => {
    expect(people('The Whangārei Harbour board met. José Ramírez spoke.')).toEqual([['José Ramírez', 1]]);
  });
});

describe('English rules stay off Vietnamese prose', () => {
  it('reads "an" of "Công an", "Long An" as no article before the name after it', () => {
    const text = 'Chủ tịch UBND tỉnh Long An Nguyễn Văn Út phát biểu. Thứ trưởng Bộ Công an Lê Quốc Hùng dự họp.';
    expect(people(text).map(([n]) => n)).toEqual(['Nguyễn Văn Út', 'Lê Quốc Hùng']);
  });
});
