// @vitest-environment happy-dom
// The lists of a digest's people, agreements and sides (one generic list, a small part per kind): the DOM the
// popup's folded lists, the library's column, their styles and the end-to-end selectors rely on, each kind's
// detail (titles and organisation; acronym and year; acronym, kind and other forms), the empty message of each
// kind, and one selection shared by the kinds (a button toggles its entity's marks).
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { EntityColumn } from '../../components/common/EntityColumn';
import { I18nContext, i18nFor } from '../../components/common/i18n-context';
import type { Entities } from '../../lib/entities';

afterEach(cleanup);

const span = { start: 0, end: 4 };
const entities: Entities = {
  people: [
    {
      name: 'Phạm Minh Chính',
      key: 'pham minh chinh',
      titles: ['Thủ tướng'],
      organisation: 'Chính phủ',
      mentions: 3,
      spans: [span],
      firstSentence: '',
    },
    {
      name: 'Lê Văn A',
      key: 'le van a',
      titles: [],
      organisation: null,
      mentions: 1,
      spans: [span],
      firstSentence: '',
    },
  ],
  agreements: [
    {
      name: 'Hiệp định Thương mại tự do Việt Nam - EU',
      key: 'evfta',
      acronym: 'EVFTA',
      kind: 'fta',
      year: 2019,
      mentions: 2,
      spans: [span],
      firstSentence: '',
    },
    {
      name: 'Bản ghi nhớ hợp tác',
      key: 'mou',
      acronym: null,
      kind: 'mou',
      year: null,
      mentions: 1,
      spans: [span],
      firstSentence: '',
    },
  ],
  sides: [
    {
      name: 'Liên minh châu Âu',
      key: 'eu',
      kind: 'organisation',
      acronym: 'EU',
      aliases: ['EU', 'Khối EU'],
      mentions: 4,
      spans: [span],
    },
    { name: 'Hà Nội', key: 'ha noi', kind: 'place', acronym: null, aliases: [], mentions: 1, spans: [span] },
  ],
};

function Column({ of, onActive }: { of: Entities; onActive?: (key: string | null) => void }) {
  const [active, setActive] = useState<string | null>(null);
  const onSelect = (key: string | null) => {
    setActive(key);
    onActive?.(key);
  };
  return (
    <I18nContext.Provider value={i18nFor('en')}>
      <EntityColumn entities={of} selection={{ active, onSelect }} />
    </I18nContext.Provider>
  );
}

describe('the entity lists', () => {
  it('draw each kind in one list of buttons with its own detail', () => {
    const { container } = render(<Column of={entities} />);
    const lists = [...container.querySelectorAll('ul.entities__list')];
    expect(lists.map((l) => l.getAttribute('data-testid'))).toEqual(['people', 'agreements', 'sides']);
    const details = (testId: string) =>
      [...container.querySelectorAll(`[data-testid="${testId}"] > li`)].map((li) => [
        li.querySelector('button')?.getAttribute('aria-pressed'),
        li.querySelector('.entity__detail')?.innerHTML ?? null,
      ]);
    expect(details('people')).toEqual([
      ['false', 'Thủ tướng · Chính phủ'],
      ['false', null],
    ]);
    expect(details('agreements')).toEqual([
      ['false', '<abbr title="Hiệp định Thương mại tự do Việt Nam - EU">EVFTA</abbr> · 2019'],
      ['false', null],
    ]);
    expect(details('sides')).toEqual([
      ['false', '<abbr title="Liên minh châu Âu">EU</abbr> · organisation · Khối EU'],
      ['false', 'place'],
    ]);
    expect(container.innerHTML).toMatchSnapshot(); // the whole column, as drawn before the lists were one component
  });

  it('say when a kind is empty, in its own words', () => {
    const { container } = render(<Column of={{ people: [], agreements: [], sides: [] }} />);
    expect([...container.querySelectorAll('.entities__empty')].map((p) => p.textContent)).toEqual([
      i18nFor('en').t('digest.noPeople'),
      i18nFor('en').t('digest.noAgreements'),
      i18nFor('en').t('digest.noSides'),
    ]);
    expect(container.querySelector('ul')).toBeNull();
  });

  it('share one selection: a button selects its entity, the same button clears it, another kind takes it over', () => {
    const seen: (string | null)[] = [];
    const { container } = render(<Column of={entities} onActive={(k) => seen.push(k)} />);
    const button = (testId: string, n: number) =>
      container.querySelectorAll(`[data-testid="${testId}"] > li button`)[n] as HTMLButtonElement;
    fireEvent.click(button('agreements', 0));
    expect(button('agreements', 0).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(button('sides', 1));
    expect(button('agreements', 0).getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button('sides', 1));
    fireEvent.click(button('people', 0));
    expect(seen).toEqual(['a:evfta', 's:ha noi', null, 'p:pham minh chinh']);
  });
});
