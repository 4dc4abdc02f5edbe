import mammoth from 'mammoth';
import { ImportError } from './errors';

/**
 * A Word document's text with mammoth's raw-text extraction: one paragraph per block, headings and
 * list items included, formatting dropped. mammoth's browser build unzips from an ArrayBuffer, so this
 * runs in the import worker as well as in Node.
 */
export async function docxToText(bytes: Uint8Array): Promise<{ text: string; warnings: string[] }> {
	const arrayBuffer = bytes.buffer.slice(
		bytes.byteOffset,
		bytes.byteOffset + bytes.byteLength
	) as ArrayBuffer;
	let result;
	try {
		// The browser build of mammoth reads `arrayBuffer`, the Node build (tests, bench) `buffer`; JSZip
		// underneath takes an ArrayBuffer either way.
		const input = { arrayBuffer, buffer: arrayBuffer } as { arrayBuffer: ArrayBuffer };
		result = await mammoth.extractRawText(input);
	} catch {
		throw new ImportError(
			'malformed-docx',
			'This Word file could not be read: it is damaged or not really a .docx. Open it in Word or LibreOffice and save it again as .docx.'
		);
	}
	const warnings = result.messages.filter((m) => m.type === 'error').map((m) => m.message);
	return { text: result.value.replace(/\n{3,}/g, '\n\n').trim(), warnings };
}
