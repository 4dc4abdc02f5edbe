import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/lib/ingest';
import { extractFacts } from '../../src/lib/extract';
import { abbreviationLegend, expandAbbreviations, extractNoteFacts } from '../../src/lib/extract/notes';
import { cardsForDocument } from '../../src/lib/cards';

/** The kept cards of a notes document, as "front → back". */
function cards(md: string): string[] {
	const doc = ingestDocument('revision-notes.md', md);
	return cardsForDocument(doc, extractFacts(doc)).cards.map((c) => `${c.front} → ${c.back}`);
}

function quotes(md: string): Map<string, string> {
	const doc = ingestDocument('revision-notes.md', md);
	return new Map(cardsForDocument(doc, extractFacts(doc)).cards.map((c) => [c.front, c.source.quote]));
}

describe('abbreviation legends', () => {
	const legend = abbreviationLegend([
		{ text: 'Abbrevs: CW = Cold War, USSR/SU = Soviet Union, FRG = W. Germany, Pres = President' }
	]);

	it('reads "X = Y" pairs of a legend line, split at slashes', () => {
		expect(legend).toContainEqual({ short: 'SU', long: 'Soviet Union' });
		expect(legend).toContainEqual({ short: 'USSR', long: 'Soviet Union' });
		expect(legend).toContainEqual({ short: 'CW', long: 'Cold War' });
	});

	it('reads a typeset key with middle dots, bracketed glosses and symbols', () => {
		const key = abbreviationLegend([
			{
				text: 'Key: PM = Prime Minister (Premier du Conseil) · KW II = Kaiser Wilhelm II · → = led to / consequence'
			}
		]);
		expect(key).toContainEqual({ short: 'PM', long: 'Prime Minister' });
		expect(key).toContainEqual({ short: 'KW II', long: 'Kaiser Wilhelm II' });
		expect(key.some((a) => a.short === '→')).toBe(false);
		const quoted = abbreviationLegend([
			{ text: 'Use with the source booklet. > Key: KW II = Kaiser Wilhelm II · PM = Prime Minister' }
		]);
		expect(quoted).toContainEqual({ short: 'KW II', long: 'Kaiser Wilhelm II' });
	});

	it('does not spell out an acronym by a shortened name ("FRG = W. Germany")', () => {
		expect(legend.some((a) => a.short === 'FRG')).toBe(false);
	});

	it('spells out the legend and the common shortenings on the card face', () => {
		expect(expandAbbreviations('the main cause of the CW', legend)).toBe('the main cause of the Cold War');
		expect(expandAbbreviations('Sec. of State', [])).toBe('Secretary of State');
		expect(expandAbbreviations('1st Sec of the party', [])).toBe('First Secretary of the party');
		expect(expandAbbreviations('Gladstone PM', [])).toBe('Gladstone Prime Minister');
	});
});

describe('telegraphic events in revision notes', () => {
	it('asks an active past without its auxiliary as "did": "When did the FRG join NATO?"', () => {
		const out = cards(
			'Abbrevs: FRG = W. Germany\n\n## NATO\n\n- FRG joined NATO 9 May 1955 → **Warsaw Pact** signed 14 May 1955\n'
		);
		expect(out).toContain('When did the FRG join NATO? → 9 May 1955');
		expect(out).toContain('When was the Warsaw Pact signed? → 14 May 1955');
		expect(out.join('\n')).not.toMatch(/was FRG joined|signed Moscow/);
	});

	it('drops a bare place after a passive and glosses a label: "NATO: North Atlantic Treaty signed in Washington"', () => {
		const out = cards(
			'## 1949\n\n- NATO: North Atlantic Treaty signed in Washington, 4 April 1949\n- **SALT I** signed Moscow 26 May 1972 (Nixon + Brezhnev)\n'
		);
		expect(out).toContain('When was the North Atlantic Treaty (NATO) signed? → 4 April 1949');
		expect(out).toContain('When was SALT I signed? → 26 May 1972');
	});

	it('reads passives of notes on another topic (German unification)', () => {
		const out = cards(
			'## Bismarck\n\n- Danish War began 1 Feb 1864 → Treaty of Vienna signed 30 Oct. 1864\n- Napoleon III captured at Sedan 2 Sept. 1870\n- Wilhelm I proclaimed Kaiser 18 January 1871\n- Bismarck dismissed March 1890\n'
		);
		expect(out).toContain('When did the Danish War begin? → 1 February 1864');
		expect(out).toContain('When was the Treaty of Vienna signed? → 30 October 1864');
		expect(out).toContain('When was Napoleon III captured at Sedan? → 2 September 1870');
		expect(out).toContain('When was Wilhelm I proclaimed Kaiser? → 18 January 1871');
		expect(out).toContain('When was Bismarck dismissed? → March 1890');
	});

	it("takes a person's violent end as a passive and keeps an infinitive after the date (civil rights notes)", () => {
		const out = cards(
			'## 1960s\n\n- MLK assassinated Memphis 4 April 1968\n- Johnson agreed on 2 July 1964 to sign the bill\n'
		);
		expect(out).toContain('When was MLK assassinated? → 4 April 1968');
		expect(out).toContain('When did Johnson agree to sign the bill? → 2 July 1964');
	});

	it('gives a clause after a semicolon the verb of the clause before ("FRG founded …; GDR 7 October 1949")', () => {
		const out = cards('## 1964\n\n- Civil Rights Act signed 2 July 1964; Voting Rights Act 6 August 1965\n');
		expect(out).toContain('When was the Civil Rights Act signed? → 2 July 1964');
		expect(out).toContain('When was the Voting Rights Act signed? → 6 August 1965');
	});

	it('leaves lines with their auxiliary, a pronoun or a verb needing its complement to the prose readers', () => {
		const doc = ingestDocument(
			'n.md',
			'- Trotsky was expelled from Russia (February 1929)\n- He published his writings of 1917\n- Hitler appointed 30 January 1933\n'
		);
		expect(extractNoteFacts(doc)).toEqual([]);
	});
});

describe('named events without a verb', () => {
	it('gives a telegram its sender: "When did George Kennan send the Long Telegram?"', () => {
		const out = cards(
			'## 1946\n\n- **Long Telegram** — George Kennan (US diplomat in Moscow), 22 Feb. 1946\n'
		);
		expect(out).toContain('When did George Kennan send the Long Telegram? → 22 February 1946');
	});

	it('asks a speech, a treaty and a final act by the act their date stands for', () => {
		const out = cards(
			'## Détente\n\n- **Secret Speech** at 20th Party Congress, 25 Feb. 1956\n- **Helsinki Final Act** 1 August 1975 — 35 states\n- **Ems Telegram** — Bismarck, 13 July 1870\n'
		);
		expect(out).toContain(
			'When was the Secret Speech delivered at the 20th Party Congress? → 25 February 1956'
		);
		expect(out).toContain('When was the Helsinki Final Act signed? → 1 August 1975');
		expect(out).toContain('When did Bismarck send the Ems Telegram? → 13 July 1870');
	});

	it('invents no verb for an event whose date says no single act ("March on Washington", "Sputnik")', () => {
		const doc = ingestDocument('n.md', '- **March on Washington** — 28 Aug 1963\n- Sputnik 4 Oct. 1957\n');
		expect(extractNoteFacts(doc)).toEqual([]);
	});

	it('reads "troops into a place" as their moving in', () => {
		expect(cards('## 1957\n\n- Federal troops into Little Rock 24 Sept 1957\n')).toContain(
			'When did the Federal troops move into Little Rock? → 24 September 1957'
		);
	});
});

describe('posts in revision notes', () => {
	const germany =
		'## Germany\n\n- Konrad Adenauer (CDU) elected 1st Chancellor of FRG 15 Sept. 1949 — stayed until 1963\n  - succeeded by Ludwig Erhard (Oct 1963)\n  - then Kiesinger 1966, grand coalition\n  - Willy Brandt (SPD) Chancellor from 21 October 1969\n';

	it('reads an election with its ordinal, party tag and tenure, carded once', () => {
		const out = cards(germany);
		expect(out).toContain('When was Konrad Adenauer Chancellor of the FRG? → 15 September 1949 – 1963');
		// The same election asked a second way is one fact: the deck keeps the wording with the tenure.
		expect(out.filter((c) => c.includes('Adenauer') && c.includes('1949'))).toHaveLength(1);
	});

	it('gives "succeeded by" and "then" under a bullet the post of that bullet, in order', () => {
		const out = cards(germany);
		expect(out).toContain(
			'Who succeeded Konrad Adenauer as Chancellor of the FRG in October 1963? → Ludwig Erhard'
		);
		expect(out).toContain('Who succeeded Ludwig Erhard as Chancellor of the FRG in 1966? → Kiesinger');
		expect(out).toContain('Who became Chancellor of the FRG on 21 October 1969? → Willy Brandt');
	});

	it('quotes from the bullet that names the post', () => {
		const quote =
			quotes(germany).get('Who succeeded Konrad Adenauer as Chancellor of the FRG in October 1963?') ?? '';
		expect(quote).toMatch(/^Konrad Adenauer \(CDU\) elected 1st Chancellor of FRG/);
		expect(quote).toMatch(/succeeded by Ludwig Erhard \(Oct 1963\)$/);
	});

	it('does the same for notes on another country (Prussia)', () => {
		const out = cards(
			'## Bismarck\n\n- Bismarck appointed Minister-President of Prussia 23 Sept. 1862\n  - succeeded by Leo von Caprivi (March 1890)\n'
		);
		expect(out).toContain('Who was appointed Minister-President of Prussia on 23 September 1862? → Bismarck');
		expect(out).toContain(
			'Who succeeded Bismarck as Minister-President of Prussia in March 1890? → Leo von Caprivi'
		);
	});

	it('reads a post and its term in brackets: "Bismarck (Chancellor of the German Empire 1871–1890)"', () => {
		const out = cards('## Empire\n\n- Bismarck (Chancellor of the German Empire 1871–1890)\n');
		expect(out).toContain('When was Bismarck Chancellor of the German Empire? → 1871–1890');
	});

	it('asks a bare "Pres." by its date, and "same day" after an arrow by the date before it', () => {
		const out = cards(
			'Abbrevs: Pres = President\n\n## 1963\n\n- Truman became Pres. on 12 April 1945\n- Eisenhower (Pres. Jan 1953–Jan 1961)\n- JFK assassinated Dallas 22 Nov. 1963 → LBJ sworn in as Pres. same day\n'
		);
		expect(out).toContain('When did Truman become President? → 12 April 1945');
		expect(out).toContain('When was Eisenhower President? → January 1953 – January 1961');
		expect(out).toContain('When was LBJ sworn in as President? → 22 November 1963');
	});

	it('reads "X made First Secretary of the party, Sept 1953"', () => {
		expect(cards('## USSR\n\n- Khrushchev made **First Secretary** of CPSU, Sept 1953\n')).toContain(
			'Who became First Secretary of the CPSU in September 1953? → Khrushchev'
		);
	});
});

describe('a dates table (date first)', () => {
	it('reads the clause after the date as the event (Norman Conquest notes)', () => {
		const out = cards(
			'## Timeline\n\n- 6 Jan 1066 – Harold Godwinson crowned King\n- 25 Sept 1066: Battle of Stamford Bridge\n- 14 Oct 1066 — William defeated Harold at Hastings\n'
		);
		expect(out).toContain('When was Harold Godwinson crowned King? → 6 January 1066');
		expect(out).toContain('When was the Battle of Stamford Bridge fought? → 25 September 1066');
		expect(out).toContain('When did William defeat Harold at Hastings? → 14 October 1066');
	});
});

describe('one reading per note line', () => {
	it('asks nothing of a noun phrase and its date ("U-2 photos of missile sites 14 Oct. 1962")', () => {
		const out = cards(
			'## Cuba\n\n- U-2 photos of missile sites 14 Oct. 1962\n- Confederate guns of Fort Sumter 12 April 1861\n'
		);
		expect(out.filter((c) => /photo|guns/i.test(c))).toEqual([]);
	});

	it('cards a line the prose reader also dates only once', () => {
		const out = cards('## 1953\n\n- Stalin died 5 March 1953\n- FRG joined NATO 9 May 1955\n');
		expect(out.filter((c) => c.startsWith('When did Stalin die?'))).toHaveLength(1);
		expect(out.filter((c) => /NATO\?/.test(c))).toHaveLength(1);
	});
});

describe('what telegraphic notes leave out', () => {
	it('takes the heading of a section as the subject of its bullets, and quotes the heading', () => {
		const md =
			'# Notes\n\nIntro line for the notes.\n\n### Marshall Plan\n- announced by Sec. of State George C. Marshall, Harvard speech, 5 June 1947\n\n### Emancipation Proclamation\n- issued by Lincoln 1 January 1863\n\n### Gettysburg Address\n- speech at Gettysburg 19 Nov 1863\n';
		const out = cards(md);
		expect(out).toContain('When was the Marshall Plan announced? → 5 June 1947');
		expect(out).toContain('When was the Emancipation Proclamation issued? → 1 January 1863');
		expect(out).toContain('When was the Gettysburg Address delivered at Gettysburg? → 19 November 1863');
		expect(quotes(md).get('When was the Marshall Plan announced?')).toMatch(/^Marshall Plan\n- announced by/);
	});

	it('reads a verb and its date in brackets after a name', () => {
		const out = cards(
			'## 1961\n\n- **Berlin Wall** — night of 12/13 August 1961 (started 13 Aug 1961)\n- **Panama Canal** — Goethals (opened 15 Aug 1914)\n'
		);
		expect(out).toContain('When did the Berlin Wall start? → 13 August 1961');
		expect(out).toContain('When was the Panama Canal opened? → 15 August 1914');
	});

	it('puts back the article a question needs, and no other', () => {
		const out = cards(
			'## War\n\n- USSR tested atomic bomb 29 Aug 1949\n- Britain declared war 4 Aug 1914\n- Molotov walked out of Paris conf. (July 1947)\n'
		);
		expect(out).toContain('When did the USSR test an atomic bomb? → 29 August 1949');
		expect(out).toContain('When did Britain declare war? → 4 August 1914');
		expect(out).toContain('When did Molotov walk out of the Paris conference? → July 1947');
	});

	it('quotes the clause whose date "same day" refers to', () => {
		const md =
			'## 1865\n\n- Lincoln assassinated 14 April 1865 -> Andrew Johnson sworn in as Pres. same day\n';
		expect(quotes(md).get('When was Andrew Johnson sworn in as President?')).toBe(
			'Lincoln assassinated 14 April 1865 -> Andrew Johnson sworn in as Pres. same day'
		);
	});
});

describe('Meiji Japan notes (a third topic)', () => {
	const meiji =
		'# Meiji Japan — revision notes\n\nAbbrevs: Emp = Emperor, PM = Prime Minister\n\n## Restoration\n\n- Perry arrived Edo Bay 8 July 1853 → Treaty of Kanagawa signed 31 March 1854\n- Mutsuhito became Emp. 3 Feb 1867\n- Constitution promulgated 11 Feb 1889\n- Japan defeated China 1895; Russia 1905\n';

	it('gives a bare place after a verb of motion its preposition', () => {
		expect(cards(meiji)).toContain('When did Perry arrive at Edo Bay? → 8 July 1853');
	});

	it('does not end the line at an abbreviation the legend defines ("Emp.")', () => {
		expect(cards(meiji)).toContain('Who became Emperor on 3 February 1867? → Mutsuhito');
	});

	it('reads a named thing and a bare participle as a passive', () => {
		expect(cards(meiji)).toContain('When was the Constitution promulgated? → 11 February 1889');
	});

	it('takes a gapped name after an active verb as its new object', () => {
		const out = cards(meiji);
		expect(out).toContain('When did Japan defeat China? → 1895');
		expect(out).toContain('When did Japan defeat Russia? → 1905');
	});
});
