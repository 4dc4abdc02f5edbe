import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { pwaOptions } from './src/lib/pwa/build-options';

export default defineConfig({
	plugins: [sveltekit(), SvelteKitPWA(pwaOptions)],
	// Module workers: the generator and import workers import code-split modules (pdf.js, chunks),
	// which the default IIFE worker format cannot bundle.
	worker: { format: 'es' },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['tests/**/*.test.ts'],
					exclude: ['tests/e2e/**'],
					environment: 'node',
					// Some tests run the generator on the whole corpus or spawn the CLI: on a loaded
					// 2-core machine that takes longer than vitest's 5 s default. Speed is the bench's job.
					testTimeout: 30_000
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
