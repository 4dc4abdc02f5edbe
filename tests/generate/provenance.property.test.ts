import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { generateDeck } from '../../src/lib/generate';

/** Pieces of real-looking history prose and the noise the corpus carries, shuffled into documents. */
const fragments = [
	'Lenin died on 21 January 1924.',
	'In April 1922 Stalin was appointed General Secretary of the Central Committee.',
	'Kalinin was born Nov. 7 (19), 1875, in Verkhniaia Troitsa.',
	'Leninism is Marxism of the era of imperialism and of the proletarian revolution.',
	'Trotsky advocated permanent revolution.',
	'J. V. S T A L I N',
	'T h e T h i r t e e n t h C o n g r e s s',
	'revolu-\ntion',
	'FROM MARX\nTO\nMAO',
	'**Politburo**',
	'the Bolshevik...',
	'https://example.org/page.html',
	'!(@$',
	'\u00a0',
	'\n\n',
	'- ',
	'“',
	'(',
	'1922–1929'
];

describe('generated cards on arbitrary noisy documents', () => {
	it('always quote the original exactly and never throw', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 30 }),
				fc.string(),
				(parts, noise) => {
					const text = parts.join(' ') + noise;
					const deck = generateDeck('noisy.txt', text);
					for (const card of deck.cards) {
						for (const source of card.sources) {
							expect(text.slice(source.start, source.end)).toBe(source.quote);
						}
					}
				}
			),
			{ numRuns: 60 }
		);
	});
});
