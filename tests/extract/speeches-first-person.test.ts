import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/lib/ingest';
import { extractFacts } from '../../src/lib/extract';
import { speechClaim } from '../../src/lib/extract/speeches';
import { thesisCards } from '../../src/lib/cards/templates';
import { cardProblems } from '../../src/lib/cards/quality';
import { examWorthiness } from '../../src/lib/cards/exam-worthiness';
import type { ThesisFact } from '../../src/lib/extract/types';

function thesisCardsOf(name: string, text: string): string[] {
	const doc = ingestDocument(name, text);
	return extractFacts(doc)
		.filter((f): f is ThesisFact => f.kind === 'thesis')
		.flatMap((f) => thesisCards(f, { doc }))
		.filter((c) => cardProblems(c, doc.original).length === 0 && examWorthiness(c).keep)
		.map((c) => `${c.front} → ${c.back}`);
}

/**
 * An invented volume: the name on the first line, the volume's title under it and the genre below; a
 * running header that the title page also carries; pieces whose sentences open with an editor's cut.
 */
const KOSSUTH = `LAJOS KOSSUTH
THE VOICE OF HUNGARY
S E L E C T E D   S P E E C H E S

K O S S U T H

ADDRESS TO THE DIET
Pressburg, 3 March 1848

You ask, what is our aim? I can answer in one word: It is liberty, liberty for every nation of the crown.

SELECTED SPEECHES

. . . I have cherished the ideal of a free Hungary in which every people of the crown lives in peace and with equal rights.

ADDRESS AT WINCHESTER
Winchester, 23 October 1851

. . . Today the peoples of Europe, great and small, recognise that absolutism has no future. Our resort to arms in 1848, with the founding of the Honvéd, was a purely defensive action against the tyranny of Vienna. I did not become Governor in order to preside over the partition of the kingdom.
`;

describe("a statesman's volume: first-person and rhetorical claims of the speaker", () => {
	const cards = thesisCardsOf('kossuth-speeches.txt', KOSSUTH);

	it('finds the speaker from a title page whose genre stands a line below the volume title', () => {
		expect(cards.some((c) => c.endsWith('→ Kossuth'))).toBe(true);
	});

	it('reads a question answered in the next sentence as the statement ("our aim is liberty")', () => {
		expect(cards).toContain('According to Kossuth (1848), our aim is ____. → liberty');
	});

	it('keeps a credo after a running header in the same speech, asked as "Who said …?"', () => {
		expect(cards).toContain(
			'Who said in 1848: “I have cherished the ideal of a free Hungary in which every people of the crown lives in peace and with equal rights”? → Kossuth'
		);
	});

	it("asks what a people recognise, and the verdict on the speaker's side's act, by their last words", () => {
		expect(cards).toContain(
			'According to Kossuth (1851), the peoples of Europe, great and small, recognise that absolutism has ____. → no future'
		);
		expect(cards.find((c) => c.includes('our resort to arms in 1848'))).toMatch(
			/a purely ____ action .* → defensive$/
		);
	});

	it("a line saying what the office was not taken for is the speaker's own", () => {
		expect(cards).toContain(
			'Who said in 1851: “I did not become Governor in order to preside over the partition of the kingdom”? → Kossuth'
		);
	});
});

describe('the shapes alone, on other speakers', () => {
	it('"We felt that without X there would be no way …" is a line of the speaker', () => {
		expect(
			speechClaim(
				'We felt that without an armed rising there would be no way open to the Irish people to win their independence.'
			)
		).toMatchObject({ link: 'said' });
	});

	it('a pronoun subject does not recognise anything on a card', () => {
		expect(speechClaim('They recognise that the old order has no future.')).toBeUndefined();
	});
});

describe('an editor\'s cut before "Only …" does not make a manner the one thing that can', () => {
	it('"… Only in this sense will I speak of it" is no claim', () => {
		expect(
			speechClaim('. . . Only in this sense will I speak in my lectures of the foundations of the Charter.')
		).toBeUndefined();
		expect(speechClaim('. . . Only a peace between equals can last.')).toMatchObject({
			predicate: 'a peace between equals'
		});
	});
});
