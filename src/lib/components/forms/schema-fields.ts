import type { HTMLInputAttributes } from 'svelte/elements';
import { formatNumberInput } from '$lib/format';
import type { Locale } from '$lib/i18n/locales';
import type { TranslatedText } from '$lib/i18n/translated';
import type { Option } from './field';

/**
 * One field of a form as its zod schema describes it (built on the server by `schemaFields` in
 * $lib/server/schema-fields.ts, since the schemas live there, and passed to the page by its load).
 * It holds what the schema knows and nothing the page must say: no label, no option labels.
 */
export type SchemaField<K extends string = string> = {
	name: K;
	/** `text` a string, `number` a number typed as the reader writes it, `choice` an enum or a list
	 * of values, `boolean` a checkbox, `translated` a `{ sv, en, es }` text. */
	kind: 'text' | 'number' | 'choice' | 'boolean' | 'translated';
	required: boolean;
	/** A list of values (several choices). */
	multiple?: boolean;
	maxlength?: number;
	/** Numbers: whole numbers only (the phone's keyboard shows digits). */
	whole?: boolean;
	/** Strings with a format the browser knows. */
	format?: 'email' | 'url';
	/** An enum's values, in the schema's order. */
	values?: string[];
};

/**
 * What the page says about a field: always its label, as a message. Choices get their labels here, either
 * as `options` (values the schema does not list: ids of records) or as `optionLabel` for an enum's values.
 */
export type FieldText = {
	label: string;
	hint?: string;
	/** A select's first, empty choice ("choose…"). */
	placeholder?: string;
	options?: readonly Option[];
	// A method, so that a label function of the enum's own type (`callKindLabel`) fits.
	optionLabel?(value: string): string;
	/** Translated texts: a text area per language. */
	multiline?: boolean;
	/** Several choices as checkboxes rather than a multiple select. */
	checkboxes?: boolean;
	/** Anything else the input takes (`type: 'datetime-local'`, `autocomplete`, `spellcheck`). */
	input?: Omit<HTMLInputAttributes, 'name' | 'id' | 'value'>;
};

/** Submitted values as forms send them back (see `submittedValues`): flat, lists joined by commas. */
export type SubmittedValues = Record<string, string> | null | undefined;

/** What a form action's failure carries: `fail(400, { errors, values })`. */
export type FormState = { errors?: Record<string, string>; values?: Record<string, string> } | null | undefined;

/** The field's value to show: what was sent back after a failure, else what the record holds. */
export function fieldValue(
	field: SchemaField,
	values: SubmittedValues,
	stored: unknown,
	lang: Locale
): string | string[] | boolean | TranslatedText {
	const { name, kind } = field;
	if (kind === 'translated') {
		if (!values) return (stored as TranslatedText | null) ?? {};
		return { sv: values[`${name}.sv`] ?? '', en: values[`${name}.en`] ?? '', es: values[`${name}.es`] ?? '' };
	}
	if (kind === 'boolean') return values ? name in values : stored === true;
	const sent = values?.[name];
	if (field.multiple) {
		if (sent !== undefined) return sent ? sent.split(',') : [];
		return Array.isArray(stored) ? stored.map(String) : [];
	}
	if (sent !== undefined) return sent;
	if (stored === null || stored === undefined) return '';
	// A stored number reads back as the reader writes it ("57,78" in Swedish), so it parses back the same.
	return kind === 'number' && typeof stored === 'number' ? formatNumberInput(stored, lang) : String(stored);
}
