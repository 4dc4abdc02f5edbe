import { describe, expect, it } from 'vitest';
import { withPartOfYear } from '../../src/lib/cards/dates';
import { testCard } from './card-fixture';

const year = (iso: string) => ({ iso, precision: 'year' as const, calendar: 'gregorian' as const });

describe('a year the source narrows to a part of the year', () => {
	it('is answered as the source says it', () => {
		const autumn = testCard({ back: '1848', date: year('1848'), quote: 'In the autumn of 1848 the court fled to Olmütz.' });
		expect(withPartOfYear(autumn).back).toBe('autumn 1848');
		const early = testCard({ back: '1926', date: year('1926'), quote: 'In early 1926 Zinoviev lost Leningrad.' });
		expect(withPartOfYear(early).back).toBe('early 1926');
		expect(withPartOfYear(early).date).toEqual(year('1926'));
	});
	it('leaves a plain year, or a quote with the year twice', () => {
		const plain = testCard({ back: '1848', date: year('1848'), quote: 'In 1848 revolution spread.' });
		expect(withPartOfYear(plain)).toBe(plain);
		const twice = testCard({ back: '1848', date: year('1848'), quote: 'In spring 1848 … by 1848 it was over.' });
		expect(withPartOfYear(twice)).toBe(twice);
	});
});
