import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { locales } from '$lib/i18n/locales';
import { membershipRoles } from '$lib/server/db/schema';
import { newPassword, passwordAgain, personName } from '../accounts/schemas';

/** Staff invite a person by e-mail to an organisation, with a role, in the language of the mail. */
export const invitationInput = z.object({
	email: z
		.email({ error: () => m.admin_email_invalid() })
		.max(254, { error: () => m.admin_email_invalid() })
		.transform((email) => email.toLowerCase()),
	organisationId: z.uuid({ error: () => m.invitation_choose_organisation() }),
	role: z.enum(membershipRoles, { error: () => m.invitation_choose_role() }),
	locale: z.enum(locales, { error: () => m.validation_unknown_choice() }).default('sv')
});

export type InvitationInput = z.input<typeof invitationInput>;

/** What a person without an account gives to accept: their name and a new password, twice. */
export const newAccountInput = z
	.object({
		name: personName,
		password: newPassword,
		confirm: passwordAgain
	})
	.refine((v) => v.password === v.confirm, {
		path: ['confirm'],
		error: () => m.auth_error_passwords_differ()
	});

export type NewAccountInput = z.input<typeof newAccountInput>;
