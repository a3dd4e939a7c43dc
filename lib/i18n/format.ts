// The one formatter of UI strings: picks the plural form of an entry for its {count} with Intl.PluralRules
// (English "1 article" / "2 articles"; Vietnamese has a single form), fills the {name} placeholders, and
// writes numbers the language's way (1.234 in Vietnamese, 1,234 in English).

export type Lang = 'vi' | 'en';

/** Plural forms by CLDR category; `other` is required (it is the only Vietnamese form). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Entry = string | PluralForms;
export type Vars = Record<string, string | number>;

export const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

const plurals = new Map<Lang, Intl.PluralRules>();
const numbers = new Map<Lang, Intl.NumberFormat>();

function pluralRules(lang: Lang): Intl.PluralRules {
  let r = plurals.get(lang);
  if (!r) plurals.set(lang, (r = new Intl.PluralRules(LOCALES[lang])));
  return r;
}

/** A number as the language writes it. */
export function formatNumber(n: number, lang: Lang): string {
  let f = numbers.get(lang);
  if (!f) numbers.set(lang, (f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 })));
  return f.format(n);
}

/** The template of `entry` for these variables: its plural form for `count` when it has forms. */
export function pickForm(entry: Entry, lang: Lang, vars: Vars): string {
  if (typeof entry === 'string') return entry;
  const count = Number(vars.count);
  if (!Number.isFinite(count)) return entry.other;
  return entry[pluralRules(lang).select(count)] ?? entry.other;
}

const HOLE = /\{(\w+)\}/g;

export function format(entry: Entry, lang: Lang, vars: Vars = {}): string {
  return pickForm(entry, lang, vars).replace(HOLE, (hole, name: string) => {
    if (!(name in vars)) return hole;
    const v = vars[name]!;
    return typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}

/** The placeholders an entry uses (every form), sorted: both languages must use the same ones. */
export function placeholders(entry: Entry): string[] {
  const forms = typeof entry === 'string' ? [entry] : Object.values(entry);
  const names = new Set<string>();
  for (const f of forms) for (const m of f.matchAll(HOLE)) names.add(m[1]!);
  return [...names].sort();
}
