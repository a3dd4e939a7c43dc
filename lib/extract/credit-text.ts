// A byline box's text without its interface: author boxes hold the name beside buttons and links that act
// ("Follow", "Theo dõi", "Share", "Chia sẻ", an e-mail or social link), often with no space between them, so
// textContent reads "Jane DoeFollow". The controls are known by their role in the markup, whatever their
// label's language: a button or an element acting as one, a link that goes nowhere (it runs a script), an
// e-mail or phone link, a link to a social network or a share/follow address; hidden ones are not read.
import { isHidden } from './body';
import { NEVER_TEXT } from './block-tags';
import { spacedText } from './spaced-text';

const CONTROL_TAGS = new Set([...NEVER_TEXT, 'button', 'input', 'select', 'textarea', 'svg', 'form', 'label']);
/** Roles of elements that act rather than say. */
const CONTROL_ROLES = /^(?:button|menuitem|switch|checkbox|tab)$/i;
/** A framework's button class ("btn", "button", "btn-follow", "c-button--small"): a control's look. */
const BUTTON_CLASS = /(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])/i;
/** Addresses that act: a script, nowhere, e-mail, phone, a share or follow endpoint. */
const ACTION_HREF = /^(?:#|javascript:|mailto:|tel:|sms:)|[/?&](?:share|sharer|intent|follow|subscribe)(?:[/?&#=.]|$)/i;
/** Social networks: a link there from a byline is the author's account, not their name. */
const SOCIAL_HOST =
  /^(?:[\w-]+\.)*(?:facebook\.com|twitter\.com|x\.com|linkedin\.com|instagram\.com|threads\.net|tiktok\.com|youtube\.com|zalo\.me|t\.me|bsky\.app|mastodon\.social)$/i;

function isActionLink(a: Element): boolean {
  const href = (a.getAttribute('href') ?? '').trim();
  if (!href) return a.hasAttribute('onclick');
  if (ACTION_HREF.test(href)) return true;
  const host = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(href)?.[1];
  return !!host && SOCIAL_HOST.test(host);
}

/** An interface control inside a byline box (see above). */
export function isControl(el: Element): boolean {
  const tag = el.localName.toLowerCase();
  if (CONTROL_TAGS.has(tag) || isHidden(el)) return true;
  if (CONTROL_ROLES.test(el.getAttribute('role') ?? '')) return true;
  if (BUTTON_CLASS.test(el.getAttribute('class') ?? '')) return true;
  return tag === 'a' && isActionLink(el);
}

/** A byline element's text as a reader sees it, without the controls inside it (a <meta>'s content as it is). */
export function creditText(el: Element): string {
  return el.getAttribute('content') ?? spacedText(el, isControl);
}
