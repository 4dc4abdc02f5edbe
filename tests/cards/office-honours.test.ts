import { describe, expect, it } from 'vitest';
import { officeCards, specificOffice, temporaryHonour } from '../../src/lib/cards/templates';
import type { OfficeFact } from '../../src/lib/extract/types';
import { fixtureDocument } from './fixture-document';

// Stalin, Works vol. 6, biographical chronicle (1924).
const text = 'June 17 J. V. Stalin is elected to the presidium of the Fifth Congress of the Comintern.';
const doc = fixtureDocument('works.txt', text, { author: 'Stalin', year: 1924 });
const june17 = {
	start: { iso: '1924-06-17', precision: 'day' as const, calendar: 'gregorian' as const },
	written: 'June 17',
	span: { start: 0, end: 7 }
};

describe('office cards say what the text says about a post', () => {
	it('ask which post a person was elected to that day, not which post they "held from" it', () => {
		const fact: OfficeFact = {
			kind: 'office',
			sentence: doc.sentences[0],
			importance: 0.6,
			person: 'Stalin',
			office: 'Member of the Presidium',
			organisation: 'Fifth Congress of the Comintern',
			how: 'elected',
			start: june17
		};
		const fronts = officeCards(fact, { doc }).map((c) => c.front);
		expect(fronts).toContain('Which post was Stalin elected to on 17 June 1924?');
		expect(fronts.some((f) => /hold from/.test(f))).toBe(false);
	});

	it('make no "held from" card for a seat on a congress presidium', () => {
		const fact: OfficeFact = {
			kind: 'office',
			sentence: doc.sentences[0],
			importance: 0.6,
			person: 'Stalin',
			office: 'Member of the Presidium',
			organisation: 'Fifth Congress of the Comintern',
			how: 'became',
			start: june17
		};
		expect(officeCards(fact, { doc }).filter((c) => c.form === 'reverse')).toEqual([]);
	});

	it.each([
		['Member of the Presidium of the Second Congress of Soviets', true],
		['Chairman of the Polish commission of the Fifth Congress of the Comintern', true],
		['Delegate to the Tenth Party Congress', true],
		['General Secretary of the Central Committee', false],
		['Chairman of the Presidium of the Supreme Soviet', false]
	])('%s is a temporary honour: %s', (title, expected) => {
		expect(temporaryHonour(title)).toBe(expected);
	});

	it('a bare "Member of the Executive Committee" names no body a student could tell apart', () => {
		expect(specificOffice('Member of the Executive Committee')).toBe(false);
		expect(specificOffice('Member of the Executive Committee of the Comintern')).toBe(true);
		expect(specificOffice('Secretary of State')).toBe(true);
		expect(specificOffice('Secretary of the Commission')).toBe(false);
	});
});
