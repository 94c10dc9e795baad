import { redirect } from '@sveltejs/kit';
import { acceptInvitation } from '$lib/server/domain/invitations/accept-invitation';
import { invitationByToken } from '$lib/server/domain/invitations/queries';
import { statusMessage } from '$lib/server/domain/invitations/status';
import { failWith, formFields } from '$lib/server/form-actions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// The address holds a secret: keep it out of caches and out of other sites' referrer logs.
	// `same-origin`, not `no-referrer`: under no-referrer browsers send `Origin: null` with the page's own
	// form, which the cross-site check (decision 0014) refuses.
	setHeaders({ 'cache-control': 'no-store', 'referrer-policy': 'same-origin' });
	const invitation = await invitationByToken(params.token);
	if (invitation.status !== 'pending')
		return { invitation: null, status: invitation.status, problem: statusMessage(invitation.status) };
	return {
		invitation: {
			email: invitation.email,
			role: invitation.role,
			organisation: invitation.organisation,
			expiresAt: invitation.expiresAt.toISOString(),
			hasAccount: invitation.hasAccount
		},
		status: invitation.status,
		problem: null
	};
};

export const actions: Actions = {
	default: async ({ params, request, locals, getClientAddress }) => {
		const { name = '', password = '', confirm = '' } = formFields(await request.formData());
		let accepted;
		try {
			accepted = await acceptInvitation(params.token, { name, password, confirm }, { address: getClientAddress() });
		} catch (error) {
			// Passwords never go back to the page.
			return failWith(error, { name });
		}
		if (locals.user?.id === accepted.userId) redirect(303, `/${locals.locale}/workspace`);
		return { accepted: { organisation: accepted.organisation, accountCreated: accepted.accountCreated } };
	}
};
