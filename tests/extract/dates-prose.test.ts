import { describe, expect, it } from 'vitest';
import { extractDateFacts, findDateExpressions } from '../../src/lib/extract/dates';
import { docFromText } from './people-doc-fixture';

const facts = (text: string, author?: string) =>
	extractDateFacts(docFromText(text, 'test.txt', author)).map((f) => `${f.question} → ${f.date.start.iso}`);

describe('dates in prose sentences', () => {
	it('gives "In December that year" the year named last in this or the paragraph before', () => {
		const got = facts(
			'In the 1848 revolution Bismarck organised the conservatives of Brandenburg.\n\nIn December that year, at a meeting in Berlin, Bismarck had his first audience with the King.'
		);
		expect(got).toContain('did Bismarck have his first audience with the King → 1848-12');
		// The corpus form.
		expect(
			facts(
				'In the 1905 Revolution Stalin tirelessly advocated armed insurrection.\n\nIn December that year, at the first all-Russian conference held by the Bolsheviks at Tammerfors, in Finland, Stalin had his first meeting with Lenin.'
			)
		).toContain('did Stalin have his first meeting with Lenin → 1905-12');
	});

	it('does not guess the year of "that year" when none was named nearby', () => {
		const got = facts('In December that year, Bismarck had his first audience with the King.');
		expect(got).toEqual([]);
	});

	it('dates a speech named by "his speech of <date>" and says where it was given', () => {
		expect(
			facts(
				'Zinoviev in his speech of 21st July 1926 at the joint plenum of the Central Committee and Central Control Commission had referred to the evaluations by Lenin.'
			)
		).toContain(
			"was Zinoviev's speech at the joint plenum of the Central Committee and Central Control Commission delivered → 1926-07-21"
		);
		expect(
			facts(
				'Abraham Lincoln won the election of 1860. His inaugural address of March 4, 1861, was a plea for the Union.'
			)
		).toContain("was Lincoln's inaugural address delivered → 1861-03-04");
	});

	it('dates a key event named by its noun inside a phrase: "after the death of Lenin in 1924"', () => {
		expect(
			facts(
				'Kalinin was a factional ally of Stalin during the bitter struggle for power after the death of Lenin in 1924.'
			)
		).toContain('did Lenin die → 1924');
		expect(facts('Congress mourned after the assassination of Abraham Lincoln in April 1865.')).toContain(
			'was Lincoln assassinated → 1865-04'
		);
		expect(facts('Krupskaya wrote after the death of Lenin in 1924.')).toContain('did Lenin die → 1924');
		// The complement says what the person was removed from or released from.
		expect(
			facts(
				'The removal of Voznesensky from Gosplan on March 5th 1949 saw the beginning of the nullification of his policies.'
			)
		).toEqual(['was Voznesensky removed from Gosplan → 1949-03-05']);
		expect(
			facts(
				'Crowds gathered for the release of Nelson Mandela from Victor Verster Prison on 11 February 1990 and cheered.'
			)
		).toContain('was Mandela released from Victor Verster Prison → 1990-02-11');
	});

	it('reads an inverted clause "came his first arrest" as the person’s arrest', () => {
		expect(
			facts('Stalin organised a secret printing press in Batum. On April 5, 1902, came his first arrest.')
		).toContain('was Stalin first arrested → 1902-04-05');
	});

	it('dates the event a day written before an event noun names: "the Oct. 16, 1917, session of …"', () => {
		expect(
			facts(
				'Kalinin chaired the raion board of the Lesnovskii Raion, in whose offices was held the Oct. 16, 1917, session of the Central Committee of the RSDLP(B) that adopted the resolution for armed uprising.'
			)
		).toContain(
			'was the session of the Central Committee of the RSDLP(B) that adopted the resolution for armed uprising held → 1917-10-16'
		);
		expect(
			facts(
				'Delegates remembered the June 20, 1789, meeting of the Third Estate in a tennis court at Versailles.'
			)
		).toContain('was the meeting of the Third Estate in a tennis court at Versailles held → 1789-06-20');
		// A year alone does not say which event: "the 1905 revolution of the workers" is no question.
		expect(facts('He wrote about the 1905 revolution of the workers.').join()).not.toMatch(/revolution/);
	});

	it('skips a subordinate clause before the main clause of a dated sentence', () => {
		expect(
			facts(
				'In November 1916, during World War I, while he was again working in a factory in St Petersburg, Kalinin was arrested again.'
			)
		).toContain('was Kalinin arrested → 1916-11');
		expect(
			facts(
				'In May 1862, although he had no majority in the Diet, Bismarck was appointed Minister President.'
			)
		).toContain('was Bismarck appointed Minister President → 1862-05');
	});

	it('dates the founding in ", founded in the fall of 1923", not the main clause', () => {
		const got = facts(
			'Kalinin was president of "Doloi Negramotnosti", founded in the fall of 1923, in which Lenin was active.'
		);
		expect(got).toContain('was "Doloi Negramotnosti" founded → 1923');
		expect(got.join()).not.toMatch(/president/);
		expect(facts('The deputies met in the Smolny Institute, founded in 1764, to plan the rising.')).toEqual([
			'was the Smolny Institute founded → 1764'
		]);
	});
});

describe('dates counted from another and asides that carry their own date', () => {
	it('counts "a year later" and "the following year" from the year just named', () => {
		expect(
			findDateExpressions('annexed in 1945, was renamed a year later.').map((f) => f.value.start.iso)
		).toEqual(['1945', '1946']);
		expect(
			findDateExpressions('captured in July 1789, was demolished the following year').map(
				(f) => f.value.start.iso
			)
		).toEqual(['1789-07', '1790']);
		// Nothing to count from: no date.
		expect(findDateExpressions('He left two years later.')).toEqual([]);
		// "later than" compares, it does not count.
		expect(findDateExpressions('In 1917, two years later than planned, the line opened.')).toHaveLength(1);
	});

	it('dates a participle aside and the main clause separately (corpus and other excerpts)', () => {
		const got = facts(
			'The former East Prussian city of Königsberg, annexed by the Soviet Union in 1945, was renamed Kaliningrad a year later.'
		);
		expect(got).toContain('was Königsberg annexed by the Soviet Union → 1945');
		expect(got).toContain('was Königsberg renamed Kaliningrad → 1946');
		expect(
			facts('The Bastille, captured by the Parisians in July 1789, was demolished the following year.')
		).toEqual(['was the Bastille captured by the Parisians → 1789-07', 'was the Bastille demolished → 1790']);
	});
});

describe('a dated lead-in line over a list', () => {
	it('dates the first items of the list when the lead-in states no event of its own', () => {
		const got = facts(
			'In August 1789 the deputies acted at last:\n- The National Assembly abolished the feudal privileges of the nobility.\n- The National Assembly adopted the Declaration of the Rights of Man.'
		);
		expect(got).toContain(
			'did the National Assembly abolish the feudal privileges of the nobility → 1789-08'
		);
		expect(got).toContain('did the National Assembly adopt the Declaration of the Rights of Man → 1789-08');
		// The corpus form, with a plus for "and".
		expect(
			facts(
				'Leon Trotsky opposed the triumvirate.\n\nIn November 1924 Trotsky finally acted;\n- He published his speeches and writings of 1917 + a new part “Lessons of October”.'
			)
		).toContain(
			'did Trotsky publish his speeches and writings of 1917 and a new part “Lessons of October” → 1924-11'
		);
	});

	it('leaves the list alone when the lead-in is an event itself', () => {
		const got = facts(
			'In 1928 the USSR faced a serious rural crisis despite three good harvests;\n- The peasants held back their grain from the market.'
		);
		expect(got.join()).not.toMatch(/peasants/);
	});
});

describe('an honour listed as a fragment of an encyclopedia entry', () => {
	it('dates "Hero of Socialist Labor (1944)." and "Nobel Peace Prize (1906)." for the person of the entry', () => {
		expect(
			facts(
				'Mikhail Kalinin was a prominent figure in the Communist Party. Hero of Socialist Labor (1944). He joined the Party in 1898.'
			)
		).toContain('was Kalinin made Hero of Socialist Labor → 1944');
		expect(
			facts(
				'Theodore Roosevelt was born in New York City. He led the Rough Riders. Nobel Peace Prize (1906). He died at Oyster Bay.'
			)
		).toContain('was Roosevelt awarded the Nobel Peace Prize → 1906');
		// Not a fragment: a bracketed year inside a sentence stays an annotation.
		expect(facts('He wrote about the Order of Lenin (1930) in his memoirs.').join()).not.toMatch(/awarded/);
	});
});

describe('a person named by a given name', () => {
	it('asks with the full name the text gave last, when kinship marks the name as a given name', () => {
		expect(
			facts(
				'Abraham Lincoln married Mary Todd in 1842. Mary and her husband Abraham moved to Springfield. In 1882, Mary died at Springfield.'
			)
		).toContain('did Mary Todd die → 1882');
		// A surname written alone is no given name: "Stalin Lenin" (a heading) does not rename Stalin.
		expect(
			facts(
				'Stalin Lenin\n\nJoseph Stalin was born in Gori. In 1912, Stalin organised the first issue of Pravda.'
			).join()
		).not.toMatch(/Stalin Lenin/);
	});
});

describe('the minutes of a dated meeting', () => {
	it('dates what the meeting did in the sentences after it, within the paragraph', () => {
		const got = facts(
			"Let us take the minutes of the meeting of the Central Committee, the one held on October 16 (29), 1917. Present: the members of the Central Committee. Lenin's resolution on the uprising was adopted by a majority of 20 against, three abstaining.\n\nLenin's resolution on the railways was adopted by the Council."
		);
		expect(got).toContain("was Lenin's resolution on the uprising adopted by a majority of 20 → 1917-10-16");
		expect(got.join()).not.toMatch(/railways/);
		// "At this very same meeting the Central Committee elected …": the back-reference is no subject.
		expect(
			facts(
				'I take the minutes of the meeting of the Central Committee on October 10 (23), 1917. At this very same meeting the Central Committee elected a political centre to direct the uprising.'
			)
		).toContain('did the Central Committee elect a political centre to direct the uprising → 1917-10-10');
		expect(
			facts(
				'We have the minutes of the session of the Estates-General on 20 June 1789. The deputies of the Third Estate were locked out of their hall.'
			)
		).toContain('were the deputies of the Third Estate locked out of their hall → 1789-06-20');
	});
});

describe('a state that lasted until a date', () => {
	it('asks "until when" for remain, serve, rule …', () => {
		expect(
			facts('Otto von Bismarck remained Chancellor until March 1890, when Wilhelm II dismissed him.')
		).toContain('until when did Bismarck remain Chancellor → 1890-03');
		// An event verb before "until" is no state: no question.
		expect(facts('Otto von Bismarck was born in Schönhausen and stayed until 1832.').join()).not.toMatch(
			/until when/
		);
	});

	it('reads an aside "(it … until 1956)" as about the noun phrase before the bracket (corpus)', () => {
		expect(
			facts(
				"The Central Committee decided to not publish Lenin's Testament (it actually remained a Party secret until 1956!) and Stalin remained the General Secretary."
			)
		).toContain("until when did Lenin's Testament remain a Party secret → 1956");
	});
});

describe('the event of a dated clause, worded for a question', () => {
	it('leaves a date that belongs to one part of an enumeration', () => {
		expect(
			facts(
				'The Origin of Species appeared in two editions, one in November and the other in January 1860.'
			).join()
		).not.toMatch(/1860/);
	});

	it('keeps a list of names as one object and "former" as an adjective', () => {
		const doc = docFromText(
			'Joseph Stalin led the Party. To emphasise his leftist profile Stalin reinstated Kamenev, Zinoviev and about 3000 other former Oppositionists in the Party (June 1928).'
		);
		expect(extractDateFacts(doc).map((f) => f.question)).toContain(
			'did Stalin reinstate Kamenev, Zinoviev and about 3000 other former Oppositionists in the Party'
		);
	});

	it('does not end a question on half a phrase cut before "of"', () => {
		const got = facts(
			'In 1920, Kalinin attended the Second World Congress of the Communist International in Moscow as part of the Russian delegation.'
		);
		expect(got).toContain(
			'did Kalinin attend the Second World Congress of the Communist International in Moscow → 1920'
		);
	});

	it('ranks attending a named congress in prose above routine', () => {
		const f = extractDateFacts(
			docFromText(
				'In 1774, John Adams attended the First Continental Congress of the American colonies at Philadelphia.'
			)
		)[0];
		expect(f?.question).toMatch(/^did (?:John )?Adams attend the First Continental Congress/);
		expect(f?.importance).toBeGreaterThan(0.65);
	});
});
