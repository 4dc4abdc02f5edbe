/** The whole bundled corpus through the generator: what the issue says every shipped deck must show. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDecks } from '../../src/lib/generate';
import { debrisProblems } from '../../src/lib/cards/quality';
import { questionKey } from '../../src/lib/cards/merge';
import type { DeckFile } from '../../src/lib/cards/types';

const dir = join(import.meta.dirname, '..', '..', 'cards', 'sources');
const docs = readdirSync(dir)
	.filter((f) => f.endsWith('.txt'))
	.sort()
	.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
const originals = new Map(docs.map((d) => [d.name, d.text]));
let decks: DeckFile[];

beforeAll(() => {
	decks = generateDecks(docs);
}, 60_000);

describe('the generated corpus decks', () => {
	it('quote every source exactly (provenance 100%)', () => {
		let checked = 0;
		for (const card of decks.flatMap((d) => d.cards)) {
			for (const source of [...card.sources, ...card.conflicts.map((c) => c.source)]) {
				expect(originals.get(source.document)?.slice(source.start, source.end)).toBe(source.quote);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(100);
	});
	it('have no debris on any card face', () => {
		const dirty = decks
			.flatMap((d) => d.cards)
			.flatMap((c) => [c.front, c.back])
			.map((face) => ({ face, problems: debrisProblems(face) }))
			.filter((f) => f.problems.length);
		expect(dirty).toEqual([]);
	});
	it('never ask the same question twice', () => {
		const fronts = decks.flatMap((d) => d.cards).map(questionKey);
		expect(new Set(fronts).size).toBe(fronts.length);
	});
	it('have unique ids', () => {
		const ids = decks.flatMap((d) => d.cards).map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
	it.each(docs.map((d) => d.name))('give date, office and thesis cards from %s', (name) => {
		const deck = decks.find((d) => d.document === name) as DeckFile;
		const kinds = new Set(deck.cards.map((c) => c.kind));
		// A merged card lives in the deck of its first source, so look at every card citing the document.
		for (const card of decks.flatMap((d) => d.cards))
			if (card.sources.some((s) => s.document === name)) kinds.add(card.kind);
		expect([...kinds].sort()).toEqual(['date', 'office', 'thesis']);
	});
});
