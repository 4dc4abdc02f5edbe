/**
 * Runs axe-core inside a page (injected from node_modules, no network) and returns the serious and
 * critical violations, which the a11y tests require to be empty.
 */
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export type AxeViolation = Pick<Result, 'id' | 'impact' | 'help' | 'nodes'>;

export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
	const loaded = await page.evaluate(() => 'axe' in window);
	if (!loaded) await page.addScriptTag({ path: AXE_SOURCE });
	const results = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
		const run = await axe.run(document);
		return run.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes }));
	});
	return results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** One readable line per violation and element, for the failure message. */
export function describeViolations(violations: AxeViolation[]): string[] {
	return violations.flatMap((v) =>
		v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} at ${n.target.join(' ')} — ${n.failureSummary ?? ''}`)
	);
}
