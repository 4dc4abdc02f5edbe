import { describe, expect, it } from 'vitest';
import { ingest, sentenceTexts, sentenceWith } from './helpers';

// Excerpts are copied from the bundled corpus (cards/sources), noise included.

describe('character normalisation', () => {
	it('normalises NBSP, soft hyphens, zero-width characters, curly quotes and dashes in clean text only', () => {
		const original =
			'Lenin\u2019s \u201cLetters\u201d appeared on 3\u00a0June\u00a01946 \u2014 in Mos\u00adcow\u200b.';
		const doc = ingest(original);
		expect(doc.clean).toBe('Lenin\'s "Letters" appeared on 3 June 1946 - in Moscow.');
		const s = doc.sentences[0];
		expect(doc.original.slice(s.start, s.end)).toBe(original);
	});

	it('keeps stray Urdu full stops readable as full stops', () => {
		const doc = ingest(
			'\u201c\u06d4\u06d4\u06d4When Lenin died, the masses came even more close to the party.'
		);
		expect(doc.clean).toBe('"...When Lenin died, the masses came even more close to the party.');
	});
});

describe('line-end hyphenation', () => {
	const text =
		'The dictatorship of the pro-\nletariat is the instrument of the proletarian revolution. The dictatorship of the proletariat\n' +
		'was defended by the Marxist-\nLeninist party against every anti-\nLeninist group in the working-\nclass movement.';

	it('rejoins a word broken at the line end', () => {
		const doc = ingest(text);
		expect(doc.clean).toContain('dictatorship of the proletariat is the instrument');
		expect(doc.clean).not.toContain('pro-');
	});

	it('keeps the hyphen of real compounds (capitalised second part or a known compound)', () => {
		const doc = ingest(text + ' The working-class movement grew.');
		expect(doc.clean).toContain('Marxist-Leninist party');
		expect(doc.clean).toContain('anti-Leninist group');
		expect(doc.clean).toContain('working-class movement.');
	});
});

describe('letter-spacing', () => {
	const chronicle =
		'The Thirteenth Congress of the R.C.P.(B.) elected the Central Committee. Stalin makes the report.\n\n' +
		'May 31\n\n' +
		'T h e T h i r t e e n t h C o n g r e s s o f t h e R . C . P. ( B . )\n' +
		'elects J. V. Stalin to the Central Committee\n' +
		'of the R.C.P.(B.).\n';

	it('undoes letter-spaced words using the document vocabulary', () => {
		const doc = ingest(chronicle);
		expect(doc.clean).toContain('The Thirteenth Congress of the R. C. P. (B.) elects J. V. Stalin');
		for (const s of sentenceTexts(doc)) expect(s).not.toMatch(/\b(\w ){4,}\w\b/);
	});

	it('recovers lost word spaces inside a spaced-out lower-case line', () => {
		const doc = ingest(
			'The Central Committee replies to the discussion. Stalin replies to the discussion on the report.\n' +
				'At the Thirteenth Congress of the R.C.P.(B.),\n' +
				'J . V. S t a l i n r e p l i e s t o t h e d i s c u s s i o n o n t h e\n' +
				"Central Committee's organisational report.\n"
		);
		expect(doc.clean).toContain('J. V. Stalin replies to the discussion on the Central Committee');
	});
});

describe('running headers, page numbers and watermarks', () => {
	const page = (n: number, body: string) => `${body}\n\n${n}\n\nJ. V. S T A L I N\n\n`;
	const pages =
		page(
			6,
			'Usually in their resolutions these organisations and units, while\nacknowledging the correctness of the basic provisions\nof the Political Bureau resolution on inner-Party'
		) +
		page(
			8,
			'democracy, have attempted to distinguish themselves in\nsome way from the other Party organisations. The Party\nhas always emerged from these discussions still stronger and'
		) +
		'more united than ever. The Party conference will give its decision.\n\n10\n\nJ. V. S T A L I N\n\nThe discussion is over.';

	it('drops a repeated running header and bare page numbers and rejoins the sentence across the page', () => {
		const doc = ingest(pages);
		expect(doc.clean).not.toMatch(/STALIN|\b(6|8|10)\b/);
		expect(sentenceWith(doc, 'on inner-Party democracy, have attempted')).toBeDefined();
		expect(sentenceWith(doc, 'stronger and more united than ever')).toBeDefined();
	});

	it('drops a front-matter page number in lower-case Roman numerals', () => {
		const doc = ingest(
			"                    iii\nEDITOR'S INTRODUCTION\n\nGaribaldi was born at Nice on 4 July 1807.\n\n                    iv\nEDITOR'S INTRODUCTION\n\nHe sailed from Quarto in May 1860.\n"
		);
		expect(sentenceWith(doc, 'Garibaldi was born')?.text).toBe('Garibaldi was born at Nice on 4 July 1807.');
		expect(doc.clean).not.toMatch(/\biii\b|\biv\b/);
	});

	it('drops watermark fragments spliced between the lines of a sentence', () => {
		const text =
			'July 1-3\n\nJ. V. Stalin directs the meetings of the Polish\ncommission of the Fifth Congress of the Comintern.\n\n' +
			'July 3\n\nFROM MARX\nJ. V. Stalin delivers a speech on "The Communist Party of Poland" at a meeting of the\nTO\nMAO\nPolish\ncommission\nof the Fifth Congress of the\n\n\n\nComintern.\n' +
			'July 5\n\nJ. V. Stalin signs the manifesto of the congress.\n\n' +
			'July 8\n\nNOT FOR\nJ. V. Stalin writes a letter to Demyan Bedny.\nCOMMERCIAL\n\nJuly 25\n\nJ. V. Stalin is elected to the Presidium.\n\n' +
			'DISTRIBUTION\nJuly 28\n\nJ. V. Stalin speaks at a meeting of the Organising Bureau.\n\n' +
			'p. 263\n\nFROM MARX\nTO MAO\n 54\n\n\n\nSee Resolutions and Decisions of Congresses, Part I, 1941.\n\np. 265\n\n' +
			'NOT FOR\nRabochy Korrespondent - a monthly magazine, published from January 1924 to June 1941. In JanuCOMMERCIAL\n' +
			'ary 1925 its title was changed.\n';
		const doc = ingest(text);
		const all = sentenceTexts(doc).join('\n');
		expect(all).not.toMatch(/FROM MARX|\bTO\b|\bMAO\b|NOT FOR|COMMERCIAL|DISTRIBUTION/);
		expect(all).toContain(
			'July 3: J. V. Stalin delivers a speech on "The Communist Party of Poland" at a meeting of the Polish commission of the Fifth Congress of the Comintern.'
		);
		expect(all).toContain('In January 1925 its title was changed.');
	});

	it('keeps a title that merely occurs twice in title position', () => {
		const text =
			'VIII\nTHE PARTY\n\nIn the pre-revolutionary period the Party was the leader of the workers.\n\n' +
			'Such is the first task.\n\nTHE PARTY\n\nThe Party must be the vanguard of the working class in everything.\n';
		const doc = ingest(text);
		expect(doc.sections.filter((s) => s.title === 'The Party')).toHaveLength(2);
	});
});

describe('footnotes, URLs, markup, images', () => {
	it('removes footnote markers glued to words and footnote lines', () => {
		const doc = ingest(
			'The sixth volume opens with an interview with a Rosta* correspondent, and the revolution.12 Then the\n' +
				'* Russian Telegraph Agency.\u2014Tr.\n' +
				'report followed.[1] It was published.\n'
		);
		expect(doc.clean).toContain(
			'with a Rosta correspondent, and the revolution. Then the report followed. It was published.'
		);
	});

	it('removes URLs and the "Retrieved from" left hanging', () => {
		const doc = ingest(
			'Source: Why Is the Second International Defending Trotsky?, Izvestia, 4th September 1936, No. 224. Retrieved from http://www.revolutionarydemocracy.org\n'
		);
		expect(doc.clean).not.toMatch(/http|www|Retrieved/);
		expect(doc.clean).toContain('Izvestia, 4th September 1936, No. 224.');
	});

	it('strips Markdown emphasis and headings and keeps bullets as list items', () => {
		const doc = ingest(
			'# POWER STRUGGLE AFTER LENIN\n\nMay 1922 \u2013 Lenin had his first stroke! The question that now came up was \u2013 **Who was going to take over after Lenin?**\n\n' +
				'A \u201csummary diagram\u201d of *the Power Struggle after Lenin\u2019s Death*\n\nStalin\u2019s advantages:\n\n' +
				'- Hold key posts in party and government (had control over the Party appointments and organization)\n- Takes initiative on Lenin\u2019s death\n'
		);
		expect(doc.clean).not.toMatch(/[*#]/);
		expect(doc.sections[0].title).toBe('Power Struggle After Lenin');
		const bullet = sentenceWith(doc, 'Takes initiative');
		expect(bullet?.listItem).toBe(true);
		expect(bullet?.text).toBe("Takes initiative on Lenin's death");
		expect(sentenceWith(doc, 'first stroke')?.listItem).toBe(false);
	});

	it('drops image file names and caption lists', () => {
		const doc = ingest(
			'Kalinin was honored with a major state funeral and was buried in the Kremlin Wall Necropolis.\n\n' +
				'\u0424\u0430\u0439\u043b:\u0412\u043e\u0440\u043e\u0448\u0438\u043b\u043e\u0432 \u041a\u0430\u043b\u0438\u043d\u0438\u043d \u043d\u0430 \u0425\u043e\u0434\u044b\u043d\u043a\u0435 1927 IMG 8341.JPG\n' +
				'Telegram from Franklin D. Roosevelt\nTo Michael Kalinin\nBurial in Kremlin\n- 1946 -\nMikhail Kalinin\nJoseph Stalin and Mikhail Kalinin\nKalinin in Kharkov\n\n' +
				'See the photo kalinin.png for details. He died in 1946.\n'
		);
		const all = sentenceTexts(doc).join('\n');
		expect(all).not.toMatch(/JPG|png|Roosevelt|Kharkov/);
		expect(all).toContain('He died in 1946.');
	});

	it('drops a table of contents', () => {
		const doc = ingest(
			'CONTENTS\n\nThe Discussion . . . . . . 1\nOn the Death of Lenin . . . . 47\nThe Foundations of Leninism . . . 71\n\nThe discussion which has developed will be summed up by the conference.\n'
		);
		expect(doc.clean).not.toMatch(/\. \. \.|\b47\b|\b71\b/);
		expect(doc.sentences).toHaveLength(1);
	});
});

describe('encyclopedia dumps', () => {
	const wiki =
		'Mikhail Ivanovich Kalinin (, ; 3 June 1946) was a Soviet politician and Russian\n' +
		'Old Bolshevik revolutionary who served as the first\n' +
		'chairman of the Presidium of the Supreme Soviet (head of state) from 1938 until his resignation in 1946. From 1926 until his death, he was a member of the\n' +
		'Politburo\n' +
		"A politburo () or political bureau is the highest organ of the central committee in communist parties. The term is also sometimes used to refer to similar organs in socialist and Islamist parties, such as the UK Labour Party's NEC or the Poli ...\n" +
		'of the\n' +
		'Communist Party of the Soviet Union\n' +
		"The Communist Party of the Soviet Union (CPSU),. Abbreviated in Russian as \u041a\u041f\u0421\u0421, ''KPSS''. at some points known as the Russian Communist Party (RCP), All-Union Communist Party and Bolshevik Party, and sometimes referred to as the Soviet ...\n" +
		'.\n' +
		'He retired in 1946 and died in the same year. The former\n' +
		'East Prussia\n' +
		"East Prussia was a Provinces of Prussia, province of the Kingdom of Prussia from 1772 to 1829 and again from 1878 (with the Kingdom itself being part of the German Empire from 1871); following World War I it formed part of the Weimar Republic's ...\n" +
		'n city of\n' +
		'K\u00f6nigsberg\n' +
		"K\u00f6nigsberg (; ; ; ; ; ; , ) is the historic Germany, German and Prussian name of the city now called Kaliningrad, Russia. The city was founded in 1255 on the site of the small Old Prussians, Old Prussian settlement ''Twangste'' by the Teuton ...\n" +
		', annexed by the Soviet Union in 1945, was renamed after him a year later.\n';

	it('removes spliced summaries of linked articles so the sentence reads on', () => {
		const doc = ingest(wiki);
		expect(sentenceTexts(doc)).toContain(
			'From 1926 until his death, he was a member of the Politburo of the Communist Party of the Soviet Union.'
		);
		expect(sentenceTexts(doc)).toContain(
			'The former East Prussian city of K\u00f6nigsberg, annexed by the Soviet Union in 1945, was renamed after him a year later.'
		);
		expect(doc.clean).not.toMatch(/\.\.\.|politburo \(\)|Twangste/);
	});

	it('tidies the debris of dates removed from parentheses', () => {
		const doc = ingest(wiki);
		expect(doc.sentences[0].text).toMatch(
			/^Mikhail Ivanovich Kalinin \(3 June 1946\) was a Soviet politician/
		);
	});
});

describe('glued words', () => {
	it('splits a capitalised function word glued to a known word, and leaves real words alone', () => {
		const doc = ingest(
			'We see the peasant struggle. Wesee, consequently, that class-conscious socialists must support it. ' +
				'Thepeasant struggle for land and liberty is a great step. Hereis the resolution. Later,at the Second Congress, ' +
				'the peasant income grew. Therefore the Thesis stands. Income rose. Inform the peasant. The Lateran Pacts followed.'
		);
		const all = doc.clean;
		expect(all).toContain('We see, consequently');
		expect(all).toContain('The peasant struggle for land');
		expect(all).toContain('Here is the resolution');
		expect(all).toContain('Later, at the Second Congress');
		expect(all).toContain('Therefore the Thesis stands. Income rose. Inform the peasant.');
		expect(all).toContain('The Lateran Pacts followed.');
	});
});

describe('more encyclopedia debris', () => {
	it('drops the closing See also / References / External links apparatus and bare access dates', () => {
		const body = 'Kalinin retired in 1946 and died of cancer on 3 June that year in Moscow.\n'.repeat(20);
		const doc = ingest(
			body +
				'Prospekt Kalinina in Dnipro was renamed in January 2015.\n[Dnipro municipality decided to rename Kalinin avenue]\n(23 February 2018)\n' +
				'See also\n*\nBibliography of Stalinism and the Soviet Union\n* Stalin: Waiting for Hitler, 1929-1941, contains significant information about Kalinin\nReferences\nExternal links\nMikhail Kalinin Archiveat\nmarxists.org\n'
		);
		const last = doc.sentences[doc.sentences.length - 1].text;
		expect(last).toBe('Prospekt Kalinina in Dnipro was renamed in January 2015.');
	});

	it('removes an inline bracketed reference, closes up a possessive left on its own line, splits camel-glued words', () => {
		const doc = ingest(
			'He met Sergei Alliluyev, the father of\nJoseph Stalin\n' +
				"'s second wife.\n" +
				"[Branko Lazitch and Milorad M. Drachkovitch, ''Biographical Dictionary of the Comintern.'' Stanford, CA: Hoover Institution Press, 1986; pp. 204-205.] He came to know Stalin through the Alliluyev family.\n" +
				'On 5 March 1940, six members of the PolitburoKalinin, Stalin and Molotov signed an order. The Politburo met. Kalinin spoke.\n' +
				'The Politburo agreed. Kalinin left.\n'
		);
		expect(sentenceTexts(doc)).toEqual(
			expect.arrayContaining([
				"He met Sergei Alliluyev, the father of Joseph Stalin's second wife.",
				'He came to know Stalin through the Alliluyev family.',
				'On 5 March 1940, six members of the Politburo Kalinin, Stalin and Molotov signed an order.'
			])
		);
		expect(doc.clean).not.toMatch(/Branko|Hoover/);
	});

	it('does not take a number for an endnote marker when it is part of a figure', () => {
		const doc = ingest(
			'Six members signed an order to execute 25,700 Polish officers. The democracy 2 that was subsequently confirmed.'
		);
		expect(doc.clean).toContain('execute 25,700 Polish');
		expect(doc.clean).toContain('The democracy that was subsequently confirmed.');
	});
});

describe('bullets in revision notes', () => {
	it('keeps each bullet apart even without a full stop; a blank line ends a bullet, a wrapped line continues it', () => {
		const doc = ingest(
			'Criticism against Trotsky:\n\n- He was arrogant\n- He focused too much on the administration of the Party/Army\n\n1922 \u2013 Stalin, Kamenev and Zinoviev sets up a Triumvirate\n- Stalin was made General\nSecretary in April 1922\n- and he kept\nthe post\n'
		);
		const items = doc.sentences.filter((s) => s.listItem).map((s) => s.text);
		expect(items).toEqual([
			'He was arrogant',
			'He focused too much on the administration of the Party/Army',
			'Stalin was made General Secretary in April 1922',
			'and he kept the post'
		]);
		expect(sentenceWith(doc, '1922 - Stalin, Kamenev')?.listItem).toBe(false);
	});
});
