// What the image reader injected in the article's tab is handed (platform/browser-adapter.ts → entrypoints/
// read-images.ts). Apart from plan.ts so the injected script does not carry the public suffix list and profiles.

export interface ImagePlanItem {
  src: string;
  /** On the article's site family (lib/sanitize/image-hosts.ts). */
  family: boolean;
}

export interface ImageReadRequest {
  /** The article's address: the tab must still show it. */
  url: string;
  items: ImagePlanItem[];
}

/** The tab still shows the article (a change of the #fragment alone is the same page). */
export function samePage(href: string, articleUrl: string): boolean {
  return href.split('#')[0] === articleUrl.split('#')[0];
}
