import type { Locale } from '$lib/i18n/locales';
import { formatNumber } from '$lib/format';

// What a file field accepts, checked the same way in the browser (before upload) and on the server.

/**
 * True when a file fits an accept list as the `accept` attribute reads it: MIME types ("application/pdf"),
 * wildcards ("image/*") and extensions (".docx"). An empty list accepts anything.
 */
export function fileAccepted(accept: readonly string[], file: { name: string; type: string }): boolean {
	if (accept.length === 0) return true;
	const name = file.name.toLowerCase();
	const type = file.type.toLowerCase();
	return accept.some((entry) => {
		const rule = entry.trim().toLowerCase();
		if (rule.startsWith('.')) return name.endsWith(rule);
		if (rule.endsWith('/*')) return type.startsWith(rule.slice(0, -1));
		return type === rule;
	});
}

/** A size as people read it: "840 kB", "2,5 MB" (decimal units, as file managers show them). */
export function formatFileSize(bytes: number, locale: Locale): string {
	const [unit, size] =
		bytes >= 1_000_000
			? (['megabyte', bytes / 1_000_000] as const)
			: bytes >= 1_000
				? (['kilobyte', bytes / 1_000] as const)
				: (['byte', bytes] as const);
	return formatNumber(size, locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
}

/** The accept list as the reader sees it: ".pdf, .docx, image/*" → "PDF, DOCX, image". */
export function describeAccept(accept: readonly string[]): string {
	return accept.map((rule) => (rule.startsWith('.') ? rule.slice(1).toUpperCase() : rule.replace('/*', ''))).join(', ');
}
