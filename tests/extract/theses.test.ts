import { describe, expect, it } from 'vitest';
import { extractTheses } from '../../src/lib/extract/theses';
import { fixtureDocument } from '../cards/fixture-document';

const works = { author: 'Stalin', work: 'The Foundations of Leninism', year: 1924 };

describe('definitions', () => {
	const text = [
		'Some say that Leninism is the application of Marxism to the conditions that are peculiar to the situation in Russia.',
		'Leninism is Marxism of the era of imperialism and of the proletarian revolution.',
		'The foundations of Leninism is a big subject.',
		'This is the essence of the matter.',
		'Trotskyism is the theory of “permanent” (uninterrupted) revolution.',
		'Leninism grew up and took shape under the conditions of imperialism, and Leninism is a theory of the proletarian revolution.'
	].join(' ');
	const theses = extractTheses(fixtureDocument('works.txt', text, works, 'The Foundations of Leninism'));

	it('finds the definition of the work’s key term, attributed to the author, work and year', () => {
		const leninism = theses.find((t) => t.topic === 'Leninism' && t.form === 'definition');
		expect(leninism?.predicate).toBe('Marxism of the era of imperialism and of the proletarian revolution');
		expect(leninism).toMatchObject({ author: 'Stalin', work: 'The Foundations of Leninism', year: 1924 });
	});
	it('ranks the title term’s definition first', () => {
		expect(theses[0].topic).toBe('Leninism');
	});
	it('does not present an opponent’s view as the author’s', () => {
		expect(theses.some((t) => /application of Marxism/.test(t.claim))).toBe(false);
	});
	it('skips judgements and dangling demonstratives', () => {
		expect(theses.some((t) => /big subject/.test(t.claim))).toBe(false);
		expect(theses.some((t) => /^This/.test(t.claim))).toBe(false);
	});
});

describe('positions', () => {
	it('finds a modal position and keeps its predicate as the cloze gap', () => {
		const doc = fixtureDocument(
			'works.txt',
			'The victory of socialism in one country is possible. Questions are asked.',
			works
		);
		const thesis = extractTheses(doc).find((t) => /victory of socialism/.test(t.claim));
		expect(thesis?.form).toBe('position');
		expect(thesis?.predicate).toBe('possible');
	});
	it('ignores questions', () => {
		const doc = fixtureDocument('works.txt', 'What, then, in the last analysis, is Leninism?', works);
		expect(extractTheses(doc)).toEqual([]);
	});
	it('needs an author for a stated position', () => {
		const doc = fixtureDocument('anon.txt', 'Leninism is Marxism of the era of imperialism.');
		expect(extractTheses(doc).filter((t) => t.form !== 'ascribed')).toEqual([]);
	});
});

describe('positions the notes ascribe to others', () => {
	const notes = fixtureDocument(
		'notes.txt',
		[
			'Trotsky advocated permanent revolution.',
			'Bukharin argued that the alliance with the peasants must be preserved.',
			'Major clash: Trotsky’s idea of a “permanent revolution” against Stalin’s idea of “revolution in one country”.',
			'Bukharin approached Trotsky through Kamenev.',
			'He warned that Stalin would become a dictator.',
			'Moscow demanded more grain.'
		].join('\n\n')
	);
	const theses = extractTheses(notes);
	it('attributes each to the person the sentence names', () => {
		expect(theses).toContainEqual(
			expect.objectContaining({ author: 'Trotsky', verb: 'advocate', predicate: 'permanent revolution' })
		);
		expect(theses).toContainEqual(
			expect.objectContaining({
				author: 'Bukharin',
				verb: 'argue',
				predicate: 'the alliance with the peasants must be preserved'
			})
		);
	});
	it('reads "X’s idea of “Y”" as X’s position', () => {
		expect(theses).toContainEqual(
			expect.objectContaining({ author: 'Stalin', predicate: 'revolution in one country' })
		);
	});
	it('resolves "He" to the person named just before', () => {
		const joined = fixtureDocument(
			'notes.txt',
			'Bukharin approached Trotsky through Kamenev. He warned that Stalin would become a dictator.'
		);
		expect(extractTheses(joined)).toContainEqual(
			expect.objectContaining({ author: 'Bukharin', verb: 'warn' })
		);
	});
	it('does not take a place for a person', () => {
		expect(theses.some((t) => t.author === 'Moscow')).toBe(false);
	});
});

describe('reported speech in an encyclopedia article', () => {
	const article = fixtureDocument(
		'bismarck.txt',
		[
			'Bismarck was born on 1 April 1815 in Schonhausen.',
			'In May 1872 he assured the Reichstag: "We will not go to Canossa."',
			'Abroad, Bismarck held that Germany was a satiated power that needed peace.',
			'In 1867 he remarked in a conversation that politics is the art of the possible.'
		].join('\n\n')
	);
	const theses = extractTheses(article);
	it('reads "he assured X: quote" with the addressee and year in the question', () => {
		expect(theses).toContainEqual(
			expect.objectContaining({
				author: 'Bismarck',
				verb: 'assure the Reichstag in 1872',
				predicate: 'We will not go to Canossa'
			})
		);
	});
	it('reads "X held that …" and "he remarked that …" with the clause subject as topic', () => {
		expect(theses).toContainEqual(
			expect.objectContaining({ author: 'Bismarck', topic: 'Germany', verb: 'hold' })
		);
		expect(theses).toContainEqual(expect.objectContaining({ author: 'Bismarck', topic: 'politics' }));
	});
});

describe('quotations', () => {
	it('attribute a quoted paragraph to whoever introduced it with a colon', () => {
		const doc = fixtureDocument(
			'obituary.txt',
			[
				'Stalin was born in 1879 and died in 1953.',
				'At the 17th Congress (January 1934), Stalin made a remark on Marxism:',
				'" Marxism is the scientific expression of the fundamental interests of the working class."'
			].join('\n\n')
		);
		expect(extractTheses(doc)).toContainEqual(
			expect.objectContaining({ author: 'Stalin', year: 1934, topic: 'Marxism', form: 'definition' })
		);
	});
	it('make a short quoted line a "who said it" fact of its speaker', () => {
		const doc = fixtureDocument(
			'collection.txt',
			'" At the stroke of the midnight hour, when the world sleeps, India will awake to life and freedom."',
			{ author: 'Nehru', year: 1947 },
			'Nehru on the Midnight of Freedom'
		);
		expect(extractTheses(doc)).toContainEqual(
			expect.objectContaining({ author: 'Nehru', link: 'said', year: 1947 })
		);
	});
});

describe('judgements of persons in a signed letter', () => {
	const letter = fixtureDocument(
		'testament.txt',
		[
			'These notes were dictated by V. I. Lenin.',
			'Comrade Trotsky, on the other hand, is distinguished by outstanding ability. He is personally perhaps the most capable man in the present C.C.',
			'Stalin is too rude and this defect becomes intolerable in a Secretary-General.',
			'Lenin, 25 December 1922'
		].join('\n\n'),
		{},
		"Lenin's Political Testament (1922)"
	);
	const theses = extractTheses(letter);
	it('are the letter writer’s, about the person named (or called "he" right after)', () => {
		expect(theses).toContainEqual(
			expect.objectContaining({
				author: 'Lenin',
				topic: 'Stalin',
				link: 'about',
				work: 'Political Testament',
				year: 1922
			})
		);
		expect(theses).toContainEqual(
			expect.objectContaining({ author: 'Lenin', topic: 'Trotsky', link: 'about' })
		);
	});
});
