import { requestPasswordReset } from '$lib/server/domain/accounts/password-reset';
import { failWith, formFields } from '$lib/server/form-actions';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async (event) => {
		const email = formFields(await event.request.formData()).email ?? '';
		try {
			await requestPasswordReset({ email }, { address: event.getClientAddress() });
		} catch (error) {
			return failWith(error, { email });
		}
		// The same answer whether or not the address has an account.
		return { sent: true };
	}
};
