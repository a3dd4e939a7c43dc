// English pages: what stands next to a name there and is no person (agency credits, words that open a sentence,
// possessives, hyphenated compounds, firms' names). Sentences written for the test, of the kinds seen on the
// English pages of the Readability suite.
import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../lib/entities/people';
import { extractSides } from '../../../lib/entities/sides';

const names = (text: string) => extractPeople(text).map((p) => p.name);
const organisations = (text: string) =>
  extractSides(text)
    .filter((s) => s.kind === 'organisation')
    .map((s) => s.name);

describe('English pages', () => {
  it('photo agencies and credits are no people, glued to "Credit" or not', () => {
    expect(names('The minister spoke in Khartoum on Monday. Photo Kevin Frayer/Getty Images')).not.toContain(
      'Getty Images',
    );
    expect(names('Protesters gathered outside the court.\nCreditKim Raff for The New York Times')).toEqual([]);
    expect(names('Protesters gathered outside the court. Credit Ashraf Shazly/Agence France-Presse')).toEqual([]);
    expect(organisations('A picture by Mike Watson Images shows the harbour.')).toContain('Mike Watson Images');
  });

  it('a word that opens the sentence is not part of the name', () => {
    expect(names('When Pamela Colman Smith met the editor, she agreed. If I knew, I would say.')).toEqual([
      'Pamela Colman Smith',
    ]);
    expect(names('Although Clifford Wolf wrote the tools, few used them.')).toEqual(['Clifford Wolf']);
  });

  it('a possessive joins its owner, and a possessive before a capitalised name is a thing', () => {
    const people = extractPeople('Tony Abbott said he would stay. Tony Abbott’s government fell in 2015.');
    expect(people.map((p) => p.name)).toEqual(['Tony Abbott']);
    expect(people[0]!.mentions).toBe(2);
    expect(names("Đây là vai diễn cuối cùng của anh trong bộ phim Ma Rainey's Black Bottom.")).toEqual([]);
    // After a show's or a place's possessive, a person ("Silicon Valley's Kumail Nanjiani").
    expect(names("The film was written by Silicon Valley's Kumail Nanjiani and his wife.")).toEqual([
      'Kumail Nanjiani',
    ]);
  });

  it('hyphenated English compounds are no names, romanised Korean names keep their hyphen', () => {
    expect(names('An American-born designer and a Kroger-owned chain opened stores.')).toEqual([]);
    expect(names('Opposition leader Lee Jae-myung met reporters on Sunday.')).toContain('Lee Jae-myung');
  });

  it('consortia, summits and firms joined by "&" are organisations, not people', () => {
    expect(names('A spokesman for the Worker Rights Consortium, a labour monitor, said so.')).toEqual([]);
    expect(organisations('Nhiều doanh nghiệp như Sao Mai K&N Group đã xuất khẩu.')).toContain('Sao Mai K&N Group');
    expect(names('Nhiều doanh nghiệp như Sao Mai K&N Group đã xuất khẩu.')).toEqual([]);
    // The firm's name ends at its organisation word: its chairman's name after it is a person.
    expect(names('Chủ tịch K&N Group Trần Văn Bình phát biểu tại hội nghị.')).toEqual(['Trần Văn Bình']);
    // Two people joined by a spaced "&" in a headline stay people.
    expect(names('Netflix Gets Naked With Marlon Wayans & Regina Hall, reviewers wrote.')).toContain('Regina Hall');
  });

  it('a Title Case phrase of words the page also writes in lower case is no name', () => {
    expect(
      names('The queue service stores each task. The Simple Queue Service stores tasks, and a simple service helps.'),
    ).toEqual([]);
    // A name whose words are no common words of the page stays.
    expect(names('The service was designed by Deepak Gupta, and a simple queue stores tasks.')).toEqual([
      'Deepak Gupta',
    ]);
  });
});
