import { describe, expect, it } from 'vitest';
import { extractTheses } from '../../src/lib/extract/theses';
import { ingestDocument } from '../../src/lib/ingest';

const GUIZOT = `FRANÇOIS GUIZOT
S E L E C T E D   S P E E C H E S

ADDRESS TO THE CHAMBER
Paris, 2 August 1830

. . . Three courses were possible. There was abdication, there was a regency, and there was a republic. We chose the regency.

. . . The victory of the Charter is inevitable.
`;

describe('a count of possible options announces a list; it is no thesis', () => {
	it('"Three courses were possible" gives no claim, "… is inevitable" still does', () => {
		const claims = extractTheses(ingestDocument('guizot-speeches.txt', GUIZOT)).map((f) => f.claim);
		expect(claims.filter((c) => /courses/.test(c))).toEqual([]);
		expect(claims.some((c) => /inevitable/.test(c))).toBe(true);
	});
});
