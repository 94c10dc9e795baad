import { formatNumberInput } from '$lib/format';
import type { Locale } from '$lib/i18n/locales';
import type { TranslatedText } from '$lib/i18n/translated';
import { m } from '$lib/paraglide/messages';

/**
 * The one form open on the results tab (`?form=…&result=…&indicator=…&period=…`): one at a time, so the
 * page works without JavaScript and every field keeps a unique id.
 */
export type Panel =
	| { form: 'add-result' }
	| { form: 'edit-result'; result: string }
	| { form: 'add-indicator'; result: string }
	| { form: 'edit-indicator'; result: string; indicator: string }
	| { form: 'add-period'; result: string; indicator: string }
	| { form: 'edit-period'; result: string; indicator: string; period: string };

/** The address that opens a panel; with `action`, the address its form posts to (it stays open on a refusal). */
export function panelHref(base: string, panel: Panel, action?: string): string {
	const params = new URLSearchParams(Object.entries(panel));
	return `${base}?${params.toString()}${action ? `&/${action}` : ''}#results-form`;
}

/** What the last change did (`?done=`), said once at the top of the tab. */
export const doneMessages = {
	result_added: m.results_done_result_added,
	result_updated: m.results_done_result_updated,
	result_removed: m.results_done_result_removed,
	indicator_added: m.results_done_indicator_added,
	indicator_updated: m.results_done_indicator_updated,
	indicator_removed: m.results_done_indicator_removed,
	period_added: m.results_done_period_added,
	period_updated: m.results_done_period_updated,
	period_removed: m.results_done_period_removed
} as const;
export type DoneCode = keyof typeof doneMessages;

/** Each form's fields in the order shown: the problems list links to them in this order. */
const translated = (name: string) => [name, `${name}.sv`, `${name}.en`, `${name}.es`];
export const resultFields = ['kind', ...translated('title'), ...translated('description')];
export const indicatorFields = [
	'kind',
	...translated('name'),
	'unit',
	'baselineValue',
	'baselineYear',
	'targetValue',
	'targetYear',
	...translated('baselineText'),
	...translated('targetText')
];
export const periodFields = [
	'periodStart',
	'periodEnd',
	'actualValue',
	...translated('actualText'),
	...translated('narrative')
];

/**
 * A stored record as the flat values of its form: translated texts as `name.sv`, numbers as the reader
 * writes them ("12,5" in Swedish), so that saving the form unchanged keeps them.
 */
export function formValues(record: Record<string, unknown>, lang: Locale): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of Object.entries(record)) {
		if (typeof value === 'string') values[key] = value;
		else if (typeof value === 'number') values[key] = formatNumberInput(value, lang);
		else if (value && typeof value === 'object' && !Array.isArray(value))
			for (const [locale, text] of Object.entries(value as TranslatedText))
				if (typeof text === 'string') values[`${key}.${locale}`] = text;
	}
	return values;
}

/** A translated field's value from flat form values. */
export function translatedValue(values: Record<string, string>, name: string): TranslatedText {
	return { sv: values[`${name}.sv`], en: values[`${name}.en`], es: values[`${name}.es`] };
}
