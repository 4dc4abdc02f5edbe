/**
 * Build-time options of the service worker and web manifest (read by vite.config.ts, never shipped).
 * Kept beside the runtime registration so the two agree on the worker's file name and update mode.
 */
import type { SvelteKitPWAOptions } from '@vite-pwa/sveltekit';

/** Where the generated worker is served; registration (register.ts) uses the same name. */
export const SERVICE_WORKER_FILE = 'sw.js';

export const THEME_COLOUR = '#7a2e1f';
export const BACKGROUND_COLOUR = '#faf7f2';

export const pwaOptions: Partial<SvelteKitPWAOptions> = {
	strategies: 'generateSW',
	filename: SERVICE_WORKER_FILE,
	// 'prompt': a new version waits until the user presses Reload, so an update never cuts a review short.
	registerType: 'prompt',
	// Registration is ours (src/lib/pwa/register.ts, workbox-window), not an injected script.
	injectRegister: false,
	kit: {
		adapterFallback: 'index.html',
		// Precache the SPA shell under '/', the URL every static host (and `vite preview`, which 404s on
		// /index.html) serves it at; its revision follows the build's version.json.
		spa: { fallbackMapping: '/' }
	},
	manifest: {
		name: 'Annals',
		short_name: 'Annals',
		description: 'Flashcards and quizzes from your own history documents: dates, office-holders, key theses.',
		id: '/',
		start_url: '/',
		scope: '/',
		display: 'standalone',
		orientation: 'portrait',
		lang: 'en',
		theme_color: THEME_COLOUR,
		background_color: BACKGROUND_COLOUR,
		categories: ['education'],
		// Android's "Share to Annals": shared files, text or a link are posted to /library/share, kept by
		// static/share-target.js in the service worker, and opened in the library's import.
		share_target: {
			action: '/library/share',
			method: 'POST',
			enctype: 'multipart/form-data',
			params: {
				title: 'title',
				text: 'text',
				url: 'url',
				files: [
					{
						name: 'files',
						accept: [
							'text/plain',
							'text/markdown',
							'text/html',
							'application/pdf',
							'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
							'.txt',
							'.md',
							'.html',
							'.pdf',
							'.docx'
						]
					}
				]
			}
		},
		icons: [
			{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
			{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
			{ src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' }
		]
	},
	workbox: {
		// Everything the app needs with no network: the shell, every JS/CSS chunk (routes, workers, the
		// FSRS optimiser's WASM), the bundled decks (JSON or JS chunks) and their source texts (.txt/.md).
		globPatterns: ['client/**/*.{js,css,html,ico,png,svg,webp,webmanifest,json,wasm,woff,woff2,txt,md}'],
		// Decks and the PDF reader are larger than Workbox's 2 MiB default; a missing deck offline is
		// worse than a longer first install.
		maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
		// An empty map keeps our globPatterns as they are: otherwise the plugin appends a `prerendered/`
		// pattern that matches nothing in an SPA and warns on every build.
		modifyURLPrefix: {},
		// Any route, reloaded offline, gets the precached shell; the client router then shows the page.
		navigateFallback: '/',
		// Handles the POST of a share (files); it must run before Workbox's GET routes.
		importScripts: ['/share-target.js'],
		cleanupOutdatedCaches: true,
		clientsClaim: false,
		skipWaiting: false
	}
};
