import { describe, expect, it } from 'vitest';
import { officeSummaries } from './people-doc-fixture';

const facts = officeSummaries;

describe('removals and forced resignations', () => {
	it('reads a forced resignation as one, whoever forced it', () => {
		expect(
			facts(
				'The young Kaiser disliked him. In 1890 he forced Bismarck to step down from his post as Chancellor.'
			)
		).toEqual([
			expect.objectContaining({
				person: 'Bismarck',
				office: 'Chancellor',
				how: 'resigned',
				end: '1890',
				forced: true
			})
		]);
		expect(
			facts('They more or less forced Trotsky to step down from his position as Commissar of War.')
		).toEqual([expect.objectContaining({ person: 'Trotsky', office: 'Commissar of War', forced: true })]);
	});

	it('reads the person removed as the object of an active verb', () => {
		expect(facts('In 1781 Louis XVI dismissed Necker as Director-General of Finance.')).toEqual([
			expect.objectContaining({
				person: 'Necker',
				office: 'Director-General of Finance',
				how: 'removed',
				end: '1781'
			})
		]);
		// A notes line whose subject is the line above: "They;" / "Removed … from his position as …".
		expect(
			facts('The Politburo met. Removed Zinoviev from his position as the President of COMINTERN')
		).toEqual([
			expect.objectContaining({ person: 'Zinoviev', office: 'President of COMINTERN', how: 'removed' })
		]);
	});

	it('reads "lost his post as" and "was removed from his position as"', () => {
		expect(facts('In July 1789 Necker lost his post as Director-General of Finance.')).toEqual([
			expect.objectContaining({ person: 'Necker', how: 'removed', end: '1789-07' })
		]);
		expect(facts('In 1862 Cameron was removed from his post as Secretary of War.')).toEqual([
			expect.objectContaining({ person: 'Cameron', office: 'Secretary of War', how: 'removed', end: '1862' })
		]);
	});
});

describe('replacements and handovers', () => {
	it('takes "him" in "X replaced him as …" for the person the sentence named before, not X', () => {
		expect(
			facts(
				'Truman was vice-president. When Franklin Roosevelt died in April 1945, Truman replaced him as President of the United States.'
			)
		).toEqual([
			expect.objectContaining({
				person: 'Truman',
				office: 'President of the United States',
				how: 'replaced',
				start: '1945-04',
				predecessor: 'Roosevelt'
			})
		]);
	});

	it('reads a charge handed over to a successor, and the forced loss of it', () => {
		expect(
			facts('In early 1926 Zinoviev was forced to hand over the leadership of the Leningrad Party to Kirov.')
		).toEqual([
			expect.objectContaining({
				person: 'Kirov',
				office: 'Leader of the Leningrad Party',
				how: 'succeeded',
				start: '1926',
				predecessor: 'Zinoviev'
			}),
			expect.objectContaining({ person: 'Zinoviev', how: 'removed', end: '1926', forced: true })
		]);
		expect(
			facts(
				'In April 1955 Winston Churchill handed over the leadership of the Conservative Party to Anthony Eden.'
			)
		).toEqual([
			expect.objectContaining({
				person: 'Eden',
				office: 'Leader of the Conservative Party',
				start: '1955-04',
				predecessor: 'Churchill'
			})
		]);
	});

	it('reads a charge taken over from a predecessor', () => {
		expect(
			facts(
				'In October 1940 Churchill took over the leadership of the Conservative Party from Neville Chamberlain.'
			)
		).toEqual([
			expect.objectContaining({
				person: 'Churchill',
				office: 'Leader of the Conservative Party',
				how: 'succeeded',
				start: '1940-10',
				predecessor: 'Chamberlain'
			})
		]);
	});
});
