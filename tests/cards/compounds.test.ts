import { describe, expect, it } from 'vitest';
import { mendCompounds } from '../../src/lib/cards/templates';
import { fixtureDocument } from './fixture-document';

describe('compounds that lost their hyphen at a line end', () => {
	// Stalin, Works vol. 6: "bourgeois-democratic" 15 times, "bourgeoisdemocratic" twice (PDF debris).
	const text =
		'The bourgeois-democratic revolution came first. The bourgeois-democratic republic followed. Soviet power differs from the old bourgeoisdemocratic and parliamentary form. A well-known man was there, wellknown indeed.';
	const doc = fixtureDocument('works.txt', text);
	it('take the document’s usual hyphenated spelling on a face', () => {
		expect(mendCompounds('A new form different from the old bourgeoisdemocratic form', { doc })).toBe(
			'A new form different from the old bourgeois-democratic form'
		);
	});
	it('leave a word alone when the document does not prefer the hyphen', () => {
		expect(mendCompounds('He was wellknown', { doc })).toBe('He was wellknown');
	});
});
