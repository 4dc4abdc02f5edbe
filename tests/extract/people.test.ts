import { describe, expect, it } from 'vitest';
import {
	buildPersonIndex,
	canonicalPerson,
	findPersonNames,
	resolvePronouns
} from '../../src/lib/extract/people';
import { docFromText } from './people-doc-fixture';

const names = (text: string) => findPersonNames(text).map((m) => m.name);

describe('findPersonNames', () => {
	it('finds names with initials, given names and patronymics', () => {
		expect(names('After the death of Ia. M. Sverdlov he was elected chairman.')).toEqual(['Ia. M. Sverdlov']);
		expect(names('Mikhail Ivanovich Kalinin was born on 19 November 1875.')).toEqual([
			'Mikhail Ivanovich Kalinin'
		]);
		expect(names('Letters between Lenin, Stalin and M. I. Ulyanova (1923–1926)')).toEqual([
			'Lenin',
			'Stalin',
			'M. I. Ulyanova'
		]);
	});

	it('leaves out organisations, places after "in/at", months and sentence-initial words', () => {
		expect(names('The Lenin Institute in Berlin met in the Kremlin in January.')).toEqual([]);
		expect(names('In 1920, Kalinin attended the Congress in Moscow.')).toEqual(['Kalinin']);
	});

	it('gives offsets into the sentence', () => {
		const text = 'Comrade Kalinin succeeded.';
		const [m] = findPersonNames(text);
		expect(text.slice(m.index, m.index + m.length)).toBe('Kalinin');
	});
});

describe('canonicalPerson', () => {
	it('maps every form of a name to one key with the surname as display', () => {
		for (const n of ['Vladimir Lenin', 'V. I. Lenin', 'Lenin', "Lenin's"])
			expect(canonicalPerson(n)).toEqual({ key: 'lenin', display: 'Lenin' });
	});
});

describe('resolvePronouns', () => {
	it('sends he to the last male subject and she to the last female one, falling back on the main subject', () => {
		const doc = docFromText(
			'# Kalinin, Mikhail Ivanovich\nMikhail Kalinin was born in 1875. He joined the party in 1898.\n\nKrupskaya wrote a letter. She was angry. He died in 1946.'
		);
		const index = buildPersonIndex(doc);
		expect(index.mainSubject).toBe('kalinin');
		const ante = resolvePronouns(doc, index);
		expect(ante[1].he).toBe('kalinin');
		expect(ante[3].she).toBe('krupskaya');
		expect(ante[4].he).toBe('kalinin');
	});
});
