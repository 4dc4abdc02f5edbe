/**
 * Import benchmark, in Chromium on the built app: the largest corpus file picked on /library, read and
 * turned into cards in the import worker. Prints the time until the preview shows, the worker's own
 * time, and the main thread's longest task while it ran (PerformanceObserver 'longtask'; target: no
 * task over 200 ms), then the same for adding the cards to IndexedDB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { deckTitle } from '../../src/lib/generate/deck-names';
import { startApp } from '../../tests/e2e/harness';

const root = join(import.meta.dirname, '..', '..');
if (!existsSync(join(root, 'build', 'index.html'))) {
	console.log('build/ is missing: running vite build first');
	const built = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
	if (built.status !== 0) process.exit(1);
}

const sources = join(root, 'cards', 'sources');
const largest = readdirSync(sources)
	.map((name) => ({ name, size: statSync(join(sources, name)).size }))
	.sort((a, b) => b.size - a.size)[0];

const app = await startApp();
try {
	const context = await app.newContext({ width: 1280, height: 800 });
	const page = await context.newPage();
	await page.goto(app.baseUrl + '/library');
	await page.getByRole('heading', { name: 'Your documents' }).waitFor({ timeout: 60_000 });
	// The largest file ships as a bundled deck: delete it first (a delete archives its cards), so the
	// import adds every card again instead of finding them all already in the library.
	const shipped = page.getByRole('button', { name: `Delete ${deckTitle(largest.name)}`, exact: true });
	await shipped.waitFor({ timeout: 60_000 }).catch(() => undefined);
	if (await shipped.count()) {
		await shipped.click();
		await page.getByRole('button', { name: 'Delete', exact: true }).click();
		await page.getByRole('button', { name: 'Undo' }).waitFor();
	}
	await page.evaluate(() => {
		const w = window as unknown as { longTasks: { start: number; duration: number }[] };
		w.longTasks = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: false });
	});
	const longestSince = (from: number, to: number) =>
		page.evaluate(
			([a, b]) =>
				(window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks
					.filter((t) => t.start >= a && t.start <= b)
					.reduce((m, t) => Math.max(m, t.duration), 0),
			[from, to]
		);
	const now = () => page.evaluate(() => performance.now());

	const t0 = await now();
	// A path, not a buffer: Playwright builds buffer files with script in the page, which would itself be a
	// long task on the main thread; a path goes through the browser's own file input as a user's pick does.
	await page.getByLabel(/Choose a file/).setInputFiles(join(sources, largest.name));
	const heading = page.getByRole('heading', { name: /^New cards from/ });
	await heading.waitFor({ timeout: 180_000 });
	const t1 = await now();
	const summary = (await page.getByText(/cards found in/).textContent()) ?? '';
	const cards = Number(summary.match(/(\d+) cards found/)?.[1] ?? NaN);
	const workerSeconds = Number(summary.match(/in ([\d.]+) s/)?.[1] ?? NaN);
	const importLongest = await longestSince(t0, t1);
	console.log(`preview              ${summary.trim()}`);
	if (process.env.BENCH_DEBUG)
		console.log(
			await page.evaluate(
				(start) =>
					JSON.stringify(
						(window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.map((t) => [
							Math.round(t.start - start),
							Math.round(t.duration)
						])
					),
				t0
			)
		);

	const t2 = await now();
	await page.getByRole('button', { name: /^Add \d+ cards?$/ }).click();
	await page
		.getByRole('status')
		.filter({ hasText: /^Added/ })
		.waitFor({ timeout: 120_000 });
	const t3 = await now();
	const addLongest = await longestSince(t2, t3);

	console.log(
		`file                 ${largest.name} (${(largest.size / 1024).toFixed(0)} KB), ${cards} cards`
	);
	console.log(
		`pick → preview       ${((t1 - t0) / 1000).toFixed(2)} s (worker: read + generate ${workerSeconds.toFixed(2)} s)`
	);
	// The longtask API reports only tasks over 50 ms: 0 means none was that long.
	const longest = (ms: number) => (ms === 0 ? 'none over 50 ms' : `${ms.toFixed(0)} ms`);
	console.log(`main thread longest task during import  ${longest(importLongest)}  (target ≤ 200 ms)`);
	console.log(`add to IndexedDB     ${((t3 - t2) / 1000).toFixed(2)} s, longest task ${longest(addLongest)}`);
	await context.close();
} finally {
	await app.close();
}
