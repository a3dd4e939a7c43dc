// A stretch of a text: UTF-16 code-unit offsets, end exclusive. Sentences, mentions and highlights are spans.

export interface Span {
  start: number;
  end: number;
}
