// @vitest-environment happy-dom
// The digest's sides in the UI's language: the entity line's chips and its full list (EntityList) show a country or a known
// body by its English name in the English UI, the page's spelling among the other forms; a name found by its
// shape, and every name in the Vietnamese UI, as the page writes it. Selecting a side works the same in both.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EntityBar } from '../../components/common/EntityBar';
import { I18nContext, i18nFor } from '../../components/common/i18n-context';
import { extractEntities } from '../../lib/entities';
import type { Lang } from '../../lib/i18n';

const entities = extractEntities('Hoa Kỳ và Liên Hợp Quốc họp. Mỹ gửi thư. Chính phủ Mỹ và Sở Y tế Hà Nội cũng dự.');

function draw(lang: Lang, onSelect: (k: string | null) => void = () => undefined) {
  render(
    <I18nContext.Provider value={i18nFor(lang)}>
      <EntityBar entities={entities} selection={{ active: null, onSelect }} idPrefix="t" />
    </I18nContext.Provider>,
  );
}

afterEach(cleanup);

describe('sides in the UI language', () => {
  it('English: countries and known bodies by their English names, the page\u2019s spellings kept', () => {
    draw('en');
    const chips = screen.getAllByTestId('entity-chip').map((c) => c.textContent);
    expect(chips).toContain('United States');
    expect(chips).toContain('United Nations');
    expect(chips).toContain('Chính phủ Mỹ');
    const list = screen.getByTestId('sides').textContent!;
    expect(list).toContain('United States');
    expect(list).toContain('Hoa Kỳ, Mỹ');
    expect(list).toContain('Sở Y tế Hà Nội');
  });

  it('Vietnamese: every side as the page writes it; a chip selects the same side in both languages', () => {
    const picked: (string | null)[] = [];
    draw('vi', (k) => picked.push(k));
    const chips = screen.getAllByTestId('entity-chip');
    expect(chips.map((c) => c.textContent)).toContain('Hoa Kỳ');
    expect(screen.getByTestId('sides').textContent).not.toContain('United States');
    fireEvent.click(chips.find((c) => c.textContent === 'Hoa Kỳ')!);
    cleanup();
    draw('en', (k) => picked.push(k));
    fireEvent.click(screen.getAllByTestId('entity-chip').find((c) => c.textContent === 'United States')!);
    expect(picked).toHaveLength(2);
    expect(picked[0]).toBe(picked[1]);
  });
});
