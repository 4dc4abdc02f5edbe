/**
 * Generator benchmark: the whole cards/sources corpus through ingest → extract → cards → merge, on
 * one core. Prints throughput (KB/s) and peak memory (RSS and heap, sampled while it runs).
 * Targets: the ~920 KB corpus in under 5 s (≥ 200 KB/s) and under 500 MB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDecks } from '../../src/lib/generate';

const dir = join(import.meta.dirname, '..', '..', 'cards', 'sources');
const docs = readdirSync(dir)
	.filter((f) => /\.(txt|md)$/i.test(f))
	.sort()
	.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const baseline = process.memoryUsage();
let peakRss = baseline.rss;
let peakHeap = baseline.heapUsed;
const sample = () => {
	const m = process.memoryUsage();
	peakRss = Math.max(peakRss, m.rss);
	peakHeap = Math.max(peakHeap, m.heapUsed);
};
// The pipeline is synchronous, so the timer cannot fire during it: sample between documents too.
const timer = setInterval(sample, 5);

const started = performance.now();
const decks = generateDecks(docs, { onProgress: sample });
const seconds = (performance.now() - started) / 1000;
sample();
clearInterval(timer);

const cards = decks.reduce((n, d) => n + d.cards.length, 0);
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
console.log(`documents        ${docs.length} (${(bytes / 1024).toFixed(0)} KB)`);
console.log(`cards            ${cards}`);
console.log(`time             ${seconds.toFixed(2)} s  (target < 5 s)`);
console.log(`throughput       ${(bytes / 1024 / seconds).toFixed(0)} KB/s  (target ≥ 200 KB/s)`);
console.log(`peak RSS         ${mb(peakRss)} MB  (target < 500 MB; baseline ${mb(baseline.rss)} MB)`);
console.log(`peak heap used   ${mb(peakHeap)} MB`);
if (seconds > 5 || peakRss > 500 * 1024 * 1024) {
	console.log('OVER TARGET');
	process.exitCode = 1;
}
