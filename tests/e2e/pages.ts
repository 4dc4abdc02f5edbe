/**
 * The app's pages for the whole-app checks (layout, axe, offline). Read from src/routes, so a new
 * screen is checked as soon as it exists; routes with parameters need a concrete example below.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

const ROUTES_DIR = join(import.meta.dirname, '..', '..', 'src', 'routes');

/** The first bundled deck: its document is in every fresh profile after the first-run import. */
const SHIPPED_DOCUMENT = (
	JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'cards', 'decks', 'index.json'), 'utf8')) as {
		id: string;
	}[]
)[0]?.id;

/** Concrete URLs for parameterised routes; add one when a route with a parameter appears. */
const EXAMPLES: Record<string, string[]> = {
	'/library/[docId]': SHIPPED_DOCUMENT ? [`/library/${SHIPPED_DOCUMENT}`] : []
};

/** '/(app)/review' → '/review'; groups do not appear in URLs. */
function urlOf(segments: string[]): string {
	const visible = segments.filter((s) => !(s.startsWith('(') && s.endsWith(')')));
	return '/' + visible.join('/');
}

function walk(dir: string, segments: string[], found: string[]): void {
	for (const entry of readdirSync(dir).sort()) {
		const full = join(dir, entry);
		if (statSync(full).isDirectory()) walk(full, [...segments, entry], found);
		else if (entry === '+page.svelte') {
			const route = urlOf(segments);
			if (route.includes('[')) found.push(...(EXAMPLES[route] ?? []));
			else found.push(route);
		}
	}
}

/** Every page a user can open, e.g. ['/', '/review', '/settings']. */
export function appPages(): string[] {
	const found: string[] = [];
	walk(ROUTES_DIR, [], found);
	return found;
}

export function routeExists(path: string): boolean {
	return appPages().includes(path);
}

/**
 * Wait until a page has settled: its main heading is shown, the first-run deck import (a progress
 * bar) is finished, nothing is marked busy and the network is quiet.
 */
export async function settle(page: Page, timeout = 60_000): Promise<void> {
	await page.waitForLoadState('networkidle', { timeout });
	await page.locator('h1').first().waitFor({ state: 'visible', timeout });
	await page.waitForFunction(
		() => {
			const busy = document.querySelectorAll('progress, [role="progressbar"], [aria-busy="true"]');
			return Array.from(busy).every((el) => !(el as HTMLElement).offsetParent);
		},
		undefined,
		{ timeout }
	);
	await page.waitForLoadState('networkidle', { timeout });
}

/** The service worker has installed and activated for this page's origin. */
export async function serviceWorkerReady(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
}
