import { describe, expect, it } from 'vitest';
import { letterHeadingAuthor, signatureName } from '../../src/lib/ingest/attribution';

describe('headings that name the writer of a letter or statement', () => {
	it('reads the corpus collection’s headings (Ulyanova, Stalin)', () => {
		expect(letterHeadingAuthor('M.I. Ulyanova to the presidium of the')).toBe('Ulyanova');
		expect(letterHeadingAuthor('M.I. Ulyanova on Vladimir Ilyich Lenin’s relation towards J. Stalin:')).toBe(
			'Ulyanova'
		);
		expect(letterHeadingAuthor('Letter of Joseph Stalin to Vladimir Ilyich Lenin')).toBe('Stalin');
		expect(letterHeadingAuthor('To Com. Lenin from Stalin')).toBe('Stalin');
	});
	it('reads headings of any correspondence', () => {
		expect(letterHeadingAuthor('Lincoln to Horace Greeley')).toBe('Lincoln');
		expect(letterHeadingAuthor('Telegram from Bismarck to the King, 13 July 1870')).toBe('Bismarck');
		expect(letterHeadingAuthor('Speech of Robespierre on the Festival of the Supreme Being')).toBe(
			'Robespierre'
		);
	});
	it('takes no addressee line, number or sentence for a writer', () => {
		expect(letterHeadingAuthor('To the Joint Plenum of the CC and CCC')).toBeUndefined();
		expect(letterHeadingAuthor('No. 1')).toBeUndefined();
		expect(letterHeadingAuthor('The Party to the People')).toBeUndefined();
		expect(
			letterHeadingAuthor('Stalin returned to Lenin and told him that everything was not yet lost.')
		).toBeUndefined();
	});
});

describe('signatures', () => {
	it('reads a signature with initials, with or without a date', () => {
		expect(signatureName('I. Stalin.')).toEqual({ author: 'Stalin' });
		expect(signatureName('26th July 1926. M. Ulyanova.')).toEqual({ author: 'Ulyanova', year: 1926 });
		expect(signatureName('N. Krupskaya (1936).')).toEqual({ author: 'Krupskaya', year: 1936 });
		expect(signatureName('A. Lincoln')).toEqual({ author: 'Lincoln' });
	});
	it('takes no short sentence for a signature', () => {
		expect(signatureName('Stalin promised.')).toBeUndefined();
		expect(signatureName('The Committee adjourned at five.')).toBeUndefined();
	});
});
