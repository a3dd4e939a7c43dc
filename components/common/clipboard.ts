// Copies a formatted reference: as HTML too where the browser can (italics survive a paste into a word
// processor), else as plain text. Called from a click, so the page has the user activation it needs.
export interface ClipboardText {
  text: string;
  /** The same content as HTML; empty for plain text only (a BibLaTeX entry). */
  html: string;
}

export async function copyToClipboard(content: ClipboardText): Promise<void> {
  if (content.html && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      const item = new ClipboardItem({
        'text/plain': new Blob([content.text], { type: 'text/plain' }),
        'text/html': new Blob([content.html], { type: 'text/html' }),
      });
      await navigator.clipboard.write([item]);
      return;
    } catch {
      // Some browsers refuse HTML on the clipboard: plain text below still works.
    }
  }
  await navigator.clipboard.writeText(content.text);
}
