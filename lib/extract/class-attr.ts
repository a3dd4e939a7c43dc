// An element's class attribute, read from its attribute node: the same tokens as
// getAttribute('class'), but on linkedom (the CLI, the tests, the benchmark) getAttribute('class') goes through
// the element's classList: it builds a token list for the element and joins it back into a string on every
// read, which made class reads the largest cost of the walks that look at every element's class.
/** The class attribute of `el`, or null when it has none. */
export function classOf(el: Element): string | null {
  return el.getAttributeNode('class')?.value ?? null;
}
