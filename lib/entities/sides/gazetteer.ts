// The shipped lexicons of sides (countries, provinces and cities, organisations) as one look-up over tokens,
// built once on first use. Every form matches case-insensitively and tone-placement-insensitively, except
// that a form written in capitals ("UN", "WHO", "EC") matches only capitals, a place's name only with the
// capitals of a proper name (find.ts: "hòa bình", peace, is not Hòa Bình), and an ambiguous form ("~Anh",
// "~Đức", "~Mỹ": also a word or a personal name) only where nothing around it makes it one.
import { COUNTRIES, PROVINCES, WORLD_CITIES, ORGANISATIONS } from '../../lexicon';
import { PhraseDict, wordsOf } from '../people/lexicon';
import type { SideKind } from '../types';

export interface KnownSide {
  /** Stable id of the entry ("country:Hoa Kỳ"): every form of one entry is one side. */
  id: string;
  name: string;
  kind: SideKind;
}

interface Form {
  side: KnownSide;
  /** Word k of the form is an acronym in capitals: the text must write it in capitals too. */
  upper: boolean[];
  /** Word k of the form starts with a capital letter in the lexicon ("Hòa Bình"). */
  capital: boolean[];
  ambiguous: boolean;
  /** The form as written in the lexicon (an acronym form is the side's acronym). */
  text: string;
  /** The form without its diacritics ("Viet Nam", "Trung Quoc"): matches only words written without any. */
  folded: boolean;
}

export interface Gazetteer {
  forms: PhraseDict<Form>;
}

let cached: Gazetteer | null = null;

/** Lower-case word without its diacritics ("quốc" → "quoc", "đà" → "da"). */
export const stripMarks = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').normalize('NFC');

const isUpperWord = (w: string) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const forms = new PhraseDict<Form>();
  const add = (kind: SideKind, entries: readonly { name: string; forms: readonly string[] }[]) => {
    for (const e of entries) {
      const side: KnownSide = { id: `${kind}:${e.name}`, name: e.name, kind };
      for (const raw of e.forms) {
        const ambiguous = raw.startsWith('~');
        const text = raw.replace(/^~/, '');
        // Words as written, split like wordsOf splits them, to know which are capitals.
        const written = text
          .normalize('NFC')
          .split(/[^\p{L}\p{M}\p{N}'’]+/u)
          .filter(Boolean);
        const words = wordsOf(text);
        if (written.length !== words.length) continue;
        const capital = written.map((w) => w[0] !== w[0]!.toLowerCase());
        const form = { side, upper: written.map(isUpperWord), capital, ambiguous, text, folded: false };
        forms.addWords(words, form);
        // A name of two words or more is also written without diacritics (English pages, captions, URLs): "Viet
        // Nam", "Trung Quoc", "Ha Noi". One word folded is too often another word ("Nga", "Ý").
        const bare = words.map(stripMarks);
        if (!ambiguous && words.length >= 2 && bare.some((w, k) => w !== words[k]))
          forms.addWords(bare, { ...form, folded: true });
      }
    }
  };
  add('country', COUNTRIES);
  add('place', PROVINCES);
  add('place', WORLD_CITIES);
  add('organisation', ORGANISATIONS);
  cached = { forms };
  return cached;
}
