import fs from 'node:fs';
import { type Page } from 'playwright-core';

let axeSource: string | null = null;

export interface SeriousViolation {
  url: string;
  id: string;
  impact: string;
  targets: string[];
}

/**
 * The serious and critical WCAG 2.1 A/AA violations axe-core finds on the page already open at `url` (the caller
 * has navigated and waited for it). axe is evaluated through the browser's debugging protocol: an inline
 * <script> (addScriptTag) would be refused by the portal's Content-Security-Policy.
 */
export async function seriousViolations(page: Page, url: string): Promise<SeriousViolation[]> {
  await page.waitForLoadState('networkidle');
  await page.evaluate((axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')));
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ url, ...v }));
}
