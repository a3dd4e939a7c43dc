// axe-core in the extension's own pages (popup and library), in Chromium. The pages' CSP allows only their own
// scripts, so axe is evaluated through the DevTools protocol (Runtime.evaluate is not subject to the page's CSP),
// never added as a <script>. Every rule axe runs by default, WCAG 2.0-2.2 A/AA and best practices.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { TargetSession } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  rule: string;
  impact: string | null;
  nodes: string[];
}

const RUN = `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
  rule: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ': ' + (n.failureSummary || '').split('\\n').slice(1).join(' ').slice(0, 240)),
})))`;

/** The violations axe finds in a Playwright page (the library). */
export async function axePage(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate('typeof axe !== "undefined"'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(RUN) as Promise<Violation[]>;
}

/** The violations axe finds in the popup (a target the harness drives over CDP). */
export async function axePopup(popup: TargetSession): Promise<Violation[]> {
  if (!(await popup.evaluate<boolean>('typeof axe !== "undefined"'))) await popup.evaluate(`${AXE_SOURCE};0`);
  return popup.evaluate<Violation[]>(RUN);
}

/** One line per violation, for a readable failure message. */
export function describeViolations(where: string, violations: Violation[]): string[] {
  return violations.map((v) => `${where}: ${v.rule} (${v.impact}) ${v.nodes.join(' | ')}`);
}
