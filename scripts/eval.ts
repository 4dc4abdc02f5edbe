/**
 * `npm run eval`: how well the card generator does against hand-written gold facts.
 *
 * Runs the generator on the bundled corpus (cards/sources/) and, separately, on the unseen set
 * (tests/gold/unseen/: documents written for evaluation only; never tune rules on them by hand),
 * then prints recall of gold facts by kind and document, a precision proxy (share of cards passing
 * automated checks, with counts per defect), card counts, the missed facts with the nearest card,
 * and a seeded random sample of cards with their quotes to read.
 *
 * Flags: --sample N (default 20), --seed S (default 1), --sample-from corpus|unseen|all,
 * --json (machine output on stdout), --generator PATH (evaluate another module exporting generateDecks),
 * --timeout S and --max-memory MB (limits for the child process that runs the generator),
 * --show-unseen-misses (list the unseen set's missed facts; hidden by default so nobody tunes on them),
 * --unseen-dir DIR (another held-out set: documents plus <stem>.gold.json files).
 * It reports, it does not gate: exit 0 unless it cannot run.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Card, DeckFile } from '../src/lib/cards/types';
import {
	contextNeeds,
	DEFECTS,
	precisionReport,
	type ContextNeed,
	type PrecisionReport
} from '../src/lib/eval/checks';
import {
	disagreementShown,
	documentName,
	matchGold,
	nearestCard,
	parseGold,
	recallBy,
	type GoldFact,
	type GoldResult,
	type Recall
} from '../src/lib/eval/gold';

type Generate = (docs: { name: string; text: string }[]) => DeckFile[] | Promise<DeckFile[]>;

interface Options {
	sample: number;
	seed: number;
	sampleFrom: 'corpus' | 'unseen' | 'all';
	json: boolean;
	/** Another generator module to evaluate (for comparing candidates); default src/lib/generate. */
	generator?: string;
	/** Directory of the unseen set (documents + <stem>.gold.json); default tests/gold/unseen. */
	unseenDir: string;
	/** List the unseen set's missed facts (off by default, so nobody tunes rules on them). */
	showUnseenMisses: boolean;
	/** Limits for the child process that runs the generator. */
	timeoutSeconds: number;
	maxMemoryMb: number;
}

function parseArgs(argv: string[]): Options {
	const opts: Options = {
		sample: 20,
		seed: 1,
		sampleFrom: 'corpus',
		json: false,
		showUnseenMisses: false,
		unseenDir: join(goldDirectory(), 'unseen'),
		timeoutSeconds: 300,
		maxMemoryMb: 3072
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = () => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`${a} needs a value`);
			return v;
		};
		if (a === '--json') opts.json = true;
		else if (a === '--generator') opts.generator = value();
		else if (a === '--show-unseen-misses') opts.showUnseenMisses = true;
		else if (a === '--unseen-dir') opts.unseenDir = resolve(value());
		else if (a === '--timeout') opts.timeoutSeconds = Number.parseInt(value(), 10) || opts.timeoutSeconds;
		else if (a === '--max-memory') opts.maxMemoryMb = Number.parseInt(value(), 10) || opts.maxMemoryMb;
		else if (a === '--sample') opts.sample = Math.max(0, Number.parseInt(value(), 10) || 0);
		else if (a === '--seed') opts.seed = Number.parseInt(value(), 10) || 0;
		else if (a === '--sample-from') {
			const v = value();
			if (v !== 'corpus' && v !== 'unseen' && v !== 'all') throw new Error(`--sample-from ${v}?`);
			opts.sampleFrom = v;
		} else throw new Error(`unknown option ${a}`);
	}
	return opts;
}

const root = join(import.meta.dirname, '..');
const sourcesDir = join(root, 'cards', 'sources');
const goldDir = goldDirectory();

function goldDirectory(): string {
	return join(import.meta.dirname, '..', 'tests', 'gold');
}

interface Doc {
	name: string;
	text: string;
}

function readDocs(dir: string, keep: (file: string) => boolean): Doc[] {
	return readdirSync(dir)
		.filter(keep)
		.sort()
		.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

function readGold(path: string): GoldFact[] {
	return parseGold(JSON.parse(readFileSync(path, 'utf8')), path);
}

/** Deterministic PRNG (mulberry32) so a sample can be re-read with the same seed. */
function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function sample<T>(items: T[], n: number, seed: number): T[] {
	const pool = [...items];
	const next = rng(seed);
	for (let i = pool.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[pool[i], pool[j]] = [pool[j], pool[i]];
	}
	return pool.slice(0, n);
}

interface SetReport {
	name: string;
	documents: string[];
	millis: number;
	failures: { document: string; error: string }[];
	cards: Card[];
	results: GoldResult[];
	precision: PrecisionReport;
}

interface Generated {
	decks: DeckFile[];
	millis: number;
	/** Documents the generator could not process (crash, out of memory, time limit), with the reason. */
	failures: { document: string; error: string }[];
}

/**
 * Runs the generator in a child process with a memory cap and a time limit, so that a crash or a
 * hang is reported as a figure instead of killing the evaluation. All documents go in one run (the
 * generator merges facts across documents); if that run fails, each document is retried alone.
 */
function generateIsolated(dir: string, docs: Doc[], opts: Options): Generated {
	const run = (names: string[]): { decks: DeckFile[]; millis: number } | { error: string } => {
		const args = [
			`--max-old-space-size=${opts.maxMemoryMb}`,
			...process.execArgv,
			fileURLToPath(import.meta.url),
			'--emit-decks',
			dir,
			...(opts.generator ? ['--generator', resolve(opts.generator)] : []),
			...names
		];
		const child = spawnSync(process.execPath, args, {
			encoding: 'utf8',
			maxBuffer: 1 << 30,
			timeout: opts.timeoutSeconds * 1000,
			stdio: ['ignore', 'pipe', 'pipe']
		});
		if (child.status === 0) return JSON.parse(child.stdout) as { decks: DeckFile[]; millis: number };
		const stderr = child.stderr ?? '';
		const reason = /heap out of memory|Allocation failed/i.test(stderr)
			? `out of memory (> ${opts.maxMemoryMb} MB)`
			: child.signal === 'SIGTERM' || child.error?.message.includes('ETIMEDOUT')
				? `time limit (${opts.timeoutSeconds} s)`
				: oneLine(stderr.split('\n').filter((l) => /error/i.test(l))[0] ?? stderr.slice(-300), 200) ||
					`exit ${child.status ?? child.signal}`;
		return { error: reason };
	};
	const all = run(docs.map((d) => d.name));
	if (!('error' in all)) return { ...all, failures: [] };
	const out: Generated = { decks: [], millis: 0, failures: [] };
	for (const doc of docs) {
		const one = run([doc.name]);
		if ('error' in one) out.failures.push({ document: doc.name, error: one.error });
		else {
			out.decks.push(...one.decks);
			out.millis += one.millis;
		}
	}
	if (out.failures.length === 0) out.failures.push({ document: '(all together)', error: all.error });
	return out;
}

/** Child-process mode: generate decks for the named files of a directory and print them as JSON. */
async function emitDecks(argv: string[]): Promise<void> {
	const [dir, ...rest] = argv;
	const at = rest.indexOf('--generator');
	const generator = at >= 0 ? rest[at + 1] : undefined;
	const names = at >= 0 ? rest.filter((_, i) => i !== at && i !== at + 1) : rest;
	const generate = await loadGenerator(generator);
	if (!generate) process.exit(2);
	const docs = names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
	const t0 = performance.now();
	const decks = await generate(docs);
	process.stdout.write(JSON.stringify({ decks, millis: performance.now() - t0 }));
}

function evaluate(name: string, dir: string, docs: Doc[], gold: GoldFact[], opts: Options): SetReport {
	const { decks, millis, failures } = generateIsolated(dir, docs, opts);
	const cards = decks.flatMap((d) => d.cards);
	const originals = new Map(docs.map((d) => [d.name, d.text]));
	const precision = precisionReport(cards, (doc) => originals.get(documentName(doc)));
	return {
		name,
		documents: docs.map((d) => d.name),
		millis,
		failures,
		cards,
		results: matchGold(gold, cards),
		precision
	};
}

const pct = (r: Recall) =>
	r.total === 0 ? '   -  ' : `${((100 * r.recalled) / r.total).toFixed(1).padStart(5)}%`;
const frac = (r: Recall) => `${pct(r)} (${r.recalled}/${r.total})`;
const overall = (results: GoldResult[]): Recall => ({
	recalled: results.filter((r) => r.matches.length > 0).length,
	total: results.length
});
const oneLine = (s: string, max = 240) => {
	const flat = s.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max)}[…]` : flat;
};

function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
	const m = new Map<string, number>();
	for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
	return m;
}

function printSet(r: SetReport, showMisses: boolean): void {
	const kinds = ['date', 'office', 'thesis'];
	console.log(
		`\n=== ${r.name.toUpperCase()}: ${r.documents.length} documents, ${r.cards.length} cards in ${r.millis.toFixed(0)} ms ===`
	);
	for (const f of r.failures)
		console.log(`GENERATOR FAILED on ${f.document}: ${f.error} (its gold facts count as missed)`);
	console.log(`Recall overall: ${frac(overall(r.results))}`);
	const byKind = recallBy(r.results, (x) => x.fact.kind);
	console.log(
		`  by kind:     ${kinds.map((k) => `${k} ${frac(byKind.get(k) ?? { recalled: 0, total: 0 })}`).join('   ')}`
	);
	const byDoc = recallBy(r.results, (x) => x.fact.document);
	const byDocKind = recallBy(r.results, (x) => `${x.fact.document}|${x.fact.kind}`);
	const cardsByDocKind = countBy(r.cards, (c) => `${documentName(c.source.document)}|${c.kind}`);
	const cardsByDoc = countBy(r.cards, (c) => documentName(c.source.document));
	console.log('  by document (recall; per kind recall; cards date/office/thesis):');
	for (const doc of r.documents) {
		const rec = byDoc.get(doc);
		const perKind = kinds
			.map((k) => pct(byDocKind.get(`${doc}|${k}`) ?? { recalled: 0, total: 0 }).trim())
			.join(' / ');
		const counts = kinds.map((k) => cardsByDocKind.get(`${doc}|${k}`) ?? 0).join('/');
		console.log(
			`    ${doc.padEnd(42)} ${rec ? frac(rec) : 'no gold'.padEnd(14)}  [${perKind}]  cards ${cardsByDoc.get(doc) ?? 0} (${counts})`
		);
	}
	const p = r.precision;
	const byKindCards = countBy(r.cards, (c) => c.kind);
	console.log(`Cards by kind: ${kinds.map((k) => `${k} ${byKindCards.get(k) ?? 0}`).join(', ')}`);
	console.log(
		`Precision proxy: ${p.cards ? ((100 * p.clean) / p.cards).toFixed(1) : '-'}% of cards pass every automated check (${p.clean}/${p.cards})`
	);
	const failing = DEFECTS.filter((d) => p.byDefect[d] > 0);
	console.log(
		`  failures: ${failing.length ? failing.map((d) => `${d} ${p.byDefect[d]}`).join(', ') : 'none'}`
	);
	for (const d of failing) {
		const example = r.cards.find((c) => p.defectsOf.get(c.id)?.includes(d));
		if (example) console.log(`    e.g. ${d}: ${oneLine(`${example.front} → ${example.back}`, 200)}`);
	}
	const needs: ContextNeed[] = ['date-outside-quote', 'person-outside-quote'];
	const needing = needs.map((n) => ({ n, cards: r.cards.filter((c) => contextNeeds(c).includes(n)) }));
	console.log(
		`Cards stating what their quote does not show (inferred from context; check these first): ${needing.map((x) => `${x.n} ${x.cards.length}`).join(', ')}`
	);
	for (const { n, cards } of needing) {
		const example = cards[0];
		if (example)
			console.log(
				`    e.g. ${n}: ${oneLine(`${example.front} → ${example.back}`, 160)}  | quote: ${oneLine(example.source.quote, 120)}`
			);
	}
	const conflicted = r.cards.filter((c) => c.conflicts.length > 0);
	console.log(`Cards that show a disagreement between documents: ${conflicted.length} (are they real?)`);
	for (const c of conflicted.slice(0, 12)) {
		const other = c.conflicts
			.map((x) => `${oneLine(x.back, 60)} in ${documentName(x.source.document)}`)
			.join('; ');
		console.log(`    ${oneLine(c.front, 110)} → ${oneLine(c.back, 60)}  | vs ${other}`);
	}
	const pairs = disagreements(r.results, r.cards);
	if (pairs.length) {
		console.log(
			`Disagreements between documents shown on a card: ${pairs.filter((p) => p.shown).length}/${pairs.length}`
		);
		for (const p of pairs) console.log(`  ${p.shown ? 'shown ' : 'HIDDEN'} ${p.a} ↔ ${p.b}`);
	}
	const missed = r.results.filter((x) => x.matches.length === 0);
	if (!showMisses) {
		console.log(
			`Missed gold facts: ${missed.length} (not listed: this set measures generalisation, do not tune on it; --show-unseen-misses lists them)`
		);
		return;
	}
	console.log(`Missed gold facts (${missed.length}):`);
	for (const m of missed) {
		const f = m.fact;
		console.log(`  - [${f.kind}] ${f.id} (${f.document}): ${f.question} → ${f.answer}`);
		const near = nearestCard(f, r.cards);
		if (near)
			console.log(
				`      nearest: ${oneLine(`${near.card.front} → ${near.card.back}`, 200)}  (fails ${near.failed.join(', ')})`
			);
		else console.log(`      nearest: no ${f.kind} card from this document satisfies any rule`);
	}
}

/** Each gold disagreement pair once, with whether some card shows both sides. */
function disagreements(results: GoldResult[], cards: Card[]): { a: string; b: string; shown: boolean }[] {
	const byId = new Map(results.map((r) => [r.fact.id, r.fact]));
	const out: { a: string; b: string; shown: boolean }[] = [];
	for (const { fact } of results) {
		const other = fact.disagreesWith ? byId.get(fact.disagreesWith) : undefined;
		if (!other || fact.id > other.id) continue;
		const shown = disagreementShown(fact, other, cards) || disagreementShown(other, fact, cards);
		out.push({ a: fact.id, b: other.id, shown });
	}
	return out;
}

function summary(r: SetReport, showMisses: boolean) {
	const byKind = Object.fromEntries(recallBy(r.results, (x) => x.fact.kind));
	const byDocument = Object.fromEntries(recallBy(r.results, (x) => x.fact.document));
	return {
		documents: r.documents,
		millis: Math.round(r.millis),
		generatorFailures: r.failures,
		cards: r.cards.length,
		cardsByKind: Object.fromEntries(countBy(r.cards, (c) => c.kind)),
		cardsByDocument: Object.fromEntries(countBy(r.cards, (c) => documentName(c.source.document))),
		recall: overall(r.results),
		recallByKind: byKind,
		recallByDocument: byDocument,
		disagreements: disagreements(r.results, r.cards),
		cardsWithConflicts: r.cards.filter((c) => c.conflicts.length > 0).length,
		precision: { cards: r.precision.cards, clean: r.precision.clean, byDefect: r.precision.byDefect },
		contextNeeds: {
			dateOutsideQuote: r.cards.filter((c) => contextNeeds(c).includes('date-outside-quote')).length,
			personOutsideQuote: r.cards.filter((c) => contextNeeds(c).includes('person-outside-quote')).length
		},
		missedCount: r.results.filter((x) => x.matches.length === 0).length,
		missed: r.results
			.filter((x) => showMisses && x.matches.length === 0)
			.map((x) => ({
				id: x.fact.id,
				document: x.fact.document,
				kind: x.fact.kind,
				question: x.fact.question,
				answer: x.fact.answer,
				nearest: (() => {
					const n = nearestCard(x.fact, r.cards);
					return n && { front: n.card.front, back: n.card.back, failed: n.failed };
				})()
			}))
	};
}

async function loadGenerator(path: string | undefined): Promise<Generate | undefined> {
	try {
		const mod = (await (path
			? import(pathToFileURL(resolve(path)).href)
			: import('../src/lib/generate/index'))) as { generateDecks?: Generate };
		if (typeof mod.generateDecks !== 'function') throw new Error('it does not export generateDecks');
		return mod.generateDecks;
	} catch (err) {
		console.error(`eval: cannot load the generator (src/lib/generate/index.ts): ${(err as Error).message}`);
		return undefined;
	}
}

async function main(): Promise<void> {
	if (process.argv[2] === '--emit-decks') return emitDecks(process.argv.slice(3));
	const opts = parseArgs(process.argv.slice(2));
	const corpusDocs = readDocs(sourcesDir, (f) => /\.(txt|md)$/i.test(f));
	const unseenDir = opts.unseenDir;
	const unseenDocs = readDocs(unseenDir, (f) => /\.(txt|md)$/i.test(f));
	const corpusGold = readGold(join(goldDir, 'corpus.json'));
	const unseenGold = readdirSync(unseenDir)
		.filter((f) => f.endsWith('.gold.json'))
		.sort()
		.flatMap((f) => readGold(join(unseenDir, f)));
	if (!(await loadGenerator(opts.generator))) {
		console.log(
			`Gold facts: corpus ${corpusGold.length}, unseen ${unseenGold.length}. No generator to evaluate yet.`
		);
		return;
	}
	const corpus = evaluate('corpus', sourcesDir, corpusDocs, corpusGold, opts);
	const unseenName = unseenDir === join(goldDir, 'unseen') ? 'unseen' : `unseen (${unseenDir})`;
	const unseen = evaluate(unseenName, unseenDir, unseenDocs, unseenGold, opts);
	const pool =
		opts.sampleFrom === 'corpus'
			? corpus.cards
			: opts.sampleFrom === 'unseen'
				? unseen.cards
				: [...corpus.cards, ...unseen.cards];
	const picked = sample(pool, opts.sample, opts.seed);
	const defectsOf = (c: Card) =>
		corpus.precision.defectsOf.get(c.id) ?? unseen.precision.defectsOf.get(c.id) ?? [];

	if (opts.json) {
		const out = {
			corpus: summary(corpus, true),
			unseen: summary(unseen, opts.showUnseenMisses),
			sample: picked.map((c) => ({
				id: c.id,
				kind: c.kind,
				document: c.source.document,
				front: c.front,
				back: c.back,
				quote: c.source.quote,
				defects: defectsOf(c)
			}))
		};
		console.log(JSON.stringify(out, null, 2));
		return;
	}
	printSet(corpus, true);
	printSet(unseen, opts.showUnseenMisses);
	console.log(`\n=== SAMPLE: ${picked.length} random ${opts.sampleFrom} cards (seed ${opts.seed}) ===`);
	picked.forEach((c, i) => {
		const defects = defectsOf(c);
		console.log(
			`\n${i + 1}. [${c.kind}/${c.form}] ${documentName(c.source.document)}${defects.length ? `  DEFECTS: ${defects.join(', ')}` : ''}`
		);
		console.log(`   Q: ${c.front}`);
		console.log(`   A: ${c.back}`);
		console.log(`   quote: ${oneLine(c.source.quote, 400)}`);
		const needs = contextNeeds(c);
		if (needs.length) console.log(`   (not in the quote: ${needs.join(', ')})`);
	});
	console.log(
		`\nSUMMARY recall corpus ${frac(overall(corpus.results))}, unseen ${frac(overall(unseen.results))}; ` +
			`precision proxy corpus ${((100 * corpus.precision.clean) / Math.max(1, corpus.precision.cards)).toFixed(1)}%, ` +
			`unseen ${((100 * unseen.precision.clean) / Math.max(1, unseen.precision.cards)).toFixed(1)}%`
	);
}

main().catch((err: unknown) => {
	console.error(`eval: ${(err as Error).message}`);
	process.exit(1);
});
