import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/lib/ingest';
import { extractDateFacts } from '../../src/lib/extract/dates';
import { extractFallbackDateFacts } from '../../src/lib/extract/date-fallback';

/** Both date readers on a text, as "question → ISO date" lines. */
function dates(text: string): string[] {
	const doc = ingestDocument('history.txt', text);
	const first = extractDateFacts(doc);
	return [...first, ...extractFallbackDateFacts(doc, first)].map(
		(f) => `${f.question} → ${f.date.start.iso}`
	);
}

describe('dates in prose the corpus never wrote: names the person index does not know', () => {
	it('takes a name written only at the start of sentences as the actor', () => {
		const got = dates(
			'Mazzini founded Young Italy in 1831 while in exile in Marseilles. Garibaldi landed at Marsala in May 1860 with his Thousand.'
		);
		expect(got).toContain('did Mazzini found Young Italy → 1831');
		expect(got).toContain('did Garibaldi land at Marsala with his Thousand → 1860-05');
		expect(dates('Akbar abolished the jizya, the tax on non-Muslims, in 1564.')).toContain(
			'did Akbar abolish the jizya → 1564'
		);
	});

	it('does not take a capitalised common noun that the text also writes in lower case', () => {
		expect(
			dates('Troops landed at Anzio in January 1944. The troops were pinned down on the beaches.')
		).toEqual([]);
	});

	it('takes a legislature and a named armed force as actors', () => {
		expect(dates('Parliament abolished slavery throughout the Empire in 1833.')).toContain(
			'did Parliament abolish slavery throughout the Empire → 1833'
		);
		expect(dates('Congress passed the Pure Food and Drug Act in 1906.')).toContain(
			'did Congress pass the Pure Food and Drug Act → 1906'
		);
		expect(
			dates('Three years later, in 1870, Italian troops entered Rome through the breach at Porta Pia.')
		).toContain('did Italian troops enter Rome through the breach at Porta Pia → 1870');
	});

	it('names the person a kinship word or a title describes, and not a bare title', () => {
		expect(
			dates('His son Humayun lost the throne to Sher Shah Suri in 1540 and spent fifteen years in exile.')
		).toContain('did Humayun lose the throne to Sher Shah Suri → 1540');
		expect(dates('Revolution spread, and the last emperor, Puyi, abdicated on 12 February 1912.')).toContain(
			'did Puyi abdicate → 1912-02-12'
		);
		expect(dates('The Queen died at Osborne on 22 January 1901.')).toEqual([]);
	});

	it('resolves "he" to the name that opened the sentence before, not to a person named earlier', () => {
		const got = dates(
			'Napoleon III promised to help Piedmont in 1858. Garibaldi landed at Marsala in May 1860. On 26 October he met Victor Emmanuel at Teano.'
		);
		expect(got).toContain('did Garibaldi meet Victor Emmanuel at Teano → 1860-10-26');
		expect(got.some((q) => q.startsWith('did Napoleon III meet'))).toBe(false);
	});

	it('resolves "he" in an obituary of a name the index cannot parse to the name the sentences open with', () => {
		const got = dates(
			[
				'Yoshida took over the party in 1946. Yoshida became Prime Minister again in 1948. Yoshida resisted rearmament.',
				'',
				'He resigned on 7 December 1954.'
			].join('\n')
		);
		expect(got).toContain('did Yoshida resign → 1954-12-07');
	});

	it('keeps "he" for the person a later clause did something to', () => {
		const got = dates(
			'Woodrow Wilson was born at Staunton in 1856. He left office on 4 March 1921, when Warren G. Harding succeeded him as President, and he died in Washington on 3 February 1924.'
		);
		expect(got).toContain('did Wilson die → 1924-02-03');
		expect(got.some((q) => q.startsWith('did Harding die'))).toBe(false);
	});
});

describe('dates in prose the corpus never wrote: sentence shapes', () => {
	it('reads the historical present of prose', () => {
		expect(dates('In 1526 Babur defeats Ibrahim Lodi at Panipat.')).toContain(
			'did Babur defeat Ibrahim Lodi at Panipat → 1526'
		);
		expect(dates('Bismarck dismisses the Reichstag in 1887.')).toContain(
			'did Bismarck dismiss the Reichstag → 1887'
		);
	});

	it('reads a cleft sentence: "It was not until 1947 that …"', () => {
		expect(dates('It was not until 1947 that India became independent.')).toContain(
			'did India become independent → 1947'
		);
		expect(dates('It was not until 1920 that women won the vote nationally.')).toContain(
			'did women win the vote nationally → 1920'
		);
	});

	it('dates a clause by the war it happened in, and a named event by its "of" year', () => {
		expect(dates('Prussia defeated Austria in the war of 1866.')).toContain(
			'did Prussia defeat Austria → 1866'
		);
		expect(dates('Italy gained Venetia after the war of 1866.')).toEqual([]);
		expect(dates('The Boxer Rebellion of 1900 ended with the occupation of Beijing.')).toContain(
			'did the Boxer Rebellion take place → 1900'
		);
		expect(dates('Wilson won the presidential election of 5 November 1912.')).toContain(
			'did Wilson win the presidential election → 1912-11-05'
		);
	});

	it('reads a named thing that a relative clause dates', () => {
		expect(dates('Then came the Federal Reserve Act, which Wilson signed on 23 December 1913.')).toContain(
			'did Wilson sign the Federal Reserve Act → 1913-12-23'
		);
		expect(
			dates('Louis XIV ended the toleration of the Edict of Nantes, which he revoked in October 1685.')
		).toContain('did Louis XIV revoke the Edict of Nantes → 1685-10');
		// A lone capitalised word is no named thing: "Paris, which he entered in 1814".
		expect(dates('The allies marched on Paris, which they entered in March 1814.')).toEqual([]);
	});

	it('dates an act named by its noun with a described victim: "the sinking of the liner Lusitania"', () => {
		expect(
			dates('The sinking of the British liner Lusitania by a German submarine on 7 May 1915 shocked America.')
		).toContain('was the British liner Lusitania sunk → 1915-05-07');
	});

	it('gives a prefixed irregular verb its base: "retook" → "retake"', () => {
		expect(dates('Qing armies retook Nanjing in July 1864.')).toContain(
			'did Qing armies retake Nanjing → 1864-07'
		);
	});

	it('does not ask about a noun the passage named before ("the city", "the war")', () => {
		expect(dates('Qing armies finally retook the city in July 1864.')).toEqual([]);
	});
});

describe('dates in notes and obituaries of other history: precision', () => {
	it('does not read a plural noun and its verb as a subjectless line ("Germans occupy …")', () => {
		const got = dates(
			[
				'# Mussolini',
				'',
				'Mussolini was born in 1883.',
				'',
				'- **8 Sept 1943** – armistice announced → Germans occupy N & C Italy',
				'- Aug 1922 – general strike called by socialists → fascists look like defenders of order'
			].join('\n')
		);
		expect(got.some((q) => /occupy|look like/.test(q))).toBe(false);
	});

	it('asks when a pact named on a dated line was signed', () => {
		expect(dates('- 22 May 1939 – Pact of Steel (military alliance with Germany)')).toContain(
			'was the Pact of Steel signed → 1939-05-22'
		);
	});

	it('ends a clause at a full stop the sentence splitter missed', () => {
		const got = dates(
			"The empire was founded by Babur, who was descended from Timur on his father's side and from Genghis Khan on his mother's. Having lost his lands, Babur established himself at Kabul in 1504."
		);
		expect(got).toContain('did Babur establish himself at Kabul → 1504');
		expect(got.some((q) => /descended/.test(q))).toBe(false);
	});

	it('gives "created" the base "create" and a leading intransitive participle no passive', () => {
		expect(
			dates('Yoshida became Prime Minister again. In 1950 Yoshida created the National Police Reserve.')
		).toContain('did Yoshida create the National Police Reserve → 1950');
		expect(dates('Yoshida was a diplomat. Retired in 1939, he belonged to the peace circle.')).toContain(
			'did Yoshida retire → 1939'
		);
	});

	it('takes the name after a date phrase or a title as the antecedent of the next "he"', () => {
		expect(
			dates(
				'Ashida resigned in October 1948. On 15 October 1948 Yoshida became Prime Minister again. He created the National Police Reserve in 1950.'
			)
		).toContain('did Yoshida create the National Police Reserve → 1950');
		expect(
			dates(
				'Akbar died in October 1605. Prince Salim ascended the throne on 3 November 1605 under the name Jahangir. In 1611 he married Mihr-un-Nissa.'
			)
		).toContain('did Salim marry Mihr-un-Nissa → 1611');
	});

	it('does not take a capitalised plural noun opening a chronicle line as an actor', () => {
		const got = dates(
			'1924\n\nJune 4\n\nGreetings to the Baku workers on the occasion of the opening of a new gusher, signed by Stalin, are published.'
		);
		expect(got.some((q) => /Greetings/.test(q))).toBe(false);
	});
});

describe('dates in textbook prose of other history: references and gapped clauses', () => {
	it('names "the Act" or "the treaty" by the name the passage gave it just before', () => {
		const got = dates(
			'It was Disraeli who carried the Second Reform Act. Accepting radical amendments, he ended with household suffrage. The Act received the royal assent on 15 August 1867 and roughly doubled the electorate.'
		);
		expect(got).toContain('did the Second Reform Act receive the royal assent → 1867-08-15');
		expect(
			dates(
				'He secured the Covenant as part of the Treaty of Versailles, but the Senate refused its consent: the treaty was defeated on 19 November 1919.'
			)
		).toContain('was the Treaty of Versailles defeated → 1919-11-19');
		// Without a named act before it, "the Act" stays unasked.
		expect(dates('The Act received the royal assent on 15 August 1867.')).toEqual([]);
	});

	it('repeats the verb a gapped clause leaves out: "and in 1564 the jizya"', () => {
		expect(
			dates(
				'In 1563 Akbar abolished the tax on Hindu pilgrims, and in 1564 the jizya, the poll tax on non-Muslims.'
			)
		).toContain('did Akbar abolish the jizya → 1564');
	});

	it('dates the main verb after a relative clause, and a name the index does not know before "who"', () => {
		const got = dates(
			'Prince Aurangzeb, who had twice served as viceroy of the Deccan, defeated his eldest brother Dara Shikoh at Samugarh on 29 May 1658.'
		);
		expect(got).toContain('did Aurangzeb defeat his eldest brother Dara Shikoh at Samugarh → 1658-05-29');
		expect(got.some((q) => /serve as viceroy/.test(q))).toBe(false);
		expect(
			dates('Yoshida Shigeru, who died at his house at Ōiso on 20 October 1967, shaped post-war Japan.')
		).toContain('did Yoshida Shigeru die → 1967-10-20');
	});

	it('asks about a ruler described before the name by the whole name', () => {
		expect(
			dates(
				'The Persian ruler Nader Shah defeated Muhammad Shah at Karnal on 24 February 1739 and sacked Delhi.'
			)
		).toContain('did Nader Shah defeat Muhammad Shah at Karnal → 1739-02-24');
	});

	it('reads "23 Mar 1919" and a quoted march on a dated notes line', () => {
		expect(dates('- **23 Mar 1919** – Mussolini founds the Fasci di Combattimento, Milan')).toContain(
			'did Mussolini found the Fasci di Combattimento → 1919-03-23'
		);
		expect(dates('- **27–28 Oct 1922 — "March on Rome"**: c. 30,000 blackshirts converge on Rome')).toContain(
			'did the March on Rome take place → 1922-10-27'
		);
	});
});

describe('dates in clauses of several verbs and leading phrases without their comma', () => {
	it('gives the date to the last of coordinated verbs, keeping the passive', () => {
		expect(
			dates(
				'Mameli, a follower of Mazzini, was wounded defending the Roman Republic and died of gangrene on 6 July 1849, aged twenty-one.'
			)
		).toEqual(['did Mameli die → 1849-07-06']);
		expect(
			dates(
				'Cranmer outlived the king. Under Mary he was deprived, tried for heresy and burned at Oxford on 21 March 1556.'
			)
		).toContain('was Cranmer burned at Oxford → 1556-03-21');
	});

	it('reads a leading phrase without its comma, and leaves its bracketed date to the noun before it', () => {
		const got = dates(
			'After the Battle of Buxar (1764) the emperor Shah Alam II granted the East India Company the diwani of Bengal on 12 August 1765.'
		);
		expect(got).toContain('did Shah Alam II grant the East India Company the diwani of Bengal → 1765-08-12');
		expect(got).toContain('was the Battle of Buxar fought → 1764');
		expect(got.some((q) => q.endsWith('→ 1764') && /grant/.test(q))).toBe(false);
		expect(
			dates(
				'Because of the unrest in Berlin the Assembly met in the National Theatre at Weimar on 6 February 1919.'
			)
		).toEqual([]);
	});

	it('takes the sentence\'s own subject as "he" of its later clause', () => {
		expect(
			dates(
				'Shah Alam II was blinded in 1788. The last emperor, Bahadur Shah II (Zafar), who reigned from 1837, was proclaimed leader by the rebels; after the fall of Delhi he was exiled to Rangoon, where he died on 7 November 1862.'
			)
		).toContain('did Bahadur Shah II die → 1862-11-07');
	});

	it('does not read "The Act" before a capitalised word as a reference to an earlier act', () => {
		const got = dates(
			'The Act of Annates was passed in 1532. The Act Extinguishing the Authority of the Bishop of Rome tidied up what remained in 1536.'
		);
		expect(got.some((q) => /Annates Extinguishing/.test(q))).toBe(false);
	});
});

describe('dates of works, unnamed treaties, lower-case events and "him"', () => {
	it('dates a work in brackets after its author or "his"', () => {
		expect(dates('Burke set out his case in his Reflections on the Revolution in France (1790).')).toContain(
			"was Burke's Reflections on the Revolution in France published → 1790"
		);
		expect(dates("Mill's On Liberty (1859) defended the freedom of the individual.")).toContain(
			"was Mill's On Liberty published → 1859"
		);
		// A reign or a war in brackets is no work.
		expect(
			dates('Victoria was admired. Her reign (1837) began quietly.').some((q) => /published/.test(q))
		).toBe(false);
	});

	it('names an unnamed treaty by what the sentence says it did', () => {
		expect(dates('The treaty, signed at Nanking in August 1842, ceded Hong Kong to Britain.')).toContain(
			'was the treaty that ceded Hong Kong to Britain signed at Nanking → 1842-08'
		);
	});

	it('dates a battle written in lower case before its bracketed year', () => {
		expect(dates('After the battle of Panipat (1526) Babur founded the Mughal Empire.')).toContain(
			'was the battle of Panipat fought → 1526'
		);
	});

	it('takes an upheaval named by its common noun as the actor', () => {
		expect(dates('In the spring of 1848 revolution spread from Paris to Vienna and Berlin.')).toContain(
			'did revolution spread from Paris to Vienna and Berlin → 1848'
		);
	});

	it('names the person "him" stands for after a verb of appointing', () => {
		expect(
			dates(
				'Churchill entered Parliament in 1900. In October 1911 Asquith appointed him First Lord of the Admiralty.'
			)
		).toContain('did Asquith appoint Churchill First Lord of the Admiralty → 1911-10');
	});

	it('reads a dated notes line naming an event before its gloss, and a document without its article', () => {
		expect(dates('- 1868 – Meiji Restoration: imperial rule restored in Japan')).toContain(
			'did the Meiji Restoration take place → 1868'
		);
		expect(dates('- **3 Nov. 1839** – **Edict of Gülhane** read out by Reşid Pasha')).toContain(
			'was the Edict of Gülhane read out by Reşid Pasha → 1839-11-03'
		);
	});
});

describe("a participle after the subject's comma", () => {
	it('reads "The October Manifesto (…), drafted on Witte\'s advice" as a passive', () => {
		const got = dates(
			'October 17 (30), 1905 — The October Manifesto ("On the Order of the State"), drafted on Witte\'s advice: civil liberties were granted.'
		);
		expect(got.some((q) => q.startsWith("was the October Manifesto drafted on Witte's advice"))).toBe(true);
		expect(got.some((q) => q.startsWith('did the October Manifesto draft'))).toBe(false);
	});
});

describe('dated timeline lines of other history', () => {
	it('gives a named act, congress or party on a timeline its article', () => {
		const got = dates(
			[
				'## Timeline of British India',
				'',
				'1858 – Government of India Act transfers power from the East India Company to the Crown.',
				'1885 – Indian National Congress founded in Bombay.'
			].join('\n')
		);
		expect(got).toContain(
			'did the Government of India Act transfer power from the East India Company to the Crown → 1858'
		);
		expect(got).toContain('was the Indian National Congress founded in Bombay → 1885');
	});

	it('reads a place name before a lower-case event noun as the event', () => {
		expect(dates('- 1919 – Amritsar massacre: troops fire on a crowd at Jallianwala Bagh.')).toContain(
			'did the Amritsar massacre take place → 1919'
		);
	});
});

describe('dates in tables, biographies in the present tense and deadlines', () => {
	it('reads a markdown table of years and events', () => {
		const got = dates(
			[
				'| Year | Event |',
				'|------|-------|',
				'| 1825 | Decembrist revolt in St Petersburg |',
				'| 1881 | Assassination of Alexander II |'
			].join('\n')
		);
		expect(got).toContain('did the Decembrist revolt in St Petersburg take place → 1825');
		expect(got).toContain('was Alexander II assassinated → 1881');
	});

	it('asks when a war broke out, not when its outbreak was', () => {
		expect(dates('1853: Outbreak of the Crimean War.')).toContain('did the Crimean War break out → 1853');
	});

	it('reads the historical present after a leading participle phrase, and a group named by its body', () => {
		const got = dates(
			"Alexander II was a reformer. Born in Moscow in 1818, Alexander II succeeds his father in March 1855. On 1 March 1881, members of the People's Will kill him with a bomb in St Petersburg."
		);
		expect(got).toContain('was Alexander II born → 1818');
		expect(got).toContain('did Alexander II succeed his father → 1855-03');
		expect(got).toContain(
			"did members of the People's Will kill Alexander II with a bomb in St Petersburg → 1881-03-01"
		);
	});

	it('does not date an event by the year it had happened by', () => {
		expect(dates('By 1900 Japan had become an industrial power.')).toEqual([]);
	});

	it('asks when an uprising began, with nothing after the verb', () => {
		expect(dates('The November Uprising in Poland began on 29 November 1830.')).toContain(
			'did the November Uprising in Poland begin → 1830-11-29'
		);
	});

	it('does not read a participle aside before a main verb as the event', () => {
		expect(
			dates("Wilson's plan, approved by the Senate committee, was effectively abandoned in March 1920.").some(
				(q) => /approved/.test(q)
			)
		).toBe(false);
	});
});

describe('"he" and "his" when another person was named in between', () => {
	it('does not keep "he" for a name that opened a sentence before a sentence about someone else', () => {
		const got = dates(
			[
				'William Ewart Gladstone led the Liberals. Gladstone retired from the leadership in 1875, and Lord Hartington succeeded him as leader.',
				'But the Bulgarian atrocities of 1876 drew Gladstone back. In December 1879 he attacked Disraeli in speeches to vast crowds.'
			].join(' ')
		);
		expect(got.some((q) => q.startsWith('did Hartington attack'))).toBe(false);
	});

	it('does not give "his death" to the antecedent when the clause names another person', () => {
		const got = dates(
			"Prince Salim ascended the throne in 1605. In 1611 he married Mihr-un-Nissa; her father Mirza Ghiyas Beg served as Jahangir's chief minister until his death in 1622."
		);
		expect(got.some((q) => /die → 1622/.test(q))).toBe(false);
	});

	it('gives a named war on a timeline its article', () => {
		expect(dates('- 1853 – Crimean War begins')).toContain('did the Crimean War begin → 1853');
	});
});
