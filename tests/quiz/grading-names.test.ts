import { describe, expect, it } from 'vitest';
import { judgeName, personKey, surname } from '../../src/lib/quiz/names';

const KNOWN = ['Stalin', 'Trotsky', 'Zinoviev', 'Kamenev', 'Bukharin', 'Kalinin', 'Lenin', 'Rykov', 'Kirov'];

describe('typed names are graded by surname, forgiving spelling and small typos', () => {
	const accepted: [string, string][] = [
		['Stalin', 'Stalin'],
		['stalin', 'Stalin'],
		['STALIN', 'J. V. Stalin'],
		['Joseph Stalin', 'J. V. Stalin'],
		['I. V. Stalin', 'Stalin'],
		['Сталин', 'Stalin'],
		['Stalni', 'Stalin'],
		['Zinovyev', 'Zinoviev'],
		['Zinov’ev', 'Zinoviev'],
		['Trotskii', 'Trotsky'],
		['Trotskiy', 'Trotsky'],
		['Trotzki', 'Trotsky'],
		['Dzerzhinskii', 'Felix Dzerzhinsky'],
		['Kalinnin', 'Mikhail Kalinin'],
		['Mikhail Ivanovich Kalinin', 'Kalinin'],
		['Ulyanov', 'Lenin (Vladimir Ilyich Ulyanov)'],
		['Bukharin, N. I.', 'Nikolai Bukharin'],
		['Kámenev', 'Kamenev']
	];
	it.each(accepted)('accepts "%s" for %s', (given, answer) => {
		expect(judgeName(given, answer, KNOWN)).not.toBe('wrong');
	});

	const rejected: [string, string][] = [
		['Trotsky', 'Stalin'],
		['Kamenev', 'Zinoviev'],
		['Joseph', 'Joseph Stalin'],
		['Kirov', 'Rykov'],
		['Lenin', 'Kalinin'],
		['', 'Stalin'],
		['St', 'Stalin'],
		['Bukhanov', 'Bukharin']
	];
	it.each(rejected)('rejects "%s" for %s', (given, answer) => {
		expect(judgeName(given, answer, KNOWN)).toBe('wrong');
	});

	it('never accepts another known person even one typo away', () => {
		expect(judgeName('Rykov', 'Rykova', ['Rykov'])).toBe('wrong');
		expect(judgeName('Rykov', 'Rykova', [])).toBe('typo');
	});

	it('keys transliteration variants and initials to one surname', () => {
		expect(personKey('Zinoviev')).toBe(personKey('Zinovyev'));
		expect(personKey('Trotsky')).toBe(personKey('Trotskii'));
		expect(surname('Stalin, J. V.')).toBe('Stalin');
		expect(surname('Comrade M. I. Kalinin')).toBe('Kalinin');
	});
});
