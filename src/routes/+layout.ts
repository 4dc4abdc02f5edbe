// A static single-page app: everything runs in the browser, from IndexedDB.
export const prerender = false;
export const ssr = false;
