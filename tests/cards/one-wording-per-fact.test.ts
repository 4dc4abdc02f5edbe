import { describe, expect, it } from 'vitest';
import { oneWordingPerFact } from '../../src/lib/cards/merge';
import type { Card, CardForm, CardKind } from '../../src/lib/cards/types';

function card(kind: CardKind, form: CardForm, front: string, back: string, factKey: string, iso: string, endIso?: string): Card {
	const source = { document: 'prussia.txt', quote: 'In 1862 Bismarck was appointed Minister President of Prussia.', start: 0, end: 60 };
	return {
		id: `${factKey}|${form}`,
		kind,
		form,
		front,
		back,
		source,
		sources: [source],
		conflicts: [],
		people: ['Bismarck'],
		office: kind === 'office' ? 'Minister President of Prussia' : undefined,
		importance: 0.85,
		factKey,
		date: { iso, precision: 'year', calendar: 'gregorian', endIso }
	};
}

describe('one fact worded several ways in one document', () => {
	const tenure = card('office', 'basic', 'When was Bismarck Minister President of Prussia?', '1862–1890', 'mp|tenure', '1862', '1890');
	const who = card('office', 'basic', 'Who became Minister President of Prussia in 1862?', 'Bismarck', 'mp|took|1862', '1862');
	const which = card('office', 'reverse', 'Which post did Bismarck hold from 1862?', 'Minister President of Prussia', 'mp|took|1862', '1862');
	const dated = card('date', 'basic', 'When was Bismarck appointed Minister President?', '1862', 'date|appointed', '1862');

	it('is learnt once: one wording stays (with its reverse), the others go', () => {
		const kept = oneWordingPerFact([tenure, who, which, dated]);
		const keys = new Set(kept.map((c) => c.factKey));
		expect(keys.size).toBe(1);
		expect(kept.every((c) => c.kind === 'office')).toBe(true);
	});

	it('keeps the basic and reverse form of one card fact together', () => {
		expect(oneWordingPerFact([who, which])).toEqual([who, which]);
	});

	it('keeps different dates, different posts and different people apart', () => {
		const later = card('office', 'basic', 'Who became Chancellor of Germany in 1871?', 'Bismarck', 'chancellor|1871', '1871');
		const otherPost = card('office', 'basic', 'Who became Foreign Minister of Prussia in 1862?', 'Bismarck', 'fm|1862', '1862');
		otherPost.office = 'Foreign Minister of Prussia';
		const otherPerson = { ...dated, people: ['Roon'], factKey: 'roon', front: 'When was Roon appointed Minister President?' };
		const kept = oneWordingPerFact([who, later, otherPost, otherPerson]);
		expect(kept).toHaveLength(4);
	});

	it('keeps a range that ends differently apart', () => {
		const second = card('office', 'basic', 'When was Bismarck Minister President of Prussia?', '1862–1873', 'mp|tenure2', '1862', '1873');
		expect(oneWordingPerFact([tenure, second])).toHaveLength(2);
	});
});
