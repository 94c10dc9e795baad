/**
 * A `redirectTo` taken from a query string or form is followed only when it is a path on this site:
 * one leading "/", not "//" or "/\" (browsers read both as another host), printable ASCII only
 * (browsers drop tabs and newlines, so "/\t/evil.example" would become "//evil.example").
 * Returns the normalised path, query and fragment, or null.
 */
export function safeRedirectPath(value: string | null | undefined): string | null {
	if (!value || value.length > 2000) return null;
	if (!/^[\x21-\x7e]+$/.test(value)) return null;
	if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
	const base = 'http://glokal.invalid';
	let url: URL;
	try {
		url = new URL(value, base);
	} catch {
		return null;
	}
	if (url.origin !== base) return null;
	return url.pathname + url.search + url.hash;
}
