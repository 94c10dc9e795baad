import { formatNumberInput } from '$lib/format';
import type { Locale } from '$lib/i18n/locales';
import type { TranslatedText } from '$lib/i18n/translated';

// Staff forms send values back flat (`name.sv`, `countryCodes` joined by commas); these read them again.

type Values = Record<string, string> | null | undefined;

/** The texts of a TranslatedField named `name`, from submitted values, or `fallback` when nothing was sent. */
export function translatedFrom(values: Values, name: string, fallback: TranslatedText | null = {}): TranslatedText {
	if (!values) return fallback ?? {};
	return { sv: values[`${name}.sv`] ?? '', en: values[`${name}.en`] ?? '', es: values[`${name}.es`] ?? '' };
}

/** A multiple choice sent back as `a,b,c`. */
export function listFrom(values: Values, name: string, fallback: readonly string[]): string[] {
	const raw = values?.[name];
	if (raw === undefined) return [...fallback];
	return raw ? raw.split(',') : [];
}

/** A single value sent back, or what the record holds. */
export function valueFrom(values: Values, name: string, fallback: string | number | null | undefined): string {
	const raw = values?.[name];
	return raw !== undefined ? raw : fallback === null || fallback === undefined ? '' : String(fallback);
}

/** A number sent back, or the stored one as the reader writes it ("57,78" in Swedish), so it reads back the same. */
export function numberFrom(values: Values, name: string, fallback: number | null | undefined, lang: Locale): string {
	return valueFrom(
		values,
		name,
		fallback === null || fallback === undefined ? null : formatNumberInput(fallback, lang)
	);
}

/** A submitted form's text fields, to give back on failure; `arrays` (multiple choices) are joined by commas. */
export function submittedValues(data: FormData, arrays: readonly string[] = []): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of data) if (typeof value === 'string' && !arrays.includes(key)) values[key] = value;
	for (const name of arrays)
		values[name] = data
			.getAll(name)
			.filter((v) => typeof v === 'string')
			.join(',');
	return values;
}
