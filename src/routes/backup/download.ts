/** Saves bytes as a file through the browser's download (works offline: no server round trip). */
export function download(bytes: Uint8Array | string, fileName: string, type: string): void {
	const blob = new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	// Give the download a moment to start before the URL is released.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
