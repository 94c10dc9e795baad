import { signIn } from '$lib/server/domain/accounts/sign-in';
import { verificationStatus } from '$lib/server/domain/expressions/queries';
import { verifyEmail } from '$lib/server/domain/expressions/verify-email';
import { failWith, formFields } from '$lib/server/form-actions';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

// The link is used by pressing the button, not by opening it: mail scanners that open links first
// must not use up a visitor's one-time link.

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// The address holds a secret: keep it out of caches and out of other sites' referrer logs.
	// `same-origin`, not `no-referrer`: under no-referrer browsers send `Origin: null` with the page's own
	// form, which the cross-site check (decision 0014) refuses.
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'same-origin' });
	const { status, email } = await verificationStatus(params.token);
	const problem =
		status === 'expired'
			? m.expressions_verify_expired()
			: status === 'invalid'
				? m.expressions_verify_invalid()
				: null;
	return { email, problem };
};

export const actions: Actions = {
	// The visitor confirms with the password they chose when answering, and is then signed in: the
	// link alone (which may have been forwarded or scanned) opens no session.
	default: async ({ params, request, getClientAddress }) => {
		const password = formFields(await request.formData()).password ?? '';
		try {
			const verified = await verifyEmail(params.token, { address: getClientAddress() });
			const signedIn = await signIn(
				{ email: verified.email, password },
				{ address: getClientAddress(), headers: request.headers }
			).then(
				() => true,
				() => false
			);
			return {
				verified: {
					email: verified.email,
					organisation: verified.organisation,
					member: verified.member,
					submitted: verified.submitted,
					closedBeforeSubmission: verified.closedBeforeSubmission,
					expressionId: verified.expressionId,
					signedIn
				}
			};
		} catch (error) {
			return failWith(error, {});
		}
	}
};
