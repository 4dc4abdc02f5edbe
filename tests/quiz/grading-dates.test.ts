import { describe, expect, it } from 'vitest';
import type { CardDate } from '../../src/lib/cards/types';
import { judgeDate, parseTypedDate } from '../../src/lib/quiz/dates';

const LENIN_DIED: CardDate = { iso: '1924-01-21', precision: 'day', calendar: 'gregorian' };
const KALININ_BORN: CardDate = {
	iso: '1875-11-19',
	precision: 'day',
	calendar: 'gregorian',
	alt: { iso: '1875-11-07', calendar: 'julian' }
};
const FIRST_STROKE: CardDate = { iso: '1922-05', precision: 'month', calendar: 'gregorian' };
const TESTAMENT_SECRET: CardDate = { iso: '1956', precision: 'year', calendar: 'gregorian' };
const POWER_STRUGGLE: CardDate = { iso: '1922', precision: 'year', calendar: 'gregorian', endIso: '1929' };
const OLD_STYLE_ONLY: CardDate = { iso: '1917-10-25', precision: 'day', calendar: 'julian' };

describe('typed dates are graded at the precision asked, in any common written form', () => {
	const accepted: [string, CardDate][] = [
		['21 Jan 1924', LENIN_DIED],
		['21 January 1924', LENIN_DIED],
		['January 21, 1924', LENIN_DIED],
		['Jan. 21 1924', LENIN_DIED],
		['21st of January 1924', LENIN_DIED],
		['21.01.1924', LENIN_DIED],
		['21/1/1924', LENIN_DIED],
		['1/21/1924', LENIN_DIED],
		['1924-01-21', LENIN_DIED],
		['  21  jan  1924 ', LENIN_DIED],
		['19 November 1875', KALININ_BORN],
		['7 November 1875', KALININ_BORN],
		['Nov 7, 1875', KALININ_BORN],
		['May 1922', FIRST_STROKE],
		['05.1922', FIRST_STROKE],
		['1922-05', FIRST_STROKE],
		['15 May 1922', FIRST_STROKE],
		['1956', TESTAMENT_SECRET],
		['in 1956', TESTAMENT_SECRET],
		['1922–1929', POWER_STRUGGLE],
		['1922-1929', POWER_STRUGGLE],
		['1922 to 1929', POWER_STRUGGLE],
		['7 November 1917', OLD_STYLE_ONLY],
		['25 October 1917', OLD_STYLE_ONLY]
	];
	it.each(accepted)('accepts %s', (given, date) => {
		expect(judgeDate(given, date)).toBe('right');
	});

	const rejected: [string, CardDate, string][] = [
		['22 Jan 1924', LENIN_DIED, 'wrong'],
		['21 Feb 1924', LENIN_DIED, 'wrong'],
		['21 January 1925', LENIN_DIED, 'wrong'],
		['1924', LENIN_DIED, 'too-vague'],
		['January 1924', LENIN_DIED, 'too-vague'],
		['20 November 1875', KALININ_BORN, 'wrong'],
		['June 1922', FIRST_STROKE, 'wrong'],
		['1922', FIRST_STROKE, 'too-vague'],
		['1955', TESTAMENT_SECRET, 'wrong'],
		['1922–1928', POWER_STRUGGLE, 'wrong'],
		['soon after Lenin', TESTAMENT_SECRET, 'unreadable'],
		['', LENIN_DIED, 'unreadable'],
		['32.01.1924', LENIN_DIED, 'unreadable']
	];
	it.each(rejected)('rejects %s (%s)', (given, date, verdict) => {
		expect(judgeDate(given, date)).toBe(verdict);
	});

	it('reads slashed numbers both ways round but dotted numbers day first', () => {
		expect(parseTypedDate('3/4/1924')).toHaveLength(2);
		expect(parseTypedDate('3.4.1924')).toEqual([{ year: 1924, month: 4, day: 3 }]);
	});
});
