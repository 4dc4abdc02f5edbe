import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../../src/lib/extract/date-expressions';

const first = (text: string) => {
	const d = findDateExpressions(text)[0]?.value;
	return d && { written: d.written, ...d.start, end: d.end?.iso };
};

describe('Old Style/New Style dual dates in the forms history books write them', () => {
	it('reads a day and month in each calendar: "25 October (7 November) 1917"', () => {
		expect(first('On 25 October (7 November) 1917 the Bolsheviks seized power.')).toMatchObject({
			written: '25 October (7 November) 1917',
			iso: '1917-10-25',
			calendar: 'julian',
			alt: { iso: '1917-11-07', calendar: 'gregorian' }
		});
		expect(first('on 24-25 October (6-7 November) 1917')).toMatchObject({
			iso: '1917-10-24',
			alt: { iso: '1917-11-06' },
			end: '1917-10-25'
		});
		expect(first('Peter the Great was born on 30 May (9 June) 1672.')).toMatchObject({
			iso: '1672-05-30',
			alt: { iso: '1672-06-09' }
		});
	});

	it('reads the slash forms "10/23 October 1917", "October 10/23, 1917" and "25 October / 7 November 1917"', () => {
		for (const text of ['On 10/23 October 1917 the CC met.', 'On October 10/23, 1917 the CC met.'])
			expect(first(text)).toMatchObject({
				iso: '1917-10-10',
				calendar: 'julian',
				alt: { iso: '1917-10-23' }
			});
		expect(first('on 25 October / 7 November 1917')).toMatchObject({
			iso: '1917-10-25',
			alt: { iso: '1917-11-07' }
		});
	});

	it('reads the other calendar named in brackets after a date', () => {
		expect(first('On 25 October 1917 (7 November, New Style) the Winter Palace fell.')).toMatchObject({
			written: '25 October 1917 (7 November, New Style)',
			iso: '1917-10-25',
			alt: { iso: '1917-11-07' }
		});
	});

	it('does not take two days that are not the calendar offset apart for a dual date', () => {
		expect(first('on 10/12 October 1917')?.alt).toBeUndefined();
		expect(first('from 3 March (5 March) 1917')?.alt).toBeUndefined();
	});
});
