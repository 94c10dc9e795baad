import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { listPeople } from '$lib/server/domain/accounts/queries';
import { listPendingInvitations } from '$lib/server/domain/invitations/queries';
import { resendInvitation } from '$lib/server/domain/invitations/resend-invitation';
import { revokeInvitation } from '$lib/server/domain/invitations/revoke-invitation';
import { isAppError } from '$lib/server/errors';
import { requireStaff } from '$lib/server/guards';
import { loadList } from '$lib/server/list-params';
import { exportHrefs } from '$lib/components/table/list-url';
import { peopleList, personRows } from './list';
import type { Actions, PageServerLoad } from './$types';

const INVITATIONS_SHOWN = 50;

export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals);
	const [people, invitations] = await Promise.all([
		loadList(url, peopleList, listPeople),
		listPendingInvitations({ page: 1, limit: INVITATIONS_SHOWN })
	]);
	const invited = url.searchParams.get('invited');
	return {
		list: people.list,
		total: people.total,
		items: await personRows(people.items),
		exports: exportHrefs(url),
		invitations: {
			total: invitations.total,
			items: invitations.items.map((i) => ({
				id: i.id,
				email: i.email,
				role: i.role,
				organisation: i.organisation,
				invitedBy: i.invitedBy,
				createdAt: i.createdAt.toISOString(),
				expiresAt: i.expiresAt.toISOString(),
				expired: i.expired
			}))
		},
		invited: invited === 'sent' || invited === 'unsent' ? invited : null,
		// The pseudonym an erasure just gave (erase/+page.server.ts); it names nobody.
		erased: url.searchParams.get('erased')?.slice(0, 40) ?? null
	};
};

/** Runs a use case on the invitation a form names; its failure comes back as the form's message. */
async function onInvitation<T>(request: Request, run: (id: string) => Promise<T>) {
	const data = await request.formData();
	const email = String(data.get('email') ?? '');
	try {
		return { email, result: await run(String(data.get('invitationId') ?? '')) };
	} catch (e) {
		if (!isAppError(e)) throw e;
		const message = e.code === 'not_found' ? m.invitation_not_found() : e.message;
		return fail(e.status, { errors: { _form: message } });
	}
}

export const actions: Actions = {
	resend: async ({ locals, request }) => {
		const actor = requireStaff(locals);
		const outcome = await onInvitation(request, (id) => resendInvitation(actor, id));
		return 'email' in outcome ? { resent: outcome.email, mailed: outcome.result.mailed } : outcome;
	},
	revoke: async ({ locals, request }) => {
		const actor = requireStaff(locals);
		const outcome = await onInvitation(request, (id) => revokeInvitation(actor, id));
		return 'email' in outcome ? { revoked: outcome.email } : outcome;
	}
};
