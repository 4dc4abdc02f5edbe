import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/extract';
import type { OfficeFact } from '../../src/lib/extract/types';
import { docFromText } from './people-doc-fixture';

/** Office facts of a text through every extractor, in the fields these tests check. */
const offices = (text: string) =>
	extractFacts(docFromText(text))
		.filter((f): f is OfficeFact => f.kind === 'office')
		.map((f) => ({ person: f.person, office: f.office, how: f.how, start: f.start?.start.iso }));

describe('a post taken as the second deed of the sentence’s subject', () => {
	it('reads "X did something and became P" as X taking P', () => {
		expect(
			offices(
				'In March 1861 Lincoln travelled secretly to Washington and became Commander-in-Chief of the Army.'
			)
		).toContainEqual(
			expect.objectContaining({ person: 'Lincoln', office: 'Commander-in-Chief of the Army', how: 'became' })
		);
	});

	it('reads the deed across ", and became", dated by the date that opens the sentence', () => {
		expect(
			offices(
				'On 9 November 1918 Scheidemann proclaimed the republic from a balcony of the Reichstag, and became Minister President of the Reich.'
			)
		).toContainEqual(
			expect.objectContaining({
				person: 'Scheidemann',
				office: 'Minister President of the Reich',
				how: 'became',
				start: '1918-11-09'
			})
		);
	});

	it('does not give the post to the subject when another person became it', () => {
		const found = offices(
			'In 1861 Seward travelled to Washington and Lincoln became President of the United States.'
		);
		expect(found.filter((f) => f.person === 'Seward')).toEqual([]);
	});
});

describe('a body founded with its first head', () => {
	it('gives "with X as its commandant" the post of the body the sentence founds, from its founding', () => {
		expect(
			offices('The Military Academy at Potsdam was opened in 1811 with Karl von Grolman as its commandant.')
		).toContainEqual(
			expect.objectContaining({
				person: 'Grolman',
				office: 'Commandant of the Military Academy at Potsdam',
				how: 'held',
				start: '1811'
			})
		);
	});

	it('names a holder written family name first by the family name, not the given name', () => {
		const found = offices(
			'The Kanggye Military Academy was opened in 1947 with Choe Yong-gon as its commandant.'
		);
		expect(found).toContainEqual(
			expect.objectContaining({ person: 'Choe', office: 'Commandant of the Kanggye Military Academy' })
		);
		expect(found.filter((f) => f.person === 'Yong-gon')).toEqual([]);
	});
});

describe('a ruler numbered past XVII', () => {
	it('keeps a five-letter regnal number in the holder’s name ("Louis XVIII")', () => {
		expect(offices('In 1814 Louis XVIII succeeded Napoleon as King of France.')).toContainEqual(
			expect.objectContaining({ person: 'Louis XVIII', office: 'King of France', start: '1814' })
		);
	});
});

describe('a successor of the ruler who left in the clause before', () => {
	it('reads "X abdicated …; Y succeeded him as king" with X as the predecessor', () => {
		const found = extractFacts(
			docFromText(
				'Pedro abdicated at Rio de Janeiro on 7 April 1831 and sailed for Europe; Leopold succeeded him as regent of the Empire.'
			)
		).filter((f): f is OfficeFact => f.kind === 'office');
		expect(found).toContainEqual(expect.objectContaining({ person: 'Leopold', predecessor: 'Pedro' }));
	});
});
