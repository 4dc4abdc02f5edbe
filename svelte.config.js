import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A single-page app: every route falls back to index.html so it works offline from the service worker.
		adapter: adapter({ fallback: 'index.html' }),
		serviceWorker: { register: false },
		// Absolute asset URLs: the service worker answers every route (e.g. /library/some-doc) with the one
		// cached shell, whose relative ./_app/ paths would otherwise point under the route.
		paths: { relative: false }
	}
};

export default config;
