// classOf: the class attribute read from its attribute node, the same tokens getAttribute('class') gives.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/parse-html';
import { classOf } from '../../lib/extract/class-attr';

describe('classOf', () => {
  const doc = parseHtml(
    '<!doctype html><html><body><p class=" sr-only  lead\tlead">a</p><p>b</p><p class="">c</p></body></html>',
  );
  const [withClass, without, empty] = [...doc.querySelectorAll('p')];

  it('gives the same tokens as getAttribute', () => {
    const tokens = (s: string | null) => [...new Set((s ?? '').split(/\s+/).filter(Boolean))];
    expect(tokens(classOf(withClass!))).toEqual(['sr-only', 'lead']);
    expect(tokens(classOf(withClass!))).toEqual(tokens(withClass!.getAttribute('class')));
  });

  it('is null without a class attribute, empty for an empty one', () => {
    expect(classOf(without!)).toBeNull();
    expect(classOf(empty!)).toBe('');
  });

  it('follows a class changed through the DOM', () => {
    without!.className = 'visually-hidden';
    expect(classOf(without!)).toBe('visually-hidden');
  });
});
