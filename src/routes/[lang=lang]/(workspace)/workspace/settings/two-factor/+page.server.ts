import { fail } from '@sveltejs/kit';
import { confirmTwoFactorSetup } from '$lib/server/domain/two-factor/confirm-setup';
import { mustUseTwoFactor } from '$lib/server/domain/two-factor/policy';
import { twoFactorStatus } from '$lib/server/domain/two-factor/queries';
import { renewRecoveryCodes } from '$lib/server/domain/two-factor/renew-recovery-codes';
import { pendingSetupKey } from '$lib/server/domain/two-factor/setup-key';
import { startTwoFactorSetup } from '$lib/server/domain/two-factor/start-setup';
import { turnOffTwoFactor } from '$lib/server/domain/two-factor/turn-off';
import { isAppError } from '$lib/server/errors';
import { failWith, formFields } from '$lib/server/form-actions';
import { requireUser } from '$lib/server/guards';
import { requestClient } from '$lib/server/request-client';
import type { Actions, PageServerLoad } from './$types';

/**
 * Two-factor sign-in: set up (password → QR code and key → first code → recovery codes), new recovery
 * codes, turning it off (not for staff). The key and the codes appear only in the answer to an action.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	return { status: await twoFactorStatus(user.id), required: mustUseTwoFactor(user) };
};

export const actions: Actions = {
	start: async ({ locals, request }) => {
		const values = formFields(await request.formData());
		try {
			return { setup: await startTwoFactorSetup(locals.actor, values, request.headers) };
		} catch (error) {
			return failWith(error, {});
		}
	},
	confirm: async (event) => {
		const { locals, request } = event;
		const values = formFields(await request.formData());
		try {
			const { recoveryCodes } = await confirmTwoFactorSetup(locals.actor, values, requestClient(event));
			return { recoveryCodes, enabled: true };
		} catch (error) {
			if (!isAppError(error)) throw error;
			// The same key again, so that the person can try the next code from their app.
			const setup = locals.user ? await pendingSetupKey(locals.user.id) : null;
			return fail(error.status, { errors: { ...error.fieldErrors }, setup });
		}
	},
	renew: async (event) => {
		const values = formFields(await event.request.formData());
		try {
			return { recoveryCodes: await renewRecoveryCodes(event.locals.actor, values, requestClient(event)) };
		} catch (error) {
			return failWith(error, { form: 'renew' });
		}
	},
	off: async (event) => {
		const values = formFields(await event.request.formData());
		try {
			await turnOffTwoFactor(event.locals.actor, values, requestClient(event));
			return { turnedOff: true };
		} catch (error) {
			return failWith(error, { form: 'off' });
		}
	}
};
