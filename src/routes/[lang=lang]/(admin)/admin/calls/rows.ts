import type { TranslatedText } from '$lib/i18n/translated';

// The editable lists of the call form (requirements, questions, criteria) as rows in the browser.
// Each row has a key of its own so that removing one keeps what was typed in the others.

export type RequirementRow = { key: string; id?: string; text: TranslatedText };
export type QuestionRow = {
	key: string;
	id?: string;
	label: TranslatedText;
	help: TranslatedText;
	required: boolean;
	long: boolean;
};
export type CriterionRow = { key: string; id?: string; label: TranslatedText };

type Values = Record<string, string> | null | undefined;

let counter = 0;
export const rowKey = () => `row-${++counter}`;

const languages = ['sv', 'en', 'es'] as const;

/** The row indexes a submitted form had for `list` (`questions.3.label.sv` → 3), in order. */
function indexes(values: Record<string, string>, list: string): number[] {
	const found = new Set<number>();
	const pattern = new RegExp(`^${list}\\.(\\d+)\\.`);
	for (const key of Object.keys(values)) {
		const match = pattern.exec(key);
		if (match) found.add(Number(match[1]));
	}
	return [...found].sort((a, b) => a - b);
}

function text(values: Record<string, string>, prefix: string): TranslatedText {
	return Object.fromEntries(languages.map((l) => [l, values[`${prefix}.${l}`] ?? '']));
}

function idOf(values: Record<string, string>, prefix: string): string | undefined {
	return values[`${prefix}.id`] || undefined;
}

/** Requirement rows from submitted values, or from the stored call when nothing was submitted. */
export function requirementRows(values: Values, stored: { id: string; text: TranslatedText }[]): RequirementRow[] {
	if (!values) return stored.map((r) => ({ ...r, key: rowKey() }));
	return indexes(values, 'requirements').map((i) => ({
		key: rowKey(),
		id: idOf(values, `requirements.${i}`),
		text: text(values, `requirements.${i}.text`)
	}));
}

export function questionRows(
	values: Values,
	stored: { id: string; label: TranslatedText; help: TranslatedText; required: boolean; long: boolean }[]
): QuestionRow[] {
	if (!values) return stored.map((q) => ({ ...q, key: rowKey() }));
	return indexes(values, 'questions').map((i) => ({
		key: rowKey(),
		id: idOf(values, `questions.${i}`),
		label: text(values, `questions.${i}.label`),
		help: text(values, `questions.${i}.help`),
		required: values[`questions.${i}.required`] !== undefined,
		long: values[`questions.${i}.long`] !== undefined
	}));
}

export function criterionRows(values: Values, stored: { id: string; label: TranslatedText }[]): CriterionRow[] {
	if (!values) return stored.map((c) => ({ ...c, key: rowKey() }));
	return indexes(values, 'criteria').map((i) => ({
		key: rowKey(),
		id: idOf(values, `criteria.${i}`),
		label: text(values, `criteria.${i}.label`)
	}));
}
