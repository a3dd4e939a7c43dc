// The reader's text settings (from the preferences record) as the article's style: text size in per cent of
// the normal 16 px, the longest line in characters (about 60, 72 or 90 per line), and the typeface class.
import { DEFAULT_PREFS, type Prefs } from '../../platform/platform';

export type ReaderPrefs = Pick<Prefs, 'fontSize' | 'lineWidth' | 'articleFont'>;

export const DEFAULT_READER: ReaderPrefs = {
  fontSize: DEFAULT_PREFS.fontSize,
  lineWidth: DEFAULT_PREFS.lineWidth,
  articleFont: DEFAULT_PREFS.articleFont,
};

const MEASURE: Record<Prefs['lineWidth'], string> = { narrow: '34em', medium: '40em', wide: '50em' };

export function readerStyle(reader: ReaderPrefs): Record<string, string> {
  return { '--reader-size': `${reader.fontSize / 100}`, '--reader-measure': MEASURE[reader.lineWidth] };
}
