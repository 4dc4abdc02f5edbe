import type { getDocument as GetDocument } from 'pdfjs-dist';
import { ImportError } from './errors';

/**
 * A PDF's text layer with pdfjs-dist, one page after another. Each text line stays a line and pages
 * are separated by a blank line, so the ingest stage sees running headers and page numbers as the
 * repeated short lines they are and drops them. pdfjs is passed in: the browser worker uses the
 * modern build, Node (tests, bench) the legacy one.
 */
export interface PdfLib {
	getDocument: typeof GetDocument;
}

interface TextRun {
	str: string;
	hasEOL: boolean;
	transform: number[];
	width: number;
	height: number;
}

function isTextRun(item: unknown): item is TextRun {
	return typeof item === 'object' && item !== null && 'str' in item && 'transform' in item;
}

/** A page's runs as lines: a new line where pdfjs says so or where the baseline moves. */
export function pageRunsToText(items: unknown[]): string {
	let text = '';
	let lastY: number | undefined;
	let lastEndX: number | undefined;
	for (const item of items) {
		if (!isTextRun(item)) continue;
		const x = item.transform[4];
		const y = item.transform[5];
		const size = Math.abs(item.transform[3]) || item.height || 10;
		const gap = lastY === undefined ? 0 : Math.abs(y - lastY);
		if (item.str !== '' && gap > size * 0.5) {
			if (!text.endsWith('\n')) text += '\n';
			// A gap of more than a line and a half is a paragraph break (or a header/footer set apart).
			if (gap > size * 1.8 && !text.endsWith('\n\n')) text += '\n';
		} else if (
			lastEndX !== undefined &&
			item.str !== '' &&
			!text.endsWith('\n') &&
			!/\s$/.test(text) &&
			!/^\s/.test(item.str) &&
			x - lastEndX > size * 0.15
		)
			text += ' ';
		text += item.str;
		if (item.str !== '') {
			lastY = y;
			lastEndX = x + item.width;
		}
		if (item.hasEOL && !text.endsWith('\n')) text += '\n';
	}
	return text.replace(/[ \t]+\n/g, '\n').trimEnd();
}

export async function pdfToText(
	bytes: Uint8Array,
	pdfjs: PdfLib,
	onPage?: (done: number, total: number) => void
): Promise<string> {
	// pdfjs takes ownership of (detaches) the buffer it is given: hand it a copy.
	const task = pdfjs.getDocument({
		data: bytes.slice(),
		isEvalSupported: false,
		disableFontFace: true,
		useSystemFonts: false,
		verbosity: 0
	});
	let pdf;
	try {
		pdf = await task.promise;
	} catch (error) {
		const name = error instanceof Error ? error.name : '';
		if (name === 'PasswordException')
			throw new ImportError(
				'encrypted-pdf',
				'This PDF is password-protected. Open it in a PDF reader, save a copy without the password, and import that copy.'
			);
		throw new ImportError(
			'malformed-pdf',
			'This PDF could not be read: the file is damaged or not really a PDF. Try exporting it again from the program that made it.'
		);
	}
	try {
		const pages: string[] = [];
		for (let n = 1; n <= pdf.numPages; n++) {
			const page = await pdf.getPage(n);
			const content = await page.getTextContent();
			pages.push(pageRunsToText(content.items));
			page.cleanup();
			onPage?.(n, pdf.numPages);
		}
		const text = pages.join('\n\n');
		if ((text.match(/\p{L}/gu) ?? []).length < 20)
			throw new ImportError(
				'scanned-pdf',
				'This PDF has no text, only images of pages (a scan). Annals needs the text itself: try a text PDF, or run the scan through OCR first.'
			);
		return text;
	} finally {
		await pdf.destroy();
	}
}
