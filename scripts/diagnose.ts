/**
 * `npm run diagnose -- DIR [--list]` — where the generator loses the gold facts of a set (DIR holds
 * documents and <stem>.gold.json files; `corpus` means cards/sources with tests/gold/corpus.json).
 * Each fact not recalled is put in one bucket:
 * - no fact: no extractor took a sentence overlapping the fact's quote;
 * - other kind: only facts of another kind came from there;
 * - wrong card: a fact of the right kind was extracted there, but no card made from it satisfies the
 *   gold rules (wrong event, date, person or wording);
 * - dropped: a card satisfying the rules was made, then dropped by a quality problem or an
 *   exam-worthiness rule (named).
 * Without --list it prints only the counts, so it can be run on a held-out set without reading it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeDocumentBytes, ingestDocument } from '../src/lib/ingest';
import { extractFacts } from '../src/lib/extract';
import { cardsFromFact } from '../src/lib/cards/templates';
import { partiesNamedIn } from '../src/lib/cards/party-names';
import { cardVerdict } from './lib/card-verdict';
import { parseGold, rulesSatisfied, type GoldFact } from '../src/lib/eval/gold';
import type { Card } from '../src/lib/cards/types';

// Piped into head: stop quietly when the reader has had enough.
process.stdout.on('error', () => process.exit(0));

const args = process.argv.slice(2);
const list = args.includes('--list');
const dirArg = args.find((a) => !a.startsWith('--'));
if (!dirArg) {
	process.stderr.write('usage: npm run diagnose -- DIR|corpus [--list]\n');
	process.exit(2);
}
const root = join(import.meta.dirname, '..');
const corpus = dirArg === 'corpus';
const docDir = corpus ? join(root, 'cards', 'sources') : dirArg;
const gold: GoldFact[] = corpus
	? parseGold(JSON.parse(readFileSync(join(root, 'tests', 'gold', 'corpus.json'), 'utf8')), 'corpus.json')
	: readdirSync(docDir)
			.filter((f) => f.endsWith('.gold.json'))
			.flatMap((f) => parseGold(JSON.parse(readFileSync(join(docDir, f), 'utf8')), f));

interface Made {
	card: Card;
	kept: boolean;
	why?: string;
	span: { start: number; end: number };
	kind: Card['kind'];
}

const madeByDocument = new Map<
	string,
	{ made: Made[]; facts: { kind: string; start: number; end: number }[] }
>();
function madeFor(document: string) {
	const cached = madeByDocument.get(document);
	if (cached) return cached;
	const path = join(docDir, document);
	const doc = ingestDocument(document, decodeDocumentBytes(readFileSync(path)).text);
	const facts = extractFacts(doc);
	const parties = partiesNamedIn(doc.original);
	const made: Made[] = [];
	for (const fact of facts) {
		const span = fact.kind !== 'thesis' && fact.passage ? fact.passage : fact.sentence;
		for (const card of cardsFromFact(fact, { doc })) {
			const v = cardVerdict(card, doc.original, parties);
			const why = v.kept ? undefined : `${v.filter}:${v.reasons[0]}`;
			made.push({ card: v.card, kept: v.kept, why, span, kind: card.kind });
		}
	}
	const entry = {
		made,
		facts: facts.map((f) => ({ kind: f.kind, start: f.sentence.start, end: f.sentence.end }))
	};
	madeByDocument.set(document, entry);
	return entry;
}

const buckets = new Map<string, number>();
const count = (key: string) => buckets.set(key, (buckets.get(key) ?? 0) + 1);
let recalled = 0;
for (const fact of gold) {
	if (!existsSync(join(docDir, fact.document))) continue;
	const original = readFileSync(join(docDir, fact.document), 'utf8');
	const { made, facts } = madeFor(fact.document);
	const at = original.indexOf(fact.quote);
	const quote = { start: at, end: at + fact.quote.length };
	const overlaps = (s: { start: number; end: number }) => s.start < quote.end && quote.start < s.end;
	const matching = made.filter(
		(m) => m.kind === fact.kind && rulesSatisfied(fact, m.card).failed.length === 0
	);
	let bucket: string;
	if (matching.some((m) => m.kept)) {
		recalled++;
		continue;
	} else if (matching.length) bucket = `dropped ${matching[0].why}`;
	else if (facts.some((f) => f.kind === fact.kind && overlaps(f))) bucket = 'wrong card';
	else if (facts.some((f) => overlaps(f))) bucket = 'other kind';
	else bucket = 'no fact';
	count(`${fact.kind.padEnd(6)} ${bucket}`);
	if (list) console.log(`[${fact.kind}] ${fact.id}: ${bucket} — ${fact.question}`);
}
console.log(`${gold.length} facts, ${recalled} recalled per document (before cross-document merge)`);
for (const [key, n] of [...buckets].sort((a, b) => b[1] - a[1]))
	console.log(`  ${String(n).padStart(3)}  ${key}`);
