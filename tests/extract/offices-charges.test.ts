import { describe, expect, it } from 'vitest';
import { officeSummaries } from './people-doc-fixture';

const facts = officeSummaries;

describe('posts named by their charge', () => {
	it('reads a charge assumed or resigned, and who was succeeded by whom', () => {
		expect(facts('On 14 May 1860 at Salemi, Giuseppe Garibaldi assumes the dictatorship of Sicily.')).toEqual(
			[
				expect.objectContaining({
					person: 'Garibaldi',
					office: 'Dictator of Sicily',
					how: 'became',
					start: '1860-05-14'
				})
			]
		);
		expect(
			facts(
				'Simón Bolívar was the Liberator. Bolívar resigned the presidency of Colombia on 20 January 1830 and was succeeded by Joaquín Mosquera.'
			)
		).toEqual([
			expect.objectContaining({
				person: 'Bolívar',
				office: 'President of Colombia',
				how: 'resigned',
				end: '1830-01-20'
			}),
			expect.objectContaining({
				person: 'Mosquera',
				office: 'President of Colombia',
				how: 'succeeded',
				start: '1830-01-20',
				predecessor: 'Bolívar'
			})
		]);
	});

	it('reads "resigned as P … and was succeeded by Y"', () => {
		expect(
			facts(
				'Otto von Bismarck was a statesman. Bismarck resigned as Chancellor of the German Empire in March 1890 and was succeeded by Leo von Caprivi.'
			)
		).toEqual([
			expect.objectContaining({ person: 'Bismarck', how: 'resigned', end: '1890-03' }),
			expect.objectContaining({
				person: 'Caprivi',
				how: 'succeeded',
				start: '1890-03',
				predecessor: 'Bismarck'
			})
		]);
	});

	it('reads "X’s successor as P was Y"', () => {
		expect(
			facts(
				'Wolsey fell in 1529. Wolsey’s successor as Lord Chancellor was Sir Thomas More, who took the Great Seal on 26 October 1529.'
			)
		).toEqual([
			expect.objectContaining({
				person: 'More',
				office: 'Lord Chancellor',
				how: 'succeeded',
				predecessor: 'Wolsey'
			})
		]);
	});
});

describe('memberships and periods', () => {
	it('reads a promotion to full membership of a body', () => {
		expect(
			facts(
				'Mikhail Kalinin was a worker. He was promoted to full membership on the Politburo in January 1926.'
			)
		).toEqual([
			expect.objectContaining({
				person: 'Kalinin',
				office: 'Full Member of the Politburo',
				how: 'became',
				start: '1926-01'
			})
		]);
	});

	it('reads a second post joined to a first election by "and became"', () => {
		expect(
			facts(
				'At the Congress, Kalinin elected into the Central Committee and became candidate of the Politburo on March 23, 1919.'
			)
		).toEqual([
			expect.objectContaining({
				person: 'Kalinin',
				office: 'Candidate Member of the Politburo',
				start: '1919-03-23'
			})
		]);
	});

	it('dates a list of posts by the named period the item gives', () => {
		const text = [
			'Winston Churchill held many posts, which can be listed:',
			'- Minister of Defence, and Prime Minister during the Second World War;'
		].join('\n');
		expect(facts(text)).toEqual([
			expect.objectContaining({
				person: 'Churchill',
				office: 'Minister of Defence',
				during: 'the Second World War'
			}),
			expect.objectContaining({
				person: 'Churchill',
				office: 'Prime Minister',
				during: 'the Second World War'
			})
		]);
	});

	it('takes no vague period ("during the war") for a date', () => {
		expect(facts('Winston Churchill was a statesman. Churchill was Prime Minister during the war.')).toEqual(
			[]
		);
	});
});

describe('a post held while something happened', () => {
	it('reads "being P, he …" dated by the event the sentence names', () => {
		expect(
			facts(
				'Leon Trotsky did not play any special role in the October uprising, nor could he do so; being chairman of the Petrograd Soviet, he merely carried out the will of the Party.'
			)
		).toEqual([
			expect.objectContaining({
				person: 'Trotsky',
				office: 'Chairman of the Petrograd Soviet',
				how: 'held',
				during: 'the October uprising'
			})
		]);
		expect(
			facts('As Prime Minister during the Suez Crisis, Anthony Eden ordered the landing at Port Said.')
		).toEqual([
			expect.objectContaining({ person: 'Eden', office: 'Prime Minister', during: 'the Suez Crisis' })
		]);
	});

	it('takes nothing from "As P, X …" with no date or named event', () => {
		expect(facts('As Dictator, Garibaldi did not govern Sicily in person for long.')).toEqual([]);
	});
});
