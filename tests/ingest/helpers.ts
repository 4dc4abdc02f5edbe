import { readFileSync } from 'node:fs';
import { ingestDocument } from '../../src/lib/ingest/index';
import type { IngestedDocument } from '../../src/lib/ingest/types';

export function corpusFile(name: string): string {
	return readFileSync(new URL(`../../cards/sources/${name}`, import.meta.url), 'utf8');
}

export function sentenceTexts(doc: IngestedDocument): string[] {
	return doc.sentences.map((s) => s.text);
}

export function ingest(text: string): IngestedDocument {
	return ingestDocument('test.txt', text);
}

/** The sentence containing `needle`, or undefined. */
export function sentenceWith(doc: IngestedDocument, needle: string) {
	return doc.sentences.find((s) => s.text.includes(needle));
}
