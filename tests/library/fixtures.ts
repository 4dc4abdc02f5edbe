/** Real PDF and DOCX files built in memory for the reader tests (pdf-lib and docx, not renamed text). */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * A text PDF laid out like a real one: each page gets a running header, its paragraphs wrapped to the
 * page width (a blank line's space between paragraphs), and a page number at the foot.
 */
export async function makeTextPdf(pages: string[][], header = 'A HISTORY OF THE PARTY'): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	const font = await pdf.embedFont(StandardFonts.TimesRoman);
	const size = 11;
	const width = 340;
	pages.forEach((paragraphs, index) => {
		const page = pdf.addPage([420, 595]);
		page.drawText(header, { x: 40, y: 560, size: 9, font });
		let y = 520;
		for (const paragraph of paragraphs) {
			let line = '';
			for (const word of paragraph.split(' ')) {
				const next = line ? `${line} ${word}` : word;
				if (font.widthOfTextAtSize(next, size) > width && line) {
					page.drawText(line, { x: 40, y, size, font });
					y -= 15;
					line = word;
				} else line = next;
			}
			if (line) page.drawText(line, { x: 40, y, size, font });
			y -= 30;
		}
		page.drawText(String(index + 1), { x: 205, y: 30, size: 9, font });
	});
	return pdf.save();
}

/** A "scanned" PDF: pages with drawn shapes only, no text layer at all. */
export async function makeScannedPdf(): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	for (let i = 0; i < 2; i++) {
		const page = pdf.addPage([420, 595]);
		for (let y = 40; y < 560; y += 14) page.drawRectangle({ x: 40, y, width: 300, height: 6, opacity: 0.6 });
	}
	return pdf.save();
}

/**
 * A password-protected PDF. pdf-lib cannot encrypt, so this writes the one object pdfjs checks: an
 * /Encrypt dictionary (standard security handler, RC4 40-bit) with a user password that is not empty.
 */
export function makeEncryptedPdf(): Uint8Array {
	const hex32 = 'a'.repeat(64);
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
		`<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex32}> /U <${hex32}> /P -44 >>`
	];
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((o, i) => {
		offsets.push(body.length);
		body += `${i + 1} 0 obj\n${o}\nendobj\n`;
	});
	const xref = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${'b'.repeat(32)}> <${'b'.repeat(32)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
	return new TextEncoder().encode(body);
}

export async function makeDocx(title: string, paragraphs: string[]): Promise<Uint8Array> {
	const doc = new Document({
		sections: [
			{
				children: [
					new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }),
					...paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] }))
				]
			}
		]
	});
	return new Uint8Array(await Packer.toArrayBuffer(doc));
}
