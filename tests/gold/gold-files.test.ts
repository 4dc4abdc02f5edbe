import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/lib/cards/types';
import { cardMatchesGold, parseGold, rulesSatisfied, type GoldFact } from '../../src/lib/eval/gold';

const root = join(import.meta.dirname, '..', '..');
const sources = join(root, 'cards', 'sources');
const unseen = join(import.meta.dirname, 'unseen');
const heldout = join(import.meta.dirname, 'heldout');
const devSets = ['dev2', 'dev3'].map((d) => join(import.meta.dirname, d));
const laterHeldOut = ['heldout2', 'heldout3', 'heldout4'].map((d) => join(import.meta.dirname, d));

/** Gold files of a held-out directory (documents plus <stem>.gold.json), if it exists. */
function heldOutSets(dir: string): { name: string; facts: GoldFact[]; dir: string }[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.gold.json'))
		.map((f) => ({ name: f, facts: load(join(dir, f)), dir }));
}

function load(path: string): GoldFact[] {
	return parseGold(JSON.parse(readFileSync(path, 'utf8')), path);
}

const sets: { name: string; facts: GoldFact[]; dir: string }[] = [
	{ name: 'corpus', facts: load(join(import.meta.dirname, 'corpus.json')), dir: sources },
	...heldOutSets(unseen),
	...heldOutSets(heldout),
	...devSets.flatMap(heldOutSets),
	...laterHeldOut.flatMap(heldOutSets)
];

describe.each(sets)('gold set $name', ({ facts, dir }) => {
	it('quotes every fact verbatim from its document', () => {
		const missing = facts.filter((f) => !readFileSync(join(dir, f.document), 'utf8').includes(f.quote));
		expect(missing.map((f) => f.id)).toEqual([]);
	});

	it('has unique ids and all three kinds', () => {
		expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
		expect(new Set(facts.map((f) => f.kind))).toEqual(new Set(['date', 'office', 'thesis']));
	});
});

describe('gold set sizes', () => {
	it('holds at least 120 corpus facts and 15 per unseen document', () => {
		expect(sets[0].facts.length).toBeGreaterThanOrEqual(120);
		expect(sets.length).toBeGreaterThanOrEqual(5);
		for (const s of sets.slice(1)) expect(s.facts.length).toBeGreaterThanOrEqual(15);
	});
});

/** A card a careful teacher would write from the gold fact itself: its question, its answer. */
function teacherCard(f: GoldFact): Card {
	const [iso, alt] = (f.accept.iso ?? []).map((e) => e.split('|')[0]);
	const source = { document: f.document, quote: f.quote, start: 0, end: f.quote.length };
	return {
		id: f.id,
		kind: f.kind,
		form: 'basic',
		front: f.question,
		back: f.answer,
		source,
		sources: [source],
		conflicts: [],
		date: iso
			? {
					iso,
					precision: 'day',
					calendar: 'gregorian',
					alt: alt ? { iso: alt, calendar: 'julian' } : undefined
				}
			: undefined,
		people: [],
		author: f.accept.author,
		importance: 1,
		factKey: f.id
	};
}

describe.each(sets)('gold rules of $name', ({ facts }) => {
	it('accept the card a teacher would write from the question and answer', () => {
		const unmatched = facts.filter((f) => !cardMatchesGold(f, teacherCard(f)));
		expect(unmatched.map((f) => `${f.id}: ${rulesSatisfied(f, teacherCard(f)).failed.join(', ')}`)).toEqual(
			[]
		);
	});
});
