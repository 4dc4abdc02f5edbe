/**
 * Study-app benchmark in Chromium, on the built app's origin (`npm run bench -- app`):
 *  - time to fetch the next 50 due cards with 10k and 100k cards in IndexedDB (target < 50 ms at 100k),
 *  - median time of one answer's write, one read-write transaction on cards + reviewLog (target < 10 ms),
 *  - gzipped size of the JavaScript the first load of "/" downloads (target < 150 KB).
 *
 * The queries are the app's own code: src/lib/db (schema, queue and review repositories) is bundled
 * with esbuild and injected into a blank page on the app's origin, so nothing bench-only ships in the
 * app and the figures are for exactly what the review screen runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import type { Card, DeckFile } from '../../src/lib/cards/types';
import { startApp } from '../../tests/e2e/harness';

const ROOT = join(import.meta.dirname, '..', '..');
const SIZES = [10_000, 100_000];
const QUERY_RUNS = 30;
const WRITE_RUNS = 200;
const TARGET = { dueMs: 50, writeMs: 10, firstLoadKb: 150 };

function ensureBuild(): void {
	const built =
		existsSync(join(ROOT, 'build', 'index.html')) &&
		existsSync(join(ROOT, '.svelte-kit', 'output', 'server', 'manifest.js'));
	if (built) return;
	console.log('No build found: running vite build…');
	const run = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (run.status !== 0) throw new Error('vite build failed');
}

/** The app's db code as one script that puts its functions on window.annalsBench. */
async function benchBundle(): Promise<string> {
	const result = await build({
		stdin: {
			contents: `
				import { AnnalsDb } from './src/lib/db/schema';
				import { dueCards, nextCard, studyCounts } from './src/lib/db/queue-repo';
				import { recordReview } from './src/lib/db/review-repo';
				import { newCardRow, withMemory } from './src/lib/db/card-rows';
				import { DEFAULT_STUDY_SETTINGS } from './src/lib/srs/settings';
				window.annalsBench = { AnnalsDb, dueCards, nextCard, studyCounts, recordReview, newCardRow, withMemory, DEFAULT_STUDY_SETTINGS };
			`,
			resolveDir: ROOT,
			loader: 'ts'
		},
		bundle: true,
		format: 'iife',
		platform: 'browser',
		target: 'es2022',
		write: false,
		logLevel: 'error'
	});
	// tsx compiles the page.evaluate callbacks below with esbuild's keepNames, which calls a `__name`
	// helper that only exists in Node: define it in the page too.
	return `globalThis.__name = (f) => f;\n${result.outputFiles[0].text}`;
}

/** Real cards from the shipped decks, cloned to reach the benchmark sizes. */
function templateCards(): Card[] {
	const dir = join(ROOT, 'cards', 'decks');
	const cards: Card[] = [];
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'index.json')) {
		const deck = JSON.parse(readFileSync(join(dir, file), 'utf8')) as DeckFile;
		cards.push(...deck.cards);
	}
	if (cards.length === 0) throw new Error('No cards in cards/decks: run npm run cards first');
	return cards;
}

function gzipKb(path: string): number {
	return gzipSync(readFileSync(path)).length / 1024;
}

interface Timing {
	median: number;
	p95: number;
	max: number;
}

function summarise(samples: number[]): Timing {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

const ms = (t: Timing) =>
	`median ${t.median.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms, max ${t.max.toFixed(2)} ms`;
const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');

ensureBuild();
const bundle = await benchBundle();
const templates = templateCards();
const app = await startApp();

try {
	// ---- Queue and write timings, on a blank page of the app's origin (no app code competing).
	const context = await app.newContext();
	await context.route('**/__bench', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' })
	);
	const page = await context.newPage();
	await page.goto(`${app.baseUrl}/__bench`);
	await page.addScriptTag({ content: bundle });

	const now = Date.now();
	let inStore = 0;
	for (const size of SIZES) {
		const seedStart = performance.now();
		await page.evaluate(
			async ({ templates, from, to, now }) => {
				type Api = {
					AnnalsDb: new (name: string) => {
						cards: { bulkAdd(rows: unknown[]): Promise<unknown> };
						close(): void;
					};
					newCardRow(card: unknown, deckId: string, now: number, position: number): { memory: object };
					withMemory(row: unknown, memory: object, now: number): unknown;
				};
				const api = (window as unknown as { annalsBench: Api }).annalsBench;
				const db = new api.AnnalsDb('annals-bench');
				const DAY = 86_400_000;
				// Deterministic spread: a realistic collection is mostly review cards, due over ±2 months.
				let seed = 1;
				const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
				const decks = ['deck-a', 'deck-b', 'deck-c', 'deck-d', 'deck-e'];
				for (let start = from; start < to; start += 5000) {
					const rows: unknown[] = [];
					for (let i = start; i < Math.min(to, start + 5000); i++) {
						const card = templates[i % templates.length] as { id: string; factKey: string };
						// Each copy of the shipped decks is its own set of facts, so a card has the same siblings
						// (basic/reverse of one fact) as in the real decks, not thousands of clones.
						const copy = Math.floor(i / templates.length);
						const clone = { ...card, id: `${card.id}~${i}`, factKey: `${card.factKey}~${copy}` };
						const base = api.newCardRow(clone, decks[copy % decks.length], now, i);
						const kind = random();
						if (kind < 0.3) {
							rows.push(base);
							continue;
						}
						const state = kind < 0.35 ? 1 : 2;
						const due = now + Math.round((random() * 120 - 60) * DAY);
						const memory = {
							...base.memory,
							due,
							state,
							stability: 1 + random() * 60,
							difficulty: 1 + random() * 9,
							scheduledDays: 10,
							elapsedDays: 10,
							reps: 3,
							lastReview: due - 10 * DAY
						};
						rows.push(api.withMemory(base, memory, now));
					}
					await db.cards.bulkAdd(rows);
				}
				db.close();
			},
			{ templates, from: inStore, to: size, now }
		);
		inStore = size;
		console.log(
			`Seeded ${size.toLocaleString('en')} cards (${((performance.now() - seedStart) / 1000).toFixed(1)} s).`
		);

		const timings = await page.evaluate(
			async ({ runs, now }) => {
				type Api = {
					AnnalsDb: new (name: string) => { close(): void };
					dueCards(db: unknown, scope: object, now: number, limit: number): Promise<unknown[]>;
					nextCard(db: unknown, scope: object, now: number, settings: unknown): Promise<unknown>;
					studyCounts(db: unknown, scope: object, now: number, settings: unknown): Promise<unknown>;
					DEFAULT_STUDY_SETTINGS: unknown;
				};
				const api = (window as unknown as { annalsBench: Api }).annalsBench;
				const db = new api.AnnalsDb('annals-bench');
				const time = async (f: () => Promise<unknown>) => {
					const samples: number[] = [];
					for (let i = 0; i < 3; i++) await f(); // warm-up: open the db, JIT
					for (let i = 0; i < runs; i++) {
						const t = performance.now();
						await f();
						samples.push(performance.now() - t);
					}
					return samples;
				};
				let fetched = 0;
				const due = await time(async () => {
					fetched = (await api.dueCards(db, {}, now, 50)).length;
				});
				const deckDue = await time(() => api.dueCards(db, { deckId: 'deck-a' }, now, 50));
				const next = await time(() => api.nextCard(db, {}, now, api.DEFAULT_STUDY_SETTINGS));
				const counts = await time(() => api.studyCounts(db, {}, now, api.DEFAULT_STUDY_SETTINGS));
				db.close();
				return { due, deckDue, next, counts, fetched };
			},
			{ runs: QUERY_RUNS, now }
		);
		const due = summarise(timings.due);
		console.log(`\n${size.toLocaleString('en')} cards in the store:`);
		console.log(`  next 50 due cards (dueCards, all decks): ${ms(due)}; returned ${timings.fetched}`);
		console.log(`  next 50 due cards of one deck:           ${ms(summarise(timings.deckDue))}`);
		console.log(`  next card to show (nextCard):            ${ms(summarise(timings.next))}`);
		console.log(`  new/learning/review counts:              ${ms(summarise(timings.counts))}`);
		if (size === SIZES[SIZES.length - 1]) {
			console.log(
				`  → ${verdict(due.median < TARGET.dueMs)} (< ${TARGET.dueMs} ms at ${size.toLocaleString('en')})`
			);
		}
	}

	const writes = await page.evaluate(
		async ({ runs, now }) => {
			type Api = {
				AnnalsDb: new (name: string) => { close(): void };
				dueCards(db: unknown, scope: object, now: number, limit: number): Promise<{ id: string }[]>;
				recordReview(db: unknown, input: object): Promise<unknown>;
			};
			const api = (window as unknown as { annalsBench: Api }).annalsBench;
			const db = new api.AnnalsDb('annals-bench');
			const cards = await api.dueCards(db, {}, now, runs + 3);
			const samples: number[] = [];
			for (const [i, card] of cards.entries()) {
				const t = performance.now();
				await api.recordReview(db, {
					cardId: card.id,
					rating: ((i % 4) + 1) as 1 | 2 | 3 | 4,
					now: now + i * 1000,
					durationMs: 4000,
					scheduler: { desiredRetention: 0.9 }
				});
				if (i >= 3) samples.push(performance.now() - t); // the first writes warm up
			}
			db.close();
			return samples;
		},
		{ runs: WRITE_RUNS, now }
	);
	const write = summarise(writes);
	console.log(
		`\nOne answer's write (recordReview: card + review log in one rw transaction, ${writes.length} answers at ${inStore.toLocaleString('en')} cards): ${ms(write)}`
	);
	console.log(`  → ${verdict(write.median < TARGET.writeMs)} (< ${TARGET.writeMs} ms)`);
	await context.close();

	// ---- First load: every script the page itself downloads to show "/", gzipped as a server would.
	const fresh = await app.newContext();
	const home = await fresh.newPage();
	const scripts = new Set<string>();
	home.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
	});
	await home.goto(`${app.baseUrl}/`);
	await home.waitForLoadState('networkidle');
	await home.locator('h1').first().waitFor();
	const files = [...scripts].map((path) => ({ path, kb: gzipKb(join(ROOT, 'build', path)) }));
	const total = files.reduce((sum, f) => sum + f.kb, 0);
	files.sort((a, b) => b.kb - a.kb);
	const html = readFileSync(join(ROOT, 'build', 'index.html'), 'utf8');
	const preloaded = [...html.matchAll(/href="([^"]+\.js)" rel="modulepreload"/g)].map((m) => m[1]);
	const shell = preloaded.reduce((sum, path) => sum + gzipKb(join(ROOT, 'build', path)), 0);
	console.log(
		`\nFirst load of "/": ${files.length} scripts, ${total.toFixed(1)} KB gzipped (of which the shell modulepreloaded by index.html: ${preloaded.length} files, ${shell.toFixed(1)} KB)`
	);
	for (const f of files.slice(0, 5)) console.log(`  ${f.kb.toFixed(1).padStart(6)} KB  ${f.path}`);
	const sw = ['sw.js', ...readdirSync(join(ROOT, 'build')).filter((f) => /^workbox-.*\.js$/.test(f))];
	const swKb = sw.reduce((sum, f) => sum + gzipKb(join(ROOT, 'build', f)), 0);
	console.log(`  (service worker, fetched by the browser in the background: ${swKb.toFixed(1)} KB gzipped)`);
	console.log(`  → ${verdict(total < TARGET.firstLoadKb)} (< ${TARGET.firstLoadKb} KB)`);
	await fresh.close();
} finally {
	await app.close();
}
