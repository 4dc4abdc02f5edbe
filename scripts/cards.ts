/**
 * `npm run cards` — regenerate cards/decks/*.json and cards/decks/index.json from cards/sources/.
 * `npm run cards -- --json FILE...` — print the cards of those files as one JSON array on stdout
 * (source.document = the path as given); progress and warnings go to stderr. Unreadable files get a
 * clear message and a non-zero exit, but the cards of the good files are still printed.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeDocumentBytes, IngestError } from '../src/lib/ingest';
import { generateDeckSet, type DocumentInput } from '../src/lib/generate';
import type { DeckFile } from '../src/lib/cards/types';

const root = join(import.meta.dirname, '..');
const sourcesDir = join(root, 'cards', 'sources');
const decksDir = join(root, 'cards', 'decks');

function readDocument(path: string): { input?: DocumentInput; error?: string } {
	let bytes: Uint8Array;
	try {
		if (statSync(path).isDirectory()) return { error: `${path}: is a directory, not a document` };
		bytes = readFileSync(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(error);
		return { error: `${path}: cannot read the file (${why})` };
	}
	try {
		const decoded = decodeDocumentBytes(bytes);
		for (const warning of decoded.warnings) process.stderr.write(`warning: ${path}: ${warning}\n`);
		return { input: { name: path, text: decoded.text } };
	} catch (error) {
		if (error instanceof IngestError) return { error: `${path}: ${error.message}` };
		return { error: `${path}: ${(error as Error).message}` };
	}
}

function progress(done: number, total: number, document: string): void {
	if (document) process.stderr.write(`[${done}/${total}] ${document}\n`);
}

function generate(inputs: DocumentInput[]): { decks: DeckFile[]; errors: string[] } {
	const { decks, errors } = generateDeckSet(inputs, {
		onProgress: (p) => {
			if (p.stage === 'ingest') progress(p.done + 1, p.total, p.document);
		}
	});
	const fatal = new Set(errors.map((e) => e.document));
	for (const deck of decks) {
		if (fatal.has(deck.document)) continue;
		for (const warning of deck.warnings ?? [])
			process.stderr.write(`warning: ${deck.document}: ${warning}\n`);
		if (deck.cards.length === 0)
			process.stderr.write(`note: ${deck.document}: no cards (no dates, posts or theses found)\n`);
	}
	return { decks, errors: errors.map((e) => `${e.document}: ${e.message}`) };
}

function printJson(paths: string[]): number {
	const inputs: DocumentInput[] = [];
	const errors: string[] = [];
	for (const path of paths) {
		const { input, error } = readDocument(path);
		if (input) inputs.push(input);
		else if (error) errors.push(error);
	}
	const generated = generate(inputs);
	errors.push(...generated.errors);
	process.stdout.write(
		`${JSON.stringify(
			generated.decks.flatMap((d) => d.cards),
			null,
			1
		)}\n`
	);
	for (const error of errors) process.stderr.write(`error: ${error}\n`);
	const cardCount = generated.decks.reduce((n, d) => n + d.cards.length, 0);
	process.stderr.write(`${cardCount} cards from ${paths.length - errors.length} of ${paths.length} files\n`);
	return errors.length ? 1 : 0;
}

function regenerateDecks(): number {
	const names = readdirSync(sourcesDir)
		.filter((f) => /\.(txt|md|markdown)$/i.test(f))
		.sort();
	const inputs: DocumentInput[] = [];
	let failures = 0;
	for (const name of names) {
		const { input, error } = readDocument(join(sourcesDir, name));
		if (input) inputs.push({ name, text: input.text });
		else {
			failures++;
			process.stderr.write(`error: ${error}\n`);
		}
	}
	const started = performance.now();
	const { decks, errors } = generate(inputs);
	for (const error of errors) process.stderr.write(`error: ${error}\n`);
	failures += errors.length;
	mkdirSync(decksDir, { recursive: true });
	for (const file of readdirSync(decksDir)) if (file.endsWith('.json')) rmSync(join(decksDir, file));
	const index = decks.map((d) => ({
		id: d.id,
		document: d.document,
		title: d.title,
		cardCount: d.cards.length
	}));
	for (const deck of decks)
		writeFileSync(join(decksDir, `${deck.id}.json`), `${JSON.stringify(deck, null, '\t')}\n`);
	writeFileSync(join(decksDir, 'index.json'), `${JSON.stringify(index, null, '\t')}\n`);
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	for (const entry of index) process.stderr.write(`${entry.cardCount.toString().padStart(5)}  ${entry.id}\n`);
	process.stderr.write(
		`wrote ${index.length} decks to ${relative(process.cwd(), decksDir) || decksDir} in ${seconds} s\n`
	);
	return failures ? 1 : 0;
}

function main(argv: string[]): number {
	const jsonAt = argv.indexOf('--json');
	if (jsonAt >= 0) {
		const files = argv.filter((a, i) => i !== jsonAt);
		if (!files.length) {
			process.stderr.write('usage: npm run cards -- --json FILE...\n');
			return 2;
		}
		return printJson(files);
	}
	if (argv.length) {
		process.stderr.write('usage: npm run cards            (regenerate cards/decks from cards/sources)\n');
		process.stderr.write('       npm run cards -- --json FILE...   (print the cards of FILEs as JSON)\n');
		return 2;
	}
	return regenerateDecks();
}

process.exitCode = main(process.argv.slice(2));
