import { describe, expect, it } from 'vitest';
import { extractDateFacts, findDateExpressions, julianOffset } from '../../src/lib/extract/dates';
import { docFromText } from './people-doc-fixture';

const one = (text: string, year?: number) => findDateExpressions(text, { year });

describe('findDateExpressions', () => {
	it('reads full dates in the corpus forms through chrono-node', () => {
		expect(one('Lenin died on 21 January 1924.')[0].value.start).toEqual({
			iso: '1924-01-21',
			precision: 'day',
			calendar: 'gregorian'
		});
		expect(one('On June 3, 1946, Kalinin died from cancer.')[0].value.start.iso).toBe('1946-06-03');
		expect(one('On Mar. 30, 1919, in recommending Kalinin')[0].value.written).toBe('Mar. 30, 1919');
		expect(one('Since 30th of March 1919, Kalin executed')[0].value.start.iso).toBe('1919-03-30');
		expect(one('on 21.1.1924 he')[0].value.start.iso).toBe('1924-01-21');
	});

	it('rejects numeric dates whose day and month could be swapped', () => {
		expect(one('on 3.4.1924 he')).toEqual([]);
	});

	it('reads month, season, year and decade precision', () => {
		expect(one('In April 1922 Stalin was elected')[0].value.start).toMatchObject({
			iso: '1922-04',
			precision: 'month'
		});
		expect(one('In 1898 he joined the RSDLP.')[0].value.start).toMatchObject({
			iso: '1898',
			precision: 'year'
		});
		expect(one('In the spring of 1917, he is one of the leaders')[0].value.start.iso).toBe('1917');
		expect(one('politics in the 1920s')[0].value.start).toMatchObject({ iso: '1920', precision: 'decade' });
	});

	it('parses Old Style/New Style dual dates in both orders by the Julian offset of the century', () => {
		const born = one('Born Nov. 7 (19), 1875, in the village')[0].value.start;
		expect(born).toEqual({
			iso: '1875-11-07',
			precision: 'day',
			calendar: 'julian',
			alt: { iso: '1875-11-19', calendar: 'gregorian' }
		});
		const proletary = one('No. 25 of Proletary, November 16 (3), 1905, carried')[0].value.start;
		expect(proletary).toEqual({
			iso: '1905-11-16',
			precision: 'day',
			calendar: 'gregorian',
			alt: { iso: '1905-11-03', calendar: 'julian' }
		});
		expect(julianOffset(1875)).toBe(12);
		expect(julianOffset(1917)).toBe(13);
	});

	it('reads calendar markers and "by the Western calendar"', () => {
		expect(one('October 25 (O.S.), 1917')[0].value.start).toMatchObject({
			iso: '1917-10-25',
			calendar: 'julian'
		});
		const feb = one('February 1917 (March by the Western calendar)')[0].value.start;
		expect(feb).toMatchObject({
			iso: '1917-02',
			calendar: 'julian',
			alt: { iso: '1917-03', calendar: 'gregorian' }
		});
	});

	it('reads ranges: years, short years, months, across years, open and "between"', () => {
		const range = (t: string) => {
			const v = one(t)[0].value;
			return [v.start.iso, v.end?.iso, v.open ?? false];
		};
		expect(range('Power struggle after Lenin, 1922–1929')).toEqual(['1922', '1929', false]);
		expect(range('People’s Commissar for Nationalities (1917-23);')).toEqual(['1917', '1923', false]);
		expect(range('Lenin’s Testament (Dec 1922 – Jan 1923)')).toEqual(['1922-12', '1923-01', false]);
		expect(range('March–April 1923')).toEqual(['1923-03', '1923-04', false]);
		expect(range('From 1926 until his death, he was a member')).toEqual(['1926', undefined, true]);
		expect(range('From 1925 to his death in 1946.')).toEqual(['1925', '1946', false]);
		expect(range('between 1926 and 1946')).toEqual(['1926', '1946', false]);
		expect(range('From January 1938 to March 1946 he was chairman')).toEqual(['1938-01', '1946-03', false]);
		expect([range0('May 23-31', 0), range0('May 23-31', 1)]).toEqual(['2000-05-23', '2000-05-31']);
	});

	it('gives yearless chronicle dates the heading year', () => {
		expect(one('January 21', 1924)[0].value.start.iso).toBe('1924-01-21');
		expect(one('January 21')).toEqual([]);
	});

	it('does not take page numbers, issue numbers or quantities for years', () => {
		expect(one('Pravda, No. 1924, p. 1919; 1,500 delegates and 1500 delegates; it had 1924 members')).toEqual(
			[]
		);
		expect(one('(Poln. sobr. soch., 5th ed., vol. 38, p. 224)')).toEqual([]);
	});
});

function range0(text: string, i: number): string | undefined {
	const v = findDateExpressions(text, { year: 2000 })[0].value;
	return i === 0 ? v.start.iso : v.end?.iso;
}

describe('extractDateFacts', () => {
	const facts = (text: string) => extractDateFacts(docFromText(text));

	it('states the event a date belongs to as a "When …?" stem', () => {
		const f = facts('Lenin died on 21 January 1924. In April 1922 Stalin was elected General Secretary.');
		expect(f.map((x) => [x.event, x.question, x.date.start.iso])).toEqual([
			['Lenin died', 'did Lenin die', '1924-01-21'],
			['Stalin was elected General Secretary', 'was Stalin elected General Secretary', '1922-04']
		]);
	});

	it('resolves he/his to the person the biography is about', () => {
		const f = facts(
			'# Kalinin, Mikhail Ivanovich\nMikhail Ivanovich Kalinin was a Soviet statesman. He was born on Nov. 7 (19), 1875, in the village of Verkhniaia Troitsa.'
		);
		expect(f[0].question).toBe('was Kalinin born');
		expect(f[0].date.start.alt?.iso).toBe('1875-11-19');
		expect(f[0].importance).toBeGreaterThan(0.8);
	});

	it('reads subject-less encyclopedia lines with the entry’s person', () => {
		const f = facts(
			'# Kalinin, Mikhail Ivanovich\nBorn Nov. 7 (19), 1875, in the village of Verkhniaia Troitsa; died June 3, 1946, in Moscow.'
		);
		expect(f.map((x) => x.question)).toEqual(['was Kalinin born', 'did Kalinin die']);
	});

	it('dates chronicle lines from the date line above, with the heading year, in the past tense', () => {
		const text =
			'1924\n\nJanuary 21\n\nDeath of V. I. Lenin (in Gorki).\n\nJanuary 28\n\nJ. V. Stalin delivers a speech at a gathering of students of the Kremlin Military School.';
		const f = facts(text);
		expect(f.map((x) => [x.question, x.date.start.iso])).toEqual([
			['did Lenin die', '1924-01-21'],
			['did Stalin deliver a speech at a gathering of students of the Kremlin Military School', '1924-01-28']
		]);
		expect(f[1].event).toBe(
			'Stalin delivered a speech at a gathering of students of the Kremlin Military School'
		);
		const p = f[0].passage!;
		expect(text.slice(p.start, p.end)).toBe('January 21\n\nDeath of V. I. Lenin (in Gorki).');
	});

	it('reads dated list lines and bracketed congress dates', () => {
		const f = facts(
			'May 1922 – Lenin had his first stroke!\n\nAt the 12th Party Congress (April 1923) Trotsky had looked like Lenin’s successor.'
		);
		expect(f.map((x) => x.question)).toEqual([
			'did Lenin have his first stroke',
			'was the 12th Party Congress held'
		]);
	});

	it('skips dates without a self-contained actor, in noun phrases, and newspaper datelines', () => {
		expect(facts('It was adopted in 1919. This happened in 1920.')).toEqual([]);
		expect(facts('He helped organize the strike of August 1900.')).toEqual([]);
		expect(facts('Pravda, No. 96, April 26, 1924.')).toEqual([]);
		expect(facts('Lenin proposed that the congress should meet in 1919.')).toEqual([]);
	});

	it('keeps every date span a slice of the original', () => {
		const text =
			'Kalinin graduated from the village school in 1889. In July 1899, Kalinin was arrested in the case involving the League of Struggle.';
		for (const f of facts(text)) expect(text.slice(f.date.span.start, f.date.span.end)).toBe(f.date.written);
	});
});

describe('extractDateFacts on unseen document shapes', () => {
	const questions = (text: string) =>
		extractDateFacts(docFromText(text)).map((x) => [x.question, x.date.start.iso]);

	it('reads revision-note lines that name the event without a verb', () => {
		const text = [
			'# 2. 1789 — the year everything changes',
			'- 14 July 1789 – storming of the Bastille',
			'- 11 July – Louis XVI dismisses Necker → anger in Paris',
			'- 21 January 1793 – Louis XVI executed (guillotine, Place de la Révolution)'
		].join('\n');
		expect(questions(text)).toEqual([
			['was the storming of the Bastille', '1789-07-14'],
			['did Louis XVI dismiss Necker', '1789-07-11'],
			['was Louis XVI executed', '1793-01-21']
		]);
	});

	it('reads chronology lines without a dash or a subject', () => {
		const text =
			'Abraham Lincoln was a lawyer.\n\n1842 November 4 Marries Mary Todd in Springfield.\n\n1861 March 4 Inaugurated as sixteenth President.';
		expect(questions(text)).toEqual([
			['did Lincoln marry Mary Todd in Springfield', '1842-11-04'],
			['was Lincoln inaugurated as sixteenth President', '1861-03-04']
		]);
	});

	it('gives later dates of a clause their own verb phrase', () => {
		const text =
			'Otto von Bismarck was a statesman. He presided over the Congress of Berlin in 1878, concluded the Dual Alliance with Austria-Hungary in 1879 and the Reinsurance Treaty with Russia in 1887.';
		expect(questions(text)).toEqual([
			['did Bismarck preside over the Congress of Berlin', '1878'],
			['did Bismarck conclude the Dual Alliance with Austria-Hungary', '1879'],
			['did Bismarck conclude the Reinsurance Treaty with Russia', '1887']
		]);
	});

	it('dates a leading when-clause and a later coordinated verb phrase', () => {
		expect(
			questions('When Yakov Sverdlov died in March 1919 from influenza, Kalinin replaced him as chairman.')
		).toEqual([['did Sverdlov die', '1919-03']]);
		expect(
			questions(
				'Kalinin could not protect his wife, Ekaterina Kalinina, who was critical of Stalin and was arrested on 25 October 1938.'
			)
		).toEqual([['was Kalinina arrested', '1938-10-25']]);
	});

	it('takes "of that same year" from the year the sentence gave before', () => {
		expect(
			questions(
				'Kalinin was a revolutionary. Kalinin retired in 1946 and died on 3 June that year in Moscow.'
			)
		).toEqual([
			['did Kalinin retire', '1946'],
			['did Kalinin die', '1946-06-03']
		]);
	});

	it('carries the passive over a coordinated date only when the verb takes no object', () => {
		expect(
			questions(
				'Abraham Lincoln was a lawyer. He was elected President on November 6, 1860, and inaugurated on March 4, 1861.'
			)
		).toEqual([
			['was Lincoln elected President', '1860-11-06'],
			['was Lincoln inaugurated', '1861-03-04']
		]);
	});
});

describe('extractDateFacts in running prose', () => {
	const questions = (text: string) =>
		extractDateFacts(docFromText(text)).map((x) => [x.question, x.date.start.iso]);

	it('gives a yearless date the year of the paragraph’s last full date', () => {
		const text =
			'The Siberian Concessions Committee was set up by a decision of October 30, 1920. On November 23, the C.P.C. adopted a decree on concessions.';
		expect(questions(text)).toContainEqual(['did the C.P.C. adopt a decree on concessions', '1920-11-23']);
	});

	it('reads a leading participle phrase as the event of the subject after it', () => {
		const text = 'Kalinin was a worker. Granted amnesty in October 1905, he came out into the open.';
		expect(questions(text)).toEqual([['was Kalinin granted amnesty', '1905-10']]);
	});
});

describe('extractDateFacts on sources and dated documents', () => {
	const questions = (text: string) =>
		extractDateFacts(docFromText(text)).map((x) => [x.question, x.date.start.iso]);

	it('reads a source line as a publication date, not as an event with an actor', () => {
		expect(
			questions('Source: The Position of the Bund in the Party, Iskra, No. 51, October 22, 1903.')
		).toEqual([['was “The Position of the Bund in the Party” published in Iskra', '1903-10-22']]);
	});

	it('dates a document named with "of DATE"', () => {
		expect(questions('Lenin’s letter to Stalin of 5th March 1923 did not touch upon the fact.')).toEqual([
			['was Lenin’s letter to Stalin written', '1923-03-05']
		]);
	});
});
