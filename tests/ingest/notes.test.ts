import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/lib/ingest';
import { legendAbbreviations, splitAtArrows, widenOverEmphasis } from '../../src/lib/ingest/notes';

const texts = (md: string) => ingestDocument('notes.md', md).sentences.map((s) => s.text);

describe('revision-note bullets cut at arrows', () => {
	it('reads each side of "A → B" as its own statement (Cold War notes)', () => {
		expect(texts('## NATO\n\n- FRG joined NATO 9 May 1955 → **Warsaw Pact** signed 14 May 1955\n')).toEqual([
			'FRG joined NATO 9 May 1955',
			'Warsaw Pact signed 14 May 1955'
		]);
	});

	it('cuts at ASCII arrows too, in notes on another topic (civil rights)', () => {
		expect(
			texts(
				'- Rosa Parks arrested 1 Dec 1955 -> Montgomery bus boycott began 5 Dec 1955 => Gayle v. Browder\n'
			)
		).toEqual([
			'Rosa Parks arrested 1 Dec 1955',
			'Montgomery bus boycott began 5 Dec 1955',
			'Gayle v. Browder'
		]);
	});

	it('leaves an arrow inside a phrase alone ("fled E→W")', () => {
		expect(splitAtArrows('approx. 2.7m had fled E→W 1949-61', [[0, 33]])).toEqual([[0, 33]]);
	});

	it('keeps every cut sentence pointing at its exact original passage', () => {
		const md = '- Stalin died 5 March 1953 → "collective leadership"\n';
		const doc = ingestDocument('n.md', md);
		expect(doc.sentences.map((s) => md.slice(s.start, s.end))).toEqual([
			'Stalin died 5 March 1953',
			'"collective leadership"'
		]);
	});

	it('does not end a note at the abbreviations students use ("Pres.", "conf.")', () => {
		expect(
			texts(
				'- Kennedy inaugurated as Pres. 20 January 1961\n- Molotov walked out of Paris conf. (July 1947)\n'
			)
		).toEqual([
			'Kennedy inaugurated as Pres. 20 January 1961',
			'Molotov walked out of Paris conf. (July 1947)'
		]);
	});
});

describe('bold names at the edge of a quote', () => {
	it('takes in the opening marker whose partner closes inside the sentence', () => {
		const original = '- **Warsaw Pact** signed 14 May 1955';
		const start = original.indexOf('Warsaw');
		expect(widenOverEmphasis(original, { start, end: original.length })).toEqual({
			start: start - 2,
			end: original.length
		});
	});

	it('closes a bold word the sentence ends on, and leaves plain text alone', () => {
		const original = '- the word **Reconstruction** mattered';
		const end = original.indexOf('**', original.indexOf('Re'));
		const start = original.indexOf('the');
		expect(widenOverEmphasis(original, { start, end })).toEqual({ start, end: end + 2 });
		expect(widenOverEmphasis('- plain words', { start: 2, end: 13 })).toEqual({ start: 2, end: 13 });
	});
});

describe('abbreviation legends at ingest', () => {
	it('reads the one-word shortenings of a legend line', () => {
		expect([
			...legendAbbreviations([
				'Abbrevs: CW = Cold War, USSR/SU = Soviet Union, Emp = Emperor, 1st Sec = First Secretary'
			])
		]).toEqual(['cw', 'ussr', 'su', 'emp']);
	});

	it('does not end a note at an abbreviation its legend defines', () => {
		expect(texts('Key: Emp = Emperor\n\n- Pedro II crowned Emp. 18 July 1841 → regency over\n')).toEqual([
			'Key: Emp = Emperor',
			'Pedro II crowned Emp. 18 July 1841',
			'regency over'
		]);
	});
});
