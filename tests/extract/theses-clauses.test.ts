import { describe, expect, it } from 'vitest';
import { extractTheses } from '../../src/lib/extract/theses';
import { fixtureDocument } from '../cards/fixture-document';

const works = { author: 'Stalin', work: 'The Foundations of Leninism', year: 1924 };

describe('claims behind hedges, openers and colons', () => {
	it('reads the definition after "To be more exact,"', () => {
		const text =
			'To be more exact, Leninism is the theory and tactics of the proletarian revolution in general, the theory and tactics of the dictatorship of the proletariat in particular.';
		const theses = extractTheses(fixtureDocument('works.txt', text, works, 'The Foundations of Leninism'));
		expect(theses.find((t) => t.topic === 'Leninism')?.predicate).toMatch(
			/^the theory and tactics of the proletarian revolution/
		);
	});

	it('finds the judgement after the colon of a long sentence (Lenin, Political Testament)', () => {
		const text =
			'Speaking of the young C.C. members, I wish to say a few words about Bukharin and Pyatakov. They are, in my opinion, the most outstanding figures (among the younger ones), and the following must be borne in mind about them: Bukharin is not only a most valuable and major theorist of the Party; he is also rightly considered the favorite of the whole Party, but his theoretical views can be classified as fully Marxist only with the great reserve, for there is something scholastic about him (he has never made a study of dialectics, and, I think, never fully appreciated it).';
		const theses = extractTheses(
			fixtureDocument('notes.txt', text, { author: 'Lenin', work: 'Political Testament', year: 1922 })
		);
		const bukharin = theses.find((t) => t.topic === 'Bukharin');
		// Both halves of the two-sided judgement: the praise and the reservation.
		expect(bukharin?.claim).toBe(
			'Bukharin is a most valuable and major theorist of the Party, but his theoretical views can be classified as fully Marxist only with the great reserve'
		);
		expect(bukharin?.author).toBe('Lenin');
	});

	it('keeps the first of parallel restatements in a long definition', () => {
		const text =
			'Tactics are the determination of the line of conduct of the proletariat in the comparatively short period of the flow or ebb of the movement, of the rise or decline of the revolution.';
		const theses = extractTheses(fixtureDocument('works.txt', text, works, 'The Foundations of Leninism'));
		expect(theses.find((t) => /tactics/i.test(t.topic))?.predicate).toBe(
			'the determination of the line of conduct of the proletariat in the comparatively short period of the flow or ebb of the movement'
		);
	});

	it('reads the claim after an ellipsis where the source shortened a quotation (Kalinin)', () => {
		const text =
			'The national question is purely a peasant question...the best way to eliminate nationality is a massive factory with thousands of workers...';
		const theses = extractTheses(fixtureDocument('k.txt', text, { author: 'Kalinin' }));
		expect(theses.find((t) => t.topic === 'the best way to eliminate nationality')?.predicate).toBe(
			'a massive factory with thousands of workers'
		);
	});
});

describe('a heading that is a name and a date', () => {
	it('makes the section that person’s words, without taking the heading’s year', () => {
		const text =
			'Tsaritsyn was defended. The best way to eliminate nationality is a massive factory with thousands of workers.';
		const doc = fixtureDocument('k.txt', text, {}, 'Kalinin December 1943');
		const thesis = extractTheses(doc).find((t) => /best way/.test(t.topic));
		expect(thesis?.author).toBe('Kalinin');
		expect(thesis?.year).toBeUndefined();
	});
	it('gives no author to a heading that is only a date', () => {
		const doc = fixtureDocument(
			'k.txt',
			'The best way to eliminate nationality is a massive factory.',
			{},
			'December 1943'
		);
		expect(extractTheses(doc)).toEqual([]);
	});
});

describe('judgements of what a person has (Lenin, Political Testament)', () => {
	const testament = { author: 'Lenin', work: 'Political Testament', year: 1922 };
	it('reads past an apposition after the name and stops before the author’s own clause', () => {
		const text =
			'Comrade Stalin, having become Secretary-General, has unlimited authority concentrated in his hands, and I am not sure whether he will always be capable of using that authority with sufficient caution.';
		const thesis = extractTheses(fixtureDocument('notes.txt', text, testament)).find(
			(t) => t.topic === 'Stalin' && t.link === 'about'
		);
		expect(thesis?.claim).toBe('Comrade Stalin has unlimited authority concentrated in his hands');
		expect(thesis?.link).toBe('about');
	});
	it('ranks what a person is above what they have', () => {
		const text =
			'Comrade Stalin, having become Secretary-General, has unlimited authority concentrated in his hands. Stalin is too rude.';
		const theses = extractTheses(fixtureDocument('notes.txt', text, testament)).filter(
			(t) => t.topic === 'Stalin'
		);
		expect(theses.map((t) => t.claim)).toEqual([
			'Stalin is too rude',
			'Comrade Stalin has unlimited authority concentrated in his hands'
		]);
	});
	it('does not take a narrated event ("has returned") for a judgement', () => {
		const text = 'Comrade Stalin has returned to Moscow from the front.';
		expect(extractTheses(fixtureDocument('notes.txt', text, testament))).toEqual([]);
	});
});

describe('how one person saw another', () => {
	it('reads "Lenin regarded him as “the wonderful Georgian”" with "him" taken from the line before', () => {
		const text =
			'Stalin had worked closely and loyally with Lenin. Lenin regarded him as “the wonderful Georgian” (but this changed in 1922).';
		const theses = extractTheses(fixtureDocument('notes.txt', text));
		const regard = theses.find((t) => t.verb === 'regard');
		expect(regard).toMatchObject({
			author: 'Lenin',
			topic: 'Stalin',
			predicate: 'as the wonderful Georgian'
		});
	});
	it('makes nothing of a pronoun with no one before it', () => {
		const theses = extractTheses(fixtureDocument('notes.txt', 'Lenin regarded him as a rival.'));
		expect(theses.some((t) => t.verb === 'regard')).toBe(false);
	});
});
