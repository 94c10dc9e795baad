import { formInput } from '$lib/server/form-actions';

const lists = ['requirements', 'questions', 'criteria'] as const;

/**
 * The call form as the use cases' input: the eligibility choices as lists, and every editable list
 * present (an empty one when all its rows were removed, so that saving clears it). A new row left
 * entirely blank is dropped rather than refused.
 */
export function callFormInput(data: FormData): Record<string, unknown> {
	const input = formInput(data, { arrays: ['eligibleCountryCodes', 'eligibleOrganisationKinds'] });
	for (const list of lists) {
		const rows = (input[list] ?? {}) as Record<string, Record<string, unknown>>;
		input[list] = Object.fromEntries(Object.entries(rows).filter(([, row]) => row.id || !blank(row)));
	}
	return input;
}

/** True when no text of the row was written (checkboxes do not count). */
function blank(value: unknown): boolean {
	if (typeof value === 'string') return value.trim() === '' || value === 'on';
	if (value && typeof value === 'object') return Object.values(value).every(blank);
	return true;
}
