// classOf: the class attribute as written, the same tokens getAttribute('class') gives.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/parse-html';
import { classOf } from '../../lib/extract/class-attr';

describe('classOf', () => {
  const doc = parseHtml(
    '<!doctype html><html><body><p class=" sr-only  lead\tlead">a</p><p>b</p><p class="">c</p></body></html>',
  );
  const [withClass, without, empty] = [...doc.querySelectorAll('p')];

  it('reads the attribute as written: the same tokens as getAttribute', () => {
    expect(classOf(withClass!)).toBe(' sr-only  lead\tlead');
    expect(classOf(withClass!)!.split(/\s+/).filter(Boolean)).toEqual(['sr-only', 'lead', 'lead']);
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
