// People and agreements found in an article body. Offsets are UTF-16 code-unit offsets into the text that
// was given to extractEntities (after NFC), so the UI can highlight mentions.

import type { Span } from '../text';
import type { AgreementKind } from '../lexicon';

export type { AgreementKind, Span };

export interface Person {
  /** Full name as written in the article (display spelling of its first full mention). */
  name: string;
  /** matchKey(name): one person per key whatever the Unicode form or tone placement. */
  key: string;
  /** Every title or role the article gives them, in order of appearance, without duplicates. */
  titles: string[];
  /** Organisation or country side when the text says it ("Bộ Quốc phòng Việt Nam", "EU"). */
  organisation: string | null;
  mentions: number;
  spans: Span[];
  /** The sentence of the first mention. */
  firstSentence: string;
}

export interface Agreement {
  /** Name as written ("Hiệp định Bảo hộ đầu tư Việt Nam - EU"), or the table's full name for a bare acronym. */
  name: string;
  key: string;
  acronym: string | null;
  kind: AgreementKind;
  year: number | null;
  mentions: number;
  spans: Span[];
  firstSentence: string;
}

/** What a side is: a state, an organisation (ministry, party, bloc, UN body, company...) or a place below a state. */
export type SideKind = 'country' | 'organisation' | 'place';

/** A country, organisation or place the article is about (the "sides" involved). */
export interface Side {
  /** Display spelling of its fullest mention ("Bộ Ngoại giao Việt Nam", "Liên minh châu Âu"). */
  name: string;
  key: string;
  kind: SideKind;
  /** As written in the text ("EU", "ASEAN"), else null. */
  acronym: string | null;
  /** Other forms the text uses for it (short forms, acronyms, another spelling). */
  aliases: string[];
  mentions: number;
  spans: Span[];
}

export interface Entities {
  /** Ordered by importance: first mention, mentions, rank of title. */
  people: Person[];
  agreements: Agreement[];
  /** Countries, organisations and places involved. Absent in digests saved before sides were recognised. */
  sides?: Side[];
}
