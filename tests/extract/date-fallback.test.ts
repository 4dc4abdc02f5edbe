import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/lib/ingest';
import { extractFallbackDateFacts } from '../../src/lib/extract/date-fallback';
import { extractDateFacts } from '../../src/lib/extract/dates';
import type { DateFact } from '../../src/lib/extract/types';

/** The fallback's reading of a text, as "question → ISO date" lines (as if no extractor had taken a date). */
function fallback(text: string): string[] {
	const doc = ingestDocument('history.txt', text);
	return extractFallbackDateFacts(doc, []).map((f) => `${f.question} → ${f.date.start.iso}`);
}

function facts(text: string): DateFact[] {
	const doc = ingestDocument('history.txt', text);
	return extractFallbackDateFacts(doc, []);
}

describe('date fallback: the clause that governs the date', () => {
	it('still reads a dated line whose date a following sentence inherited', () => {
		const doc = ingestDocument(
			'notes.md',
			'- **22 January 1905** – Bloody Sunday Massacre: troops kill marchers in St Petersburg. Father Gapon flees abroad.\n'
		);
		const found = extractDateFacts(doc);
		const questions = extractFallbackDateFacts(doc, found).map((f) => `${f.question} → ${f.date.start.iso}`);
		expect([...found.map((f) => `${f.question} → ${f.date.start.iso}`), ...questions]).toContain(
			'did the Bloody Sunday Massacre take place → 1905-01-22'
		);
	});

	it('reads the clause after a colon, and a subject described before its name by that name', () => {
		expect(
			fallback(
				'A bargain was struck: the child emperor Puyi abdicated on 12 February 1912, and Sun resigned in his favour.'
			)
		).toContain('did Puyi abdicate → 1912-02-12');
		expect(
			fallback('The war ended badly: the old general Kutuzov retreated beyond Moscow on 14 September 1812.')
		).toContain('did Kutuzov retreat beyond Moscow → 1812-09-14');
	});

	it('drops the words wrapping a date and the adjuncts after it', () => {
		expect(
			fallback(
				'Henry VIII died at Whitehall in the early hours of 28 January 1547, with Cranmer at his side, and was succeeded by his nine-year-old son as Edward VI.'
			)
		).toContain('did Henry VIII die → 1547-01-28');
		expect(
			fallback(
				'Louis XIV died at Versailles on the morning of 1 September 1715, surrounded by his courtiers, and was succeeded by his great-grandson.'
			)
		).toContain('did Louis XIV die → 1715-09-01');
	});

	it('asks a passive about a common event noun with a named complement', () => {
		expect(
			fallback(
				'Elections to the Frankfurt Parliament were held in May 1848, the first in the German states with a broad franchise.'
			)
		).toContain('were elections to the Frankfurt Parliament held → 1848-05');
	});

	it('resolves "it" to the treaty the clause before names, and quotes from where the name is', () => {
		const text =
			'The Treaty of Prague ended the war between Prussia and Austria. Vienna hesitated, but the emperor accepted the treaty; it was signed on 23 August 1866.';
		expect(fallback(text)).toContain('was the Treaty of Prague signed → 1866-08-23');
		const fact = facts(text).find((f) => /Prague/.test(f.question))!;
		expect(fact.passage?.start).toBe(0);
	});

	it('leaves "it" alone when no named thing of that kind comes before', () => {
		expect(fallback('The garrison held the fort for months; it was abandoned on 3 March 1862.')).toEqual([]);
	});
});

describe('date fallback: participle asides', () => {
	it('dates what the participle says was done to the named act or treaty', () => {
		expect(
			fallback(
				'The Act of Supremacy, passed in November 1534, declared that the king was the only supreme head in earth of the Church of England.'
			)
		).toContain('was the Act of Supremacy passed → 1534-11');
		expect(
			fallback(
				'The Emancipation Proclamation, issued on 1 January 1863, declared the slaves in the rebel states free.'
			)
		).toContain('was the Emancipation Proclamation issued → 1863-01-01');
	});

	it('takes the last participle of a coordinated aside for the second date', () => {
		const got = fallback(
			'In the Locarno Treaties, initialled on 16 October 1925 and signed in London on 1 December 1925, Germany accepted its western frontiers.'
		);
		expect(got).toContain('were the Locarno Treaties signed in London → 1925-12-01');
		expect(got).toContain('were the Locarno Treaties initialled → 1925-10-16');
	});

	it('dates a birth in an aside after a person, set off by commas or dashes', () => {
		expect(
			fallback(
				'Mazzini, born in Genoa on 22 June 1805, had been arrested in 1830 as a member of the Carbonari and chose exile.'
			)
		).toContain('was Mazzini born → 1805-06-22');
		expect(
			fallback('Camillo Cavour — born in Turin on 10 August 1810 — led Piedmont into the Crimean War.')
		).toContain('was Cavour born → 1810-08-10');
	});
});

describe('date fallback: named acts and events with their date beside them', () => {
	it('dates a named act or proclamation by the date in brackets after it', () => {
		expect(
			fallback('The Act in Restraint of Appeals (1533), drafted by Thomas Cromwell, forbade appeals to Rome.')
		).toContain('was the Act in Restraint of Appeals passed → 1533');
		expect(fallback('No. 12 Proclamation of the Kingdom of Italy (Turin, 17 March 1861)')).toContain(
			'was the Kingdom of Italy proclaimed → 1861-03-17'
		);
		expect(
			fallback('Parliament then passed the Reform Act (1832), which gave the vote to the urban middle class.')
		).toContain('was the Reform Act passed → 1832');
	});

	it('leaves alone a bracketed date after one of several acts of the same name', () => {
		expect(
			fallback('A second Act for the Dissolution of the Monasteries (1539) confirmed the Crown’s title.')
		).toEqual([]);
	});

	it('reads "the proclamation of X on DATE" as X being proclaimed', () => {
		expect(
			fallback(
				'Defeat brought a revolution, the flight of the Kaiser and the proclamation of the Weimar Republic on 9 November 1918.'
			)
		).toContain('was the Weimar Republic proclaimed → 1918-11-09');
		expect(
			fallback(
				'Paris rejoiced at the coronation of Napoleon on 2 December 1804, or so the official press said.'
			)
		).toContain('was Napoleon crowned → 1804-12-02');
	});
});

describe('date fallback: chronicle entries and date columns', () => {
	it('asks when a named event was fought, signed or took place, keeping both calendars of a dual date', () => {
		const got = facts(
			'June 14 (27), 1905 — Mutiny on the battleship Potemkin (Knyaz Potemkin Tavrichesky) of the Black Sea Fleet, over rotten meat.'
		);
		expect(got.map((f) => f.question)).toEqual(['did the mutiny on the battleship Potemkin take place']);
		expect(got[0].date.start).toMatchObject({ iso: '1905-06-14', calendar: 'julian' });
		expect(got[0].date.start.alt).toEqual({ iso: '1905-06-27', calendar: 'gregorian' });
		expect(
			fallback('18 June 1815 — Battle of Waterloo: Napoleon is defeated by Wellington and Blücher.')
		).toContain('was the Battle of Waterloo fought → 1815-06-18');
	});

	it('reads a date column, year first or day first', () => {
		const text = [
			'Chronology',
			'',
			'  - 11 May 1860            landing at Marsala, in western Sicily',
			'  - 15 May 1860            battle of Calatafimi',
			'',
			'1819 August 7     Victory at Boyacá; Bogotá entered three days later.',
			'1877 September 24 Battle of Shiroyama; Saigō Takamori killed.'
		].join('\n');
		const got = fallback(text);
		expect(got).toContain('did the landing at Marsala take place → 1860-05-11');
		expect(got).toContain('was the battle of Calatafimi fought → 1860-05-15');
		expect(got).toContain('was the victory at Boyacá won → 1819-08-07');
		expect(got).toContain('was the Battle of Shiroyama fought → 1877-09-24');
	});

	it('asks about a day the entry calls by its name', () => {
		expect(
			fallback('January 9 (22), 1905 — "Bloody Sunday". Columns of workers march to the Winter Palace.')
		).toContain('was “Bloody Sunday” → 1905-01-09');
		expect(fallback('30 January 1972 — "Bloody Sunday" in Derry.')).toEqual([]);
	});

	it('reads an entry in the historical present as a past event', () => {
		expect(fallback('1826 June 22      The Congress of Panama opens.')).toContain(
			'did the Congress of Panama open → 1826-06-22'
		);
		expect(fallback('1815 September 26   The Holy Alliance is signed in Paris.')).toContain(
			'was the Holy Alliance signed in Paris → 1815-09-26'
		);
	});

	it('reads revision-note bullets that drop the auxiliary and the article', () => {
		const got = fallback(
			[
				'# Tanzimat',
				'',
				'- **3 Nov. 1839** – **Edict of Gülhane** read out by Mustafa Reşid Pasha',
				'- **18 Feb. 1856** – **Reform Edict** issued under British and French pressure',
				'- 14 Feb. 1878 – Abdülhamid II suspends the parliament'
			].join('\n')
		);
		expect(got).toContain('was the Edict of Gülhane read out by Mustafa Reşid Pasha → 1839-11-03');
		expect(got).toContain('was the Reform Edict issued under British and French pressure → 1856-02-18');
		expect(got).toContain('did Abdülhamid II suspend the parliament → 1878-02-14');
	});

	it('makes nothing of an entry whose noun names no datable event', () => {
		expect(fallback('  - 3 May 1860            departure of the steamers from the harbour')).toEqual([]);
		expect(fallback('  - 12 June 1860           weather fine at Palermo')).toEqual([]);
	});
});

describe('date fallback: what it leaves alone', () => {
	it('skips a date inside a noun phrase, a bound of a state, and what was said', () => {
		expect(
			fallback('He helped organize the strike of August 1900 and was imprisoned in the castle.')
		).toEqual([]);
		expect(
			fallback('Bismarck remained Chancellor until 1890, when the young emperor dismissed him.')
		).toEqual([]);
		expect(
			fallback('In 1947 Malenkov noted at the conference that the party was working on a new programme.')
		).toEqual([]);
	});

	it('adds to the date extractor only what it made nothing of', () => {
		const doc = ingestDocument(
			'history.txt',
			'Henry VIII died at Whitehall in the early hours of 28 January 1547, with Cranmer at his side, and was succeeded by his nine-year-old son as Edward VI. Louis XIV died at Versailles on 1 September 1715.'
		);
		const dated = extractDateFacts(doc);
		const added = extractFallbackDateFacts(doc, dated);
		for (const f of added) expect(dated.some((g) => g.date.span.start === f.date.span.start)).toBe(false);
		expect([...dated, ...added].map((f) => f.question)).toContain('did Henry VIII die');
	});

	it('reads only dates no other extractor took', () => {
		const doc = ingestDocument(
			'history.txt',
			'Henry VIII died at Whitehall in the early hours of 28 January 1547.'
		);
		const first = extractFallbackDateFacts(doc, []);
		expect(first).toHaveLength(1);
		expect(extractFallbackDateFacts(doc, first)).toEqual([]);
	});
});
