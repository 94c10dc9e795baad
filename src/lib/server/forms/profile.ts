import { formFields, formInput } from '../form-actions';

// Reading the workspace and staff profile forms: the HTTP side of the profiles module, kept out of domain/.

/** A submitted profile form as the use cases' input (`languages` and `challengeAreas` are multiple choices). */
export function profileFormInput(data: FormData) {
	return formInput(data, { arrays: ['languages', 'challengeAreas'] });
}

/** A refused submission's values, to put back in the form: multiple choices joined by commas. */
export function profileFormValues(data: FormData): Record<string, string> {
	return {
		...formFields(data),
		languages: data.getAll('languages').join(','),
		challengeAreas: data.getAll('challengeAreas').join(',')
	};
}
