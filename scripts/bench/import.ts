/**
 * Import benchmark, in Chromium on the built app: the largest corpus file picked on /library, read and
 * turned into cards in the import worker. Prints the time until the preview shows, the worker's own
 * time, and the main thread's longest task while it ran (PerformanceObserver 'longtask'; target: no
 * task over 200 ms), then the same for adding the cards to IndexedDB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
const bytes = readFileSync(join(sources, largest.name));

const app = await startApp();
try {
	const context = await app.newContext({ width: 1280, height: 800 });
	const page = await context.newPage();
	await page.goto(app.baseUrl + '/library');
	await page.getByRole('heading', { name: 'Your documents' }).waitFor({ timeout: 60_000 });
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
	await page
		.getByLabel(/Choose a file/)
		.setInputFiles({ name: largest.name, mimeType: 'text/plain', buffer: bytes });
	const heading = page.getByRole('heading', { name: /^New cards from/ });
	await heading.waitFor({ timeout: 180_000 });
	const t1 = await now();
	const summary = (await page.getByText(/cards found in/).textContent()) ?? '';
	const cards = Number(summary.match(/(\d+) cards found/)?.[1] ?? NaN);
	const workerSeconds = Number(summary.match(/in ([\d.]+) s/)?.[1] ?? NaN);
	const importLongest = await longestSince(t0, t1);

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
	console.log(`main thread longest task during import  ${importLongest.toFixed(0)} ms  (target ≤ 200 ms)`);
	console.log(
		`add to IndexedDB     ${((t3 - t2) / 1000).toFixed(2)} s, longest task ${addLongest.toFixed(0)} ms`
	);
	await context.close();
} finally {
	await app.close();
}
