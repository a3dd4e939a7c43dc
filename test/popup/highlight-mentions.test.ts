// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clearMentions, highlightMentions } from '../../components/common/highlight-mentions';

function root(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

function spansOf(text: string, needle: string) {
  const out = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
    out.push({ start: i, end: i + needle.length });
  return out;
}

describe('highlightMentions', () => {
  it('marks every span even when the rendered text has extra captions and different white space', () => {
    const text = 'Ông Bùi Thanh Sơn phát biểu.\n\nSau đó, Bộ trưởng Sơn gặp Josep Borrell.\n\nBùi Thanh Sơn cảm ơn.';
    const el = root(
      '<p>Ông   Bùi Thanh\u00a0Sơn phát biểu.</p>' +
        '<figure><img src="https://x/a.jpg"><figcaption>Bùi Thanh Sơn tại hội nghị. Ảnh: TTXVN</figcaption></figure>' +
        '<p>Sau đó, Bộ trưởng <b>Sơn</b> gặp Josep Borrell.</p><p>Bùi Thanh Sơn cảm ơn.</p>',
    );
    const spans = [
      ...spansOf(text, 'Bùi Thanh Sơn'),
      { start: text.indexOf('Sơn gặp'), end: text.indexOf('Sơn gặp') + 3 },
    ];
    const marks = highlightMentions(el, text, spans, 'p:son');
    expect(marks.map((m) => m.textContent)).toEqual(['Bùi Thanh\u00a0Sơn', 'Sơn', 'Bùi Thanh Sơn']);
    // The caption's "Bùi Thanh Sơn" is not a span of the entity text, so it stays unmarked.
    expect(el.querySelector('figcaption mark')).toBeNull();
    expect(el.querySelector('b mark')?.textContent).toBe('Sơn');
  });

  it('matches NFD page text against NFC entity offsets, and clears back to the original text', () => {
    const text = 'Hiệp định EVFTA có hiệu lực.';
    const el = root(`<p>${'Hiệp định EVFTA'.normalize('NFD')} có hiệu lực.</p>`);
    const marks = highlightMentions(el, text, spansOf(text, 'Hiệp định EVFTA'), 'a:evfta');
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe('Hiệp định EVFTA');
    clearMentions(el);
    expect(el.querySelectorAll('mark')).toHaveLength(0);
    expect(el.textContent).toBe('Hiệp định EVFTA có hiệu lực.');
  });

  it('a second entity replaces the first one’s marks', () => {
    const text = 'A Bùi Thanh Sơn và Josep Borrell.';
    const el = root('<p>A Bùi Thanh Sơn và Josep Borrell.</p>');
    highlightMentions(el, text, spansOf(text, 'Bùi Thanh Sơn'), 'p:1');
    highlightMentions(el, text, spansOf(text, 'Josep Borrell'), 'p:2');
    expect([...el.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Josep Borrell']);
  });
});
