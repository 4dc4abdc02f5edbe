import { decodeDocumentBytes } from '../ingest/decode';
import { docxToText } from './docx';
import {
	asImportError,
	ImportError,
	MAX_FILE_BYTES,
	MAX_TEXT_CHARS,
	fileTooLarge,
	textTooLong
} from './errors';
import { htmlToText } from './html';
import { pdfToText, type PdfLib } from './pdf';

/**
 * From a file the user picked (or pasted text) to the plain text Annals stores as the document's
 * original: every card's quote is a slice of this text. Pure: bytes in, text out, no DOM.
 */
export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx';

export interface ReadDocument {
	text: string;
	format: DocumentFormat;
	/** A title the file itself gives (HTML <title>), if any. */
	title?: string;
	warnings: string[];
}

export interface ReaderOptions {
	pdfjs?: PdfLib;
	/** Pages read so far, for the progress bar (PDF only: other formats read in one go). */
	onPage?: (done: number, total: number) => void;
}

export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.docx'];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK..

function extensionOf(name: string): string {
	const dot = name.lastIndexOf('.');
	return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** What the file is, by its name and, where names lie, by its first bytes. */
export function detectFormat(name: string, bytes: Uint8Array, mimeType = ''): DocumentFormat {
	const ext = extensionOf(name);
	if (startsWith(bytes, PDF_MAGIC)) return 'pdf';
	if (ext === '.pdf') return 'pdf';
	if (ext === '.docx' || mimeType.includes('wordprocessingml')) return 'docx';
	if (ext === '.html' || ext === '.htm' || mimeType === 'text/html') return 'html';
	if (ext === '.md' || ext === '.markdown' || mimeType === 'text/markdown') return 'markdown';
	if (ext === '.txt' || mimeType.startsWith('text/')) return 'text';
	// A shared text or a file without an extension: read it as text when it is not a known container.
	if (ext === '' && !startsWith(bytes, ZIP_MAGIC)) return 'text';
	throw new ImportError(
		'unsupported',
		`Annals can’t read “${name}”: it imports .txt, .md, .html, .pdf and .docx files.` +
			(ext === '.doc' ? ' Save this old Word file as .docx first.' : '')
	);
}

export async function readDocument(
	name: string,
	bytes: Uint8Array,
	mimeType = '',
	options: ReaderOptions = {}
): Promise<ReadDocument> {
	if (bytes.byteLength === 0)
		throw new ImportError('empty', `“${name}” is empty: there is no text in it to make cards from.`);
	if (bytes.byteLength > MAX_FILE_BYTES) throw fileTooLarge(name, bytes.byteLength);
	const format = detectFormat(name, bytes, mimeType);
	let result: ReadDocument;
	if (format === 'pdf') {
		if (!options.pdfjs) throw new Error('readDocument: a PDF needs the pdfjs library');
		const text = await pdfToText(bytes, options.pdfjs, options.onPage);
		result = { text, format, warnings: [] };
	} else if (format === 'docx') {
		if (!startsWith(bytes, ZIP_MAGIC))
			throw new ImportError(
				'malformed-docx',
				`“${name}” is not a real Word (.docx) file. Open it in Word or LibreOffice and save it again as .docx.`
			);
		result = { ...(await docxToText(bytes)), format };
	} else {
		if (bytes.byteLength > MAX_TEXT_CHARS * 4) throw fileTooLarge(name, bytes.byteLength);
		const decoded = decodeText(bytes);
		if (format === 'html') {
			const { text, title } = htmlToText(decoded.text);
			result = { text, format, warnings: decoded.warnings, ...(title ? { title } : {}) };
		} else result = { text: decoded.text, format, warnings: decoded.warnings };
	}
	return checkText(name, result);
}

/** The ingest stage's decoder (BOM, UTF-8 or Windows-1252, binary check), its refusals as ImportErrors. */
function decodeText(bytes: Uint8Array): { text: string; warnings: string[] } {
	try {
		return decodeDocumentBytes(bytes);
	} catch (error) {
		throw asImportError(error) ?? error;
	}
}

/** Pasted text goes through the same checks as a file's text. */
export function readPastedText(text: string): ReadDocument {
	return checkText('The pasted text', { text, format: 'text', warnings: [] });
}

function checkText(name: string, doc: ReadDocument): ReadDocument {
	if (doc.text.length > MAX_TEXT_CHARS) throw textTooLong(name, doc.text.length);
	if (!/\p{L}/u.test(doc.text))
		throw new ImportError(
			'no-text',
			`${name.startsWith('The ') ? name : `“${name}”`} has no text to make cards from.`
		);
	return doc;
}
