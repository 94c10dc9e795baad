import { fail } from '@sveltejs/kit';
import { createToken } from '$lib/server/domain/tokens/create-token';
import { listTokens } from '$lib/server/domain/tokens/queries';
import { revokeToken } from '$lib/server/domain/tokens/revoke-token';
import { TOKEN_DAYS_MAX } from '$lib/server/domain/tokens/schemas';
import { isAppError } from '$lib/server/errors';
import { failWith, formFields } from '$lib/server/form-actions';
import { requireUser } from '$lib/server/guards';
import type { Actions, PageServerLoad } from './$types';

/** The signed-in person's settings: their personal API tokens. `?revoke=<id>` asks to confirm a revocation. */
export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const tokens = await listTokens(locals.actor);
	const confirming = tokens.find((t) => t.id === url.searchParams.get('revoke'));
	return {
		tokens,
		confirming: confirming ? { id: confirming.id, name: confirming.name } : null,
		maxDays: TOKEN_DAYS_MAX
	};
};

export const actions: Actions = {
	/**
	 * The secret goes back in this one answer only; it is never stored or shown again. The current
	 * password is asked again (and never sent back to the page).
	 */
	create: async ({ locals, request }) => {
		const values = formFields(await request.formData());
		try {
			const { token, secret } = await createToken(locals.actor, values);
			return { created: { name: token.name, secret } };
		} catch (error) {
			return failWith(error, { name: values.name ?? '', expiresInDays: values.expiresInDays ?? '' });
		}
	},
	revoke: async ({ locals, request }) => {
		const { id = '' } = formFields(await request.formData());
		const name = (await listTokens(locals.actor)).find((t) => t.id === id)?.name ?? '';
		try {
			await revokeToken(locals.actor, { id });
			return { revoked: name };
		} catch (error) {
			if (!isAppError(error)) throw error;
			return fail(error.status, { revokeError: error.message });
		}
	}
};
