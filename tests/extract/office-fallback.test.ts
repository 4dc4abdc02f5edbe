import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/lib/extract';
import { findPostTitles } from '../../src/lib/extract/office-titles';
import { officeCards } from '../../src/lib/cards/templates';
import type { OfficeFact } from '../../src/lib/extract/types';
import { docFromText } from './people-doc-fixture';

const offices = (text: string) =>
	extractFacts(docFromText(text))
		.filter((f): f is OfficeFact => f.kind === 'office')
		.map((f) => ({
			person: f.person,
			office: f.office,
			how: f.how,
			start: f.start?.start.iso,
			end: f.end?.start.iso,
			predecessor: f.predecessor,
			first: f.first
		}));

describe('post titles of other countries and eras', () => {
	it('reads a state written before the post as part of it', () => {
		expect(
			findPostTitles('it elected Friedrich Ebert as the first Reich President').map((t) => t.office)
		).toEqual(['Reich President']);
		expect(findPostTitles('Truman became US President in 1945').map((t) => t.office)).toEqual([
			'US President'
		]);
	});

	it('knows British cabinet offices, viziers and triumvirs', () => {
		expect(findPostTitles('appointed him First Lord of the Admiralty').map((t) => t.office)).toEqual([
			'First Lord of the Admiralty'
		]);
		expect(findPostTitles('was made grand vizier by the sultan')[0].office).toBe('Grand Vizier');
		expect(findPostTitles('Lepidus was named triumvir')[0].office).toBe('Triumvir');
	});

	it('expands the shortenings of revision notes', () => {
		expect(findPostTitles('Kennedy inaugurated as Pres. 20 January 1961')[0].office).toBe('President');
	});
});

describe('office facts from sentences offices.ts took nothing from', () => {
	it('takes the object of an appointment as the holder, never the appointer', () => {
		expect(
			offices(
				'Winston Churchill was born at Blenheim in 1874. In October 1911 Asquith appointed him First Lord of the Admiralty.'
			)
		).toContainEqual(
			expect.objectContaining({
				person: 'Churchill',
				office: 'First Lord of the Admiralty',
				how: 'appointed',
				start: '1911-10'
			})
		);
		// With no one else for "him" to be, the appointer is not made the holder.
		expect(offices('In October 1911 Asquith appointed him First Lord of the Admiralty.')).toEqual([]);
	});

	it('reads a holder elected to a post named with its state, across a spliced encyclopedia gloss', () => {
		expect(
			offices(
				'On 11 February 1919 it elected Friedrich Ebert Friedrich Ebert was a German politician of the Social Democratic Party of Germany (SPD).... as the first Reich President (Reichspräsident).'
			)
		).toContainEqual(
			expect.objectContaining({
				person: 'Ebert',
				office: 'Reich President',
				how: 'elected',
				start: '1919-02-11'
			})
		);
		expect(offices('On 30 January 1933 Hindenburg appointed Hitler Reich Chancellor.')).toContainEqual(
			expect.objectContaining({ person: 'Hitler', office: 'Reich Chancellor', start: '1933-01-30' })
		);
	});

	it('reads a lower-case post of another tradition and keeps an honorific with its name', () => {
		expect(offices('In 1656 Köprülü Mehmed Pasha was appointed grand vizier by the sultan.')).toEqual([
			expect.objectContaining({ person: 'Köprülü Mehmed Pasha', office: 'Grand Vizier', start: '1656' })
		]);
	});

	it('gives "its" post the body named just before', () => {
		const witte = offices(
			'October 19 (November 1), 1905 — Decree on the unified Council of Ministers. Witte becomes its first Chairman.'
		);
		expect(witte).toContainEqual(
			expect.objectContaining({
				person: 'Witte',
				office: 'Chairman of the Council of Ministers',
				first: true
			})
		);
		// Invented: a renamed land is the possessor, and a country takes no article.
		expect(
			offices(
				'The Gold Coast, which took the name of Ghana at independence in 1957, chose Kwame Nkrumah as its first president.'
			)
		).toContainEqual(
			expect.objectContaining({ person: 'Nkrumah', office: 'President of Ghana', first: true })
		);
	});

	it('reads "the first P was X" and asks it without a date', () => {
		const facts = extractFacts(
			docFromText('The first President of the United States was George Washington.')
		).filter((f): f is OfficeFact => f.kind === 'office');
		expect(facts).toEqual([expect.objectContaining({ person: 'Washington', first: true })]);
		const doc = docFromText('The first President of the United States was George Washington.');
		expect(officeCards(facts[0], { doc }).map((c) => c.front)).toEqual([
			'Who was the first President of the United States?'
		]);
	});

	it('reads a chronicle line that drops the auxiliary, dated by its leading date', () => {
		expect(
			offices(
				'April 26 (May 9), 1906 — P. A. Stolypin, Governor of Saratov, appointed Minister of Internal Affairs.'
			)
		).toContainEqual(
			expect.objectContaining({
				person: 'Stolypin',
				office: 'Minister of Internal Affairs',
				start: '1906-04-26'
			})
		);
		// Invented: a Meiji chronicle.
		expect(offices('1885 December 22 — Yamagata Aritomo appointed Home Minister of Japan.')).toContainEqual(
			expect.objectContaining({ how: 'appointed', start: '1885-12-22' })
		);
		// In prose, "X appointed" before a post is an active verb whose object is missing: no holder.
		expect(offices('In 1885 the Emperor appointed Prime Minister of Japan.')).toEqual([]);
	});

	it('reads a successor named after "succeeded as P by" and takes the post from the entry above', () => {
		expect(
			offices(
				'# STOLYPIN, Pyotr Arkadyevich\n\n1906-1911 Chairman of the Council of Ministers. Shot in Kiev on 1 September 1911. Succeeded as Chairman by V. N. Kokovtsov.'
			)
		).toContainEqual(
			expect.objectContaining({
				person: 'Kokovtsov',
				office: 'Chairman of the Council of Ministers',
				predecessor: 'Stolypin'
			})
		);
	});

	it('does not take a chancellor proclaimed by putschists, a proposal or a refusal', () => {
		expect(
			offices(
				'On 13 March 1920 Freikorps units occupied Berlin and proclaimed Wolfgang Kapp, a civil servant, as Reich Chancellor.'
			)
		).toEqual([]);
		expect(offices('In 1922 Lenin proposed that Trotsky be appointed Deputy Chairman of Sovnarkom.')).toEqual(
			[]
		);
		expect(offices('In 1849 Frederick William IV refused to be crowned Emperor of the Germans.')).toEqual([]);
	});

	it('reads a title a town confers by proclaiming it', () => {
		expect(
			offices(
				'Simón Bolívar reconquered Venezuela in 1813.\n\n1813 October 14 The municipality of Caracas proclaims him Libertador.'
			)
		).toContainEqual(
			expect.objectContaining({ person: 'Bolívar', office: 'Libertador', start: '1813-10-14' })
		);
	});

	it('gives a successor named without a post the post the leaver last held, undated', () => {
		const text =
			'Charles de Gaulle led the Free French from London. On 3 June 1944 the Committee took the name of Provisional Government of the French Republic, and de Gaulle was its head from 1944 to 1946. He resigned on 20 January 1946, disapproving of the return of the parties, and was succeeded by Félix Gouin.';
		expect(offices(text)).toContainEqual(
			expect.objectContaining({
				person: 'de Gaulle',
				office: 'Head of the Provisional Government of the French Republic',
				start: '1944'
			})
		);
		expect(offices(text)).toContainEqual(
			expect.objectContaining({
				person: 'Gouin',
				how: 'succeeded',
				predecessor: 'de Gaulle',
				start: undefined
			})
		);
		// Invented: Bismarck.
		expect(
			offices(
				'In 1871 Otto von Bismarck was appointed Chancellor of the German Empire. He resigned in March 1890 after a quarrel with the young Kaiser and was succeeded by Leo von Caprivi.'
			)
		).toContainEqual(
			expect.objectContaining({
				person: 'Caprivi',
				office: 'Chancellor of the German Empire',
				predecessor: 'Bismarck'
			})
		);
	});

	it('reads a junior post and an assembly investing the holder', () => {
		expect(
			offices(
				'Charles de Gaulle was born in Lille; de Gaulle studied at Saint-Cyr. On 5 June 1940 Paul Reynaud appointed him Under-Secretary of State for War and National Defence.'
			)
		).toContainEqual(
			expect.objectContaining({
				person: 'de Gaulle',
				office: 'Under-Secretary of State for War and National Defence'
			})
		);
	});

	it('adds a holder named beside another ("with X as Vice President") the deputy of the post named before', () => {
		expect(
			offices(
				'The Congress of Cúcuta confirmed Bolívar as President of the Republic of Colombia in September 1821, with Francisco de Paula Santander as Vice President.'
			)
		).toContainEqual(
			expect.objectContaining({
				person: 'Santander',
				office: 'Vice President of the Republic of Colombia',
				start: '1821-09'
			})
		);
		// Invented: the first American administration.
		expect(
			offices(
				'In April 1789 the electors chose Washington as President of the United States, with John Adams as Vice President.'
			)
		).toContainEqual(
			expect.objectContaining({
				person: 'Adams',
				office: 'Vice President of the United States',
				start: '1789-04'
			})
		);
	});
});

describe('holdings of other eras: leaving a post, serving in it, a post in brackets', () => {
	it('reads a dismissal or resignation as the end of the post, dated by the clause', () => {
		expect(offices('Kara Mustafa Pasha was dismissed as grand vizier in December 1683.')).toEqual([
			expect.objectContaining({ person: 'Kara Mustafa Pasha', office: 'Grand Vizier', how: 'removed' })
		]);
		expect(offices('Midhat Pasha resigned as grand vizier in February 1877.')).toEqual([
			expect.objectContaining({ person: 'Midhat Pasha', office: 'Grand Vizier', how: 'resigned' })
		]);
	});

	it('reads "served as" with its years as the post held', () => {
		expect(offices('Lord Palmerston served as Foreign Secretary from 1846 to 1851.')).toEqual([
			expect.objectContaining({
				person: 'Palmerston',
				office: 'Foreign Secretary',
				how: 'held',
				start: '1846'
			})
		]);
	});

	it('reads a post and its years in brackets after a name', () => {
		expect(offices('Robert Peel (Prime Minister 1841–46) repealed the Corn Laws.')).toEqual([
			expect.objectContaining({ person: 'Peel', office: 'Prime Minister', how: 'held', start: '1841' })
		]);
		// A bracket with no years says nothing about when.
		expect(offices('William Pitt (Prime Minister of Great Britain) died in 1806.')).toEqual([]);
	});

	it('takes "the first President of …" without a date: the post had one first holder', () => {
		expect(offices('Adolphe Thiers was the first President of the Third Republic.')).toEqual([
			expect.objectContaining({ person: 'Thiers', office: 'President of the Third Republic', first: true })
		]);
	});
});

describe('holders named away from the post: conjoined verbs, relative clauses, the predecessor’s post', () => {
	it('takes the subject of an earlier verb for "… and was inaugurated as the sixteenth President"', () => {
		expect(
			offices(
				'Abraham Lincoln was a lawyer. With the Democrats split between Douglas and Breckinridge, he won the election of 6 November 1860 and was inaugurated as the sixteenth President of the United States on 4 March 1861.'
			)
		).toContainEqual(
			expect.objectContaining({
				person: 'Lincoln',
				office: 'President of the United States',
				start: '1861-03-04'
			})
		);
	});

	it('names a lower-case post taken by the one body the document gives it', () => {
		expect(
			offices(
				'Franklin Roosevelt was elected Governor of New York in November 1928. He took office as governor on 1 January 1929.'
			)
		).toContainEqual(
			expect.objectContaining({
				person: 'Roosevelt',
				office: 'Governor of New York',
				how: 'became',
				start: '1929-01-01'
			})
		);
	});

	it('names a bare post after "succeeded him as" by the post the predecessor held, dated by its own clause', () => {
		expect(
			offices(
				'Theodore Roosevelt became President of the United States in September 1901. He left office in March 1909, when William Howard Taft succeeded him as President, and he died in January 1919.'
			)
		).toContainEqual(
			expect.objectContaining({
				person: 'Taft',
				office: 'President of the United States',
				predecessor: 'Roosevelt',
				start: '1909-03'
			})
		);
	});

	it('takes "him" in "Y succeeded him as P" for the last holder of P named, not the last man named', () => {
		expect(
			offices(
				'Peel became Prime Minister in 1841. Gladstone joined his cabinet in 1843. Peel resigned on 29 June 1846, and Russell succeeded him as Prime Minister.'
			)
		).toContainEqual(
			expect.objectContaining({ person: 'Russell', office: 'Prime Minister', predecessor: 'Peel' })
		);
	});

	it('reads a hyphened rank and leaves the post named after "under" to its own holder', () => {
		expect(
			offices(
				'In 1898 Katō Takaaki was appointed Vice-Minister for Foreign Affairs under Prime Minister Ōkuma Shigenobu.'
			)
		).toEqual([
			expect.objectContaining({
				office: 'Vice-Minister for Foreign Affairs',
				how: 'appointed',
				start: '1898'
			})
		]);
	});

	it('reads the holder before "who was …" and "whom X made …"', () => {
		expect(
			offices(
				'Robert Stewart, Viscount Castlereagh, who was Foreign Secretary from 1812 to 1822, shaped the Congress system.'
			)
		).toEqual([
			expect.objectContaining({ person: 'Castlereagh', office: 'Foreign Secretary', start: '1812' })
		]);
		expect(offices('The nobles feared Richelieu, whom Louis XIII made chief minister in 1624.')).toEqual([
			expect.objectContaining({
				person: 'Richelieu',
				office: 'Chief Minister',
				how: 'appointed',
				start: '1624'
			})
		]);
	});
});

describe('revision notes: telegraphic passives, a name and its post, a label listing holders', () => {
	it('reads "X replaced as PM by Y" without its auxiliary', () => {
		expect(
			offices('Crispi was Prime Minister from 1887. In February 1891 Crispi replaced as PM by Rudini.')
		).toContainEqual(
			expect.objectContaining({
				person: 'Rudini',
				office: 'Prime Minister',
				predecessor: 'Crispi',
				start: '1891-02'
			})
		);
	});

	it('reads a notes line "Name – Post from date" as the post held', () => {
		expect(offices('- Jan Smuts – Prime Minister of South Africa from 1919 to 1924')).toEqual([
			expect.objectContaining({
				person: 'Smuts',
				office: 'Prime Minister of South Africa',
				start: '1919',
				end: '1924'
			})
		]);
	});

	it('reads holders listed under a plural post with their years, and who replaced whom', () => {
		expect(offices('Prime Ministers: Grey (1830–34), Melbourne (1834–41), Peel (1841–46).')).toEqual([
			expect.objectContaining({ person: 'Grey', office: 'Prime Minister', start: '1830', end: '1834' }),
			expect.objectContaining({ person: 'Melbourne', office: 'Prime Minister', start: '1834', end: '1841' }),
			expect.objectContaining({ person: 'Peel', office: 'Prime Minister', start: '1841', end: '1846' })
		]);
		expect(
			offices('- CPSU first secretaries: Nikita Khrushchev (1953–64), replaced by Leonid Brezhnev (1964–82)')
		).toContainEqual(
			expect.objectContaining({
				person: 'Brezhnev',
				office: 'First Secretary of the CPSU',
				predecessor: 'Khrushchev',
				start: '1964'
			})
		);
	});
});

describe('posts of other traditions written the way notes and textbooks write them', () => {
	it('keeps "provisional" in the title and names the bare post by the document’s one body', () => {
		const text =
			'On 29 December 1911 Sun Yat-sen was elected provisional president of the Republic of China. Yuan Shikai became provisional president in March 1912.';
		expect(offices(text)).toEqual(
			expect.arrayContaining([
				expect.objectContaining({
					office: 'Provisional President of the Republic of China',
					start: '1911-12-29'
				}),
				expect.objectContaining({
					office: 'Provisional President of the Republic of China',
					start: '1912-03'
				})
			])
		);
	});

	it('reads "Holy Roman Emperor" whole, never "Holy" or "Roman" as the holder', () => {
		expect(offices('Charles V was elected Holy Roman Emperor on 28 June 1519.')).toEqual([
			expect.objectContaining({ person: 'Charles V', office: 'Holy Roman Emperor', how: 'elected' })
		]);
	});

	it('dates each post of a notes line by the bare year after it', () => {
		expect(offices('- Nkrumah – PM of Gold Coast 1952; President of Ghana 1960')).toEqual([
			expect.objectContaining({ person: 'Nkrumah', office: 'Prime Minister of Gold Coast', start: '1952' }),
			expect.objectContaining({ person: 'Nkrumah', office: 'President of Ghana', start: '1960' })
		]);
		// Prose keeps its numbers to itself.
		expect(
			offices('Nkrumah was a teacher. In Accra he was Prime Minister of the Gold Coast 1234 times.')
		).toEqual([]);
	});

	it('reads a title assumed after a leading date', () => {
		expect(offices('In 1721 Peter assumed the title of Emperor.')).toEqual([
			expect.objectContaining({ person: 'Peter', office: 'Emperor', start: '1721' })
		]);
	});
});

describe('a bare post in notes spanning several countries', () => {
	const notes =
		'# Revolution\n\n- 1797: John Adams becomes President\n\n# Decolonisation\n\n- Julius Nyerere – President of Tanzania (1964–85)\n- Kenyatta: PM of Kenya 1963, President 1964–78';

	it('never names a bare post by a state another section gives it', () => {
		expect(offices(notes).filter((f) => f.person === 'Adams')).toEqual([]);
		expect(offices(notes).filter((f) => f.person === 'Kenyatta' && /Tanzania/.test(f.office))).toEqual([]);
	});

	it('dates each post of a "Name: post year, post years" line by its own years', () => {
		expect(offices(notes)).toContainEqual(
			expect.objectContaining({ person: 'Kenyatta', office: 'Prime Minister of Kenya', start: '1963' })
		);
	});
});

describe('a successor named in the sentence after a leaving', () => {
	it('gives "He was succeeded by Y" the post of whoever the sentence before says resigned', () => {
		expect(
			offices(
				'Peel became Prime Minister in August 1841. Peel split his party over the Corn Laws and resigned on 29 June 1846. He was succeeded by Lord John Russell, who formed a Whig ministry.'
			)
		).toContainEqual(
			expect.objectContaining({
				person: 'Russell',
				office: 'Prime Minister',
				how: 'succeeded',
				predecessor: 'Peel'
			})
		);
	});
});
