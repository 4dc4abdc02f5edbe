import { describe, expect, it } from 'vitest';
import { extractTheses } from '../../src/lib/extract/theses';
import { attributionPhrase } from '../../src/lib/cards/templates';
import { fixtureDocument } from '../cards/fixture-document';

// Made-up texts: an essayist (Morrow) who states her own positions and quotes a historian (Halvard).
const essay = { author: 'Morrow', work: 'Letters on the Guilds', year: 1911 };

function thesesOf(text: string) {
	return extractTheses(fixtureDocument('essay.txt', text, essay, 'Letters on the Guilds'));
}

describe('words the author quotes from someone else', () => {
	it('keeps the author’s own claim as hers', () => {
		const theses = thesesOf(
			'The guild system is the backbone of the medieval town economy. Halvard wrote a long book about it.'
		);
		const own = theses.find((t) => /backbone/.test(t.claim));
		expect(own).toMatchObject({ author: 'Morrow', work: 'Letters on the Guilds', year: 1911 });
		expect(own?.quotedBy).toBeUndefined();
	});

	it('gives a quotation interrupted by “says Halvard” to Halvard, quoted by the author', () => {
		const theses = thesesOf(
			'The towns grew slowly. “The guild,” says Halvard, “is a bulwark against the merchants. ' +
				'The monopoly of the masters is the true source of guild power.” Nothing came of it.'
		);
		const quoted = theses.find((t) => /monopoly of the masters/.test(t.claim));
		expect(quoted).toMatchObject({ author: 'Halvard', quotedBy: 'Morrow', work: 'Letters on the Guilds' });
		expect(attributionPhrase(quoted!, false)).toBe('According to Halvard, as quoted by Morrow (1911)');
		expect(theses.some((t) => t.author === 'Morrow' && /monopoly of the masters/.test(t.claim))).toBe(false);
	});

	it('follows a colon-introduced quotation across its sentences', () => {
		const theses = thesesOf(
			'The towns grew slowly in the north. As Halvard put it:\n\n“The markets were closed to strangers. ' +
				'The apprenticeship is the school of the whole craft.”\n\nThe towns grew anyway.'
		);
		const quoted = theses.find((t) => /apprenticeship/.test(t.claim));
		expect(quoted).toBeDefined();
		expect(quoted?.author).toBe('Halvard');
	});

	it('gives a quotation signed in brackets to its signer', () => {
		const theses = thesesOf(
			'“The fundamental question of every guild is the question of prices.” (Halvard.) Does this mean all is settled?'
		);
		const quoted = theses.find((t) => /question of prices/.test(t.claim));
		expect(quoted).toMatchObject({ author: 'Halvard', quotedBy: 'Morrow' });
		expect(theses.some((t) => t.author === 'Morrow' && /question of prices/.test(t.claim))).toBe(false);
	});

	it('drops quoted words whose speaker the passage does not name', () => {
		const theses = thesesOf(
			'The towns grew slowly. “The monopoly of the masters is the true source of guild power” ' +
				'(see Vol. II, p. 190). The towns grew anyway.'
		);
		expect(theses.some((t) => /monopoly of the masters/.test(t.claim))).toBe(false);
	});
});
