/** Runs every extractor on one ingested document. */
import type { IngestedDocument } from '../ingest/types';
import type { Fact } from './types';
import { extractDateFacts } from './dates';
import { extractOfficeFacts } from './offices';
import { extractFallbackOffices } from './office-fallback';
import { extractTheses } from './theses';
import { extractNoteFacts, preferNoteReadings } from './notes';
import { extractClaims } from './claims';
import { extractSpeechFacts } from './speeches';
import { extractFallbackDateFacts } from './date-fallback';

const EXTRACTORS: [string, (doc: IngestedDocument, found: Fact[]) => Fact[]][] = [
	['dates', extractDateFacts],
	['offices', extractOfficeFacts],
	// Posts in sentences offices.ts took nothing from (office-fallback.ts says which shapes).
	['office titles', extractFallbackOffices],
	['theses', extractTheses],
	['claims', extractClaims],
	// A volume of one statesman's speeches: each piece dated by its dateline, the speaker's own claims.
	['speeches', extractSpeechFacts],
	['notes', extractNoteFacts],
	// Last: it reads only the dates every other extractor left without a fact.
	['date fallback', extractFallbackDateFacts]
];

/**
 * All facts of a document. One extractor failing on an odd document must not cost the student the
 * cards of the others: its error becomes a warning on the document.
 */
export function extractFacts(doc: IngestedDocument): Fact[] {
	const facts: Fact[] = [];
	for (const [name, extract] of EXTRACTORS) {
		try {
			facts.push(...extract(doc, facts));
		} catch (error) {
			doc.warnings.push(`The ${name} extractor failed on this document: ${(error as Error).message}`);
		}
	}
	return preferNoteReadings(facts);
}
