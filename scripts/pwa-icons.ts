/**
 * Renders the app icons (static/icons/*.png) from one SVG design with the same headless Chromium the
 * browser tests use, so no image tool is needed. Run once after changing the design and commit the
 * PNGs: `npx tsx scripts/pwa-icons.ts`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../tests/e2e/harness';

const INK = '#7a2e1f';

/**
 * `rounded`: an "any" icon with rounded corners and transparent outside them.
 * `bleed`: a full square (maskable and Apple touch icons: the platform cuts its own shape, so the
 * glyph stays inside the central 80 % safe zone).
 */
function svg(kind: 'rounded' | 'bleed'): string {
	const radius = kind === 'rounded' ? 12 : 0;
	const fontSize = kind === 'rounded' ? 40 : 30;
	const baseline = kind === 'rounded' ? 46 : 42.5;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="100%" height="100%">
<rect width="64" height="64" rx="${radius}" fill="${INK}"/>
<text x="32" y="${baseline}" font-family="DejaVu Serif, Georgia, serif" font-weight="bold" font-size="${fontSize}" text-anchor="middle" fill="#fff">A</text>
</svg>`;
}

const ICONS: { file: string; size: number; kind: 'rounded' | 'bleed' }[] = [
	{ file: 'icon-192.png', size: 192, kind: 'rounded' },
	{ file: 'icon-512.png', size: 512, kind: 'rounded' },
	{ file: 'icon-maskable-512.png', size: 512, kind: 'bleed' },
	{ file: 'apple-touch-icon.png', size: 180, kind: 'bleed' }
];

const outDir = join(import.meta.dirname, '..', 'static', 'icons');
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
	executablePath: CHROMIUM_PATH,
	args: ['--no-sandbox'],
	headless: true
});
try {
	for (const icon of ICONS) {
		const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
		await page.setContent(
			`<html><body style="margin:0;background:transparent">${svg(icon.kind)}</body></html>`
		);
		await page.screenshot({ path: join(outDir, icon.file), omitBackground: true });
		await page.close();
		console.log(`static/icons/${icon.file} ${icon.size}×${icon.size}`);
	}
} finally {
	await browser.close();
}
