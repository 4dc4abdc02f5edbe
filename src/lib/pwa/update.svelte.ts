/**
 * Service-worker registration (workbox-window) and the reactive state of the "Update available"
 * banner. The worker is built with registerType 'prompt': a new version installs in the background
 * and waits; only the user's Reload switches to it, so an answer is never lost to a surprise reload.
 */
import { Workbox } from 'workbox-window';
import { SERVICE_WORKER_FILE } from './build-options';
import {
	bannerVisible,
	closedGate,
	dismissed,
	held,
	released,
	updateFound,
	type UpdateGate
} from './update-gate';

let gate = $state<UpdateGate>(closedGate);
let workbox: Workbox | undefined;
let started = false;
let nextHolder = 0;

/** Reactive view of the banner for components. */
export const updatePrompt = {
	get visible(): boolean {
		return bannerVisible(gate);
	},
	get waiting(): boolean {
		return gate.waiting;
	}
};

/**
 * Ask the banner to wait (the review screen calls this while a session runs). Returns the release;
 * calling it twice is harmless.
 */
export function holdUpdatePrompt(): () => void {
	const holder = `hold-${nextHolder++}`;
	gate = held(gate, holder);
	return () => {
		gate = released(gate, holder);
	};
}

export function dismissUpdate(): void {
	gate = dismissed(gate);
}

/** Switch to the waiting version: the page reloads once the new worker has taken control. */
export function reloadToUpdate(): void {
	if (!workbox || !gate.waiting) {
		window.location.reload();
		return;
	}
	workbox.addEventListener('controlling', () => window.location.reload());
	workbox.messageSkipWaiting();
}

/**
 * Register the service worker once per page. Skipped in `vite dev` (no worker is built there) and in
 * browsers without service workers, where the app still works while online.
 */
export async function startServiceWorker(): Promise<void> {
	if (started || import.meta.env.DEV || !('serviceWorker' in navigator)) return;
	started = true;
	workbox = new Workbox(`/${SERVICE_WORKER_FILE}`, { scope: '/' });
	// 'waiting' also fires on load when a version installed earlier is still waiting.
	workbox.addEventListener('waiting', () => {
		gate = updateFound(gate);
	});
	try {
		await workbox.register();
	} catch (error) {
		// No worker (e.g. private mode with storage blocked): the app keeps working online.
		console.warn('Service worker registration failed; offline use is unavailable.', error);
		return;
	}
	// Phones keep the app open for days: look for a new version whenever it comes back to the front.
	document.addEventListener('visibilitychange', () => {
		// A failed check (flaky network) just waits for the next one.
		if (document.visibilityState === 'visible' && navigator.onLine) workbox?.update().catch(() => {});
	});
}
