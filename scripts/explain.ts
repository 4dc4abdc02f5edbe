/**
 * `npm run explain -- FILE [PATTERN]` — why a document yields the cards it does: every fact the
 * extractors found, each card its templates made, and for each card whether it was kept, or which
 * quality problem or exam-worthiness rule dropped it. With PATTERN (a case-insensitive regular
 * expression), only the facts whose sentence or card faces match it. A tool for tuning the generator
 * on a missed gold fact: find the sentence, see whether it was never extracted or extracted and dropped.
 */
import { readFileSync } from 'node:fs';
import { decodeDocumentBytes, ingestDocument } from '../src/lib/ingest';
import { extractFacts } from '../src/lib/extract';
import { cardsFromFact } from '../src/lib/cards/templates';
import { partiesNamedIn } from '../src/lib/cards/party-names';
import { cardVerdict } from './lib/card-verdict';
import type { Fact } from '../src/lib/extract/types';

// Piped into head: stop quietly when the reader has had enough.
process.stdout.on('error', () => process.exit(0));

const [path, pattern] = process.argv.slice(2);
if (!path) {
	process.stderr.write('usage: npm run explain -- FILE [PATTERN]\n');
	process.exit(2);
}
const filter = pattern ? new RegExp(pattern, 'i') : undefined;
const doc = ingestDocument(path, decodeDocumentBytes(readFileSync(path)).text);
const facts = extractFacts(doc);
const parties = partiesNamedIn(doc.original);
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function describe(fact: Fact): string {
	if (fact.kind === 'date') return `date  ${fact.date.written} | ${fact.question}`;
	if (fact.kind === 'office')
		return `office ${fact.person} | ${fact.how} | ${fact.office}${fact.organisation ? ` of ${fact.organisation}` : ''}`;
	return `thesis ${fact.author} | ${fact.form} | ${fact.topic} | ${fact.claim.slice(0, 80)}`;
}

let shown = 0;
for (const fact of facts) {
	const sentence = flat(doc.original.slice(fact.sentence.start, fact.sentence.end));
	const cards = cardsFromFact(fact, { doc });
	const text = [sentence, ...cards.flatMap((c) => [c.front, c.back])].join(' ');
	if (filter && !filter.test(text)) continue;
	shown++;
	console.log(`\n● ${describe(fact)}  (importance ${fact.importance.toFixed(2)})`);
	console.log(`  sentence: ${sentence.slice(0, 240)}`);
	if (cards.length === 0) console.log('  no card from the templates');
	for (const card of cards) {
		const v = cardVerdict(card, doc.original, parties);
		const verdict = v.kept ? 'KEPT' : `DROPPED ${v.filter}: ${v.reasons.join(', ')}`;
		console.log(`  [${card.form}] ${card.front} → ${card.back}\n      ${verdict}`);
	}
}
if (filter) {
	// Sentences matching the pattern that no extractor took: the misses to look at first.
	const taken = new Set(facts.map((f) => f.sentence.start));
	for (const s of doc.sentences) {
		const text = flat(doc.original.slice(s.start, s.end));
		if (!taken.has(s.start) && filter.test(text)) console.log(`\n○ no fact from: ${text.slice(0, 240)}`);
	}
}
console.log(`\n${shown} of ${facts.length} facts shown`);
