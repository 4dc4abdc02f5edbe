import { Parser } from 'htmlparser2';

/**
 * HTML reduced to its readable text with htmlparser2, a tokenizer that needs no DOM (so it runs in
 * the import worker) and never executes anything: scripts, styles and other non-text elements are
 * dropped with their content, entities are decoded, and block elements become line breaks so the
 * ingest stage still sees paragraphs and headings.
 */

/** Elements whose content is never shown to a reader. */
const HIDDEN = new Set([
	'script',
	'style',
	'noscript',
	'template',
	'iframe',
	'object',
	'embed',
	'svg',
	'math',
	'canvas',
	'select',
	'button'
]);

/** Elements that start a new line (paragraph-level): everything else flows inline. */
const BLOCK = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'body',
	'caption',
	'dd',
	'details',
	'div',
	'dl',
	'dt',
	'fieldset',
	'figcaption',
	'figure',
	'footer',
	'form',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'li',
	'main',
	'nav',
	'ol',
	'p',
	'pre',
	'section',
	'summary',
	'table',
	'tbody',
	'thead',
	'tfoot',
	'tr',
	'ul'
]);

/** Blocks that stand apart as paragraphs (a blank line), not just a new line. */
const PARAGRAPH = new Set([
	'p',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'blockquote',
	'pre',
	'table',
	'section',
	'article'
]);

export interface HtmlText {
	text: string;
	/** The document's <title>, when it has one. */
	title?: string;
}

export function htmlToText(html: string): HtmlText {
	const out: string[] = [];
	let hiddenDepth = 0;
	let preDepth = 0;
	let inTitle = false;
	// <head> is tracked apart: pages often never close it, and <body> must still show.
	let inHead = false;
	let title = '';
	/** Pending break before the next text: 0 none, 1 line, 2 paragraph. */
	let pendingBreak = 0;
	let atLineStart = true;

	const breakLine = (strength: 1 | 2) => {
		pendingBreak = Math.max(pendingBreak, strength);
	};

	const parser = new Parser(
		{
			onopentag(name) {
				if (name === 'title') inTitle = true;
				if (name === 'head') inHead = true;
				if (name === 'body') inHead = false;
				if (HIDDEN.has(name)) {
					hiddenDepth++;
					return;
				}
				if (name === 'pre') preDepth++;
				if (name === 'br') breakLine(1);
				else if (name === 'td' || name === 'th') {
					if (!atLineStart) out.push('\t');
				} else if (BLOCK.has(name)) breakLine(PARAGRAPH.has(name) ? 2 : 1);
			},
			onclosetag(name) {
				if (name === 'title') inTitle = false;
				if (name === 'head') inHead = false;
				if (HIDDEN.has(name)) {
					hiddenDepth = Math.max(0, hiddenDepth - 1);
					return;
				}
				if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
				if (BLOCK.has(name)) breakLine(PARAGRAPH.has(name) ? 2 : 1);
			},
			ontext(data) {
				if (inTitle) {
					title += data;
					return;
				}
				if (hiddenDepth > 0 || inHead) return;
				const chunk = preDepth > 0 ? data : data.replace(/[ \t\r\n\f]+/g, ' ');
				if (chunk === '' || (atLineStart && pendingBreak === 0 && chunk === ' ' && preDepth === 0)) return;
				let piece = chunk;
				if (pendingBreak > 0 && out.length > 0) {
					out.push(pendingBreak === 2 ? '\n\n' : '\n');
					atLineStart = true;
				}
				pendingBreak = 0;
				if (atLineStart && preDepth === 0) piece = piece.replace(/^ +/, '');
				if (piece === '') return;
				out.push(piece);
				atLineStart = piece.endsWith('\n');
			}
		},
		{ decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true }
	);
	parser.write(html);
	parser.end();
	const text = out
		.join('')
		.replace(/[ \t]+\n/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
	const cleanTitle = title.replace(/\s+/g, ' ').trim();
	return cleanTitle ? { text, title: cleanTitle } : { text };
}
