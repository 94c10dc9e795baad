import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { config } from '$lib/server/config';
import { db } from '$lib/server/db/client';
import { auditEvents, invitations, memberships, users } from '$lib/server/db/schema';
import { anonymous } from '$lib/server/domain/accounts/actor';
import { signIn } from '$lib/server/domain/accounts/sign-in';
import { acceptInvitation } from '$lib/server/domain/invitations/accept-invitation';
import { invitePerson } from '$lib/server/domain/invitations/invite-person';
import { invitationByToken, listPendingInvitations } from '$lib/server/domain/invitations/queries';
import { resendInvitation } from '$lib/server/domain/invitations/resend-invitation';
import { revokeInvitation } from '$lib/server/domain/invitations/revoke-invitation';
import { hashInvitationToken } from '$lib/server/domain/invitations/tokens';
import { makeOrganisation, makeUser, TEST_PASSWORD } from '../factories';
import { useTestDatabase } from '../setup/database';
import { appError, fieldErrors } from '../setup/errors';
import { newestMailTo } from '../e2e/support/outbox';

const test = useTestDatabase();
/** Where the person opens their link from (links are limited per address: 20 in 15 minutes). */
const LINK_VISITOR = { address: '192.0.2.10' };
beforeAll(() => {
	process.env.E2E_DATA_DIR = test.dataDir;
});

const newAccount = { name: 'Neo Mosweu', password: 'a long enough password', confirm: 'a long enough password' };
let addresses = 0;
const newAddress = () => `invitee-${++addresses}-${Math.random().toString(36).slice(2, 7)}@example.org`;

async function setting() {
	const organisation = await makeOrganisation({ name: `Ghanzi ${newAddress()}`, countryCode: 'BW' });
	const officer = await makeUser({ staff: true });
	return { organisation, officer };
}

async function membershipsOf(userId: string) {
	return db()
		.select({ organisationId: memberships.organisationId, role: memberships.role })
		.from(memberships)
		.where(eq(memberships.userId, userId));
}

describe('inviting a person', () => {
	it('mails a link in the chosen language that creates the account and the membership', async () => {
		const { organisation, officer } = await setting();
		const email = newAddress();
		const since = Date.now();
		const invited = await invitePerson(officer.actor, {
			email: email.toUpperCase(),
			organisationId: organisation.id,
			role: 'coordinator',
			locale: 'en'
		});
		expect(invited.mailed).toBe(true);
		expect(invited.email).toBe(email);

		// Only the hash is kept.
		const [stored] = await db().select().from(invitations).where(eq(invitations.id, invited.id));
		expect(stored?.tokenHash).toBe(hashInvitationToken(invited.token));
		expect(JSON.stringify(stored)).not.toContain(invited.token);
		expect(stored!.expiresAt.getTime() - stored!.createdAt.getTime()).toBeGreaterThan(6.9 * 86_400_000);

		const mail = await newestMailTo(email, { since });
		expect(mail.subject).toBe(m.invitation_mail_subject({ organisation: organisation.name }, { locale: 'en' }));
		expect(mail.text).toContain(`${config().publicUrl}/en/invitations/${invited.token}`);

		expect(await invitationByToken(invited.token)).toMatchObject({
			status: 'pending',
			email,
			role: 'coordinator',
			organisation: organisation.name,
			hasAccount: false
		});
		const accepted = await acceptInvitation(invited.token, newAccount, LINK_VISITOR);
		expect(accepted).toMatchObject({ accountCreated: true, organisation: organisation.name });
		const [user] = await db().select().from(users).where(eq(users.id, accepted.userId));
		expect(user).toMatchObject({ email, name: 'Neo Mosweu', emailVerified: true, locale: 'en', role: 'user' });
		expect(await membershipsOf(accepted.userId)).toEqual([{ organisationId: organisation.id, role: 'coordinator' }]);
		await expect(
			signIn({ email, password: newAccount.password }, { address: '10.9.0.1', headers: new Headers() })
		).resolves.toMatchObject({ next: 'signed_in' });
		const events = await db().select().from(auditEvents).where(eq(auditEvents.subjectId, invited.id));
		expect(events.map((e) => e.action).sort()).toEqual(['invitation.accepted', 'invitation.created']);
	});

	it('adds a membership to an existing account, and updates the role of an existing membership', async () => {
		const { organisation, officer } = await setting();
		const other = await makeOrganisation();
		const person = await makeUser({ organisationId: other.id, role: 'member' });
		const first = await invitePerson(officer.actor, {
			email: person.email,
			organisationId: organisation.id,
			role: 'member'
		});
		expect(await invitationByToken(first.token)).toMatchObject({ hasAccount: true });
		expect(await acceptInvitation(first.token, {}, LINK_VISITOR)).toMatchObject({
			userId: person.id,
			accountCreated: false
		});

		const second = await invitePerson(officer.actor, {
			email: person.email,
			organisationId: organisation.id,
			role: 'expert'
		});
		await acceptInvitation(second.token, {}, LINK_VISITOR);
		expect(await membershipsOf(person.id)).toEqual(
			expect.arrayContaining([
				{ organisationId: other.id, role: 'member' },
				{ organisationId: organisation.id, role: 'expert' }
			])
		);
		expect(await membershipsOf(person.id)).toHaveLength(2);
		// The password stays what it was.
		await expect(
			signIn({ email: person.email, password: TEST_PASSWORD }, { address: '10.9.0.2', headers: new Headers() })
		).resolves.toMatchObject({ next: 'signed_in' });
	});

	it('refuses a bad address, an unknown organisation and an unknown role', async () => {
		const { officer } = await setting();
		const before = await db().$count(invitations);
		const errors = await fieldErrors(
			invitePerson(officer.actor, {
				email: 'not an address',
				organisationId: crypto.randomUUID(),
				role: 'owner' as 'member'
			})
		);
		expect(errors).toEqual({ email: m.admin_email_invalid(), role: m.invitation_choose_role() });
		expect(
			await fieldErrors(
				invitePerson(officer.actor, { email: newAddress(), organisationId: crypto.randomUUID(), role: 'member' })
			)
		).toEqual({ organisationId: m.validation_unknown_choice() });
		expect(await db().$count(invitations)).toBe(before);
	});

	it('is for staff only: others get 404 and nothing is sent', async () => {
		const { organisation } = await setting();
		const coordinator = await makeUser({ organisationId: organisation.id, role: 'coordinator' });
		const input = { email: newAddress(), organisationId: organisation.id, role: 'member' as const };
		await appError(invitePerson(coordinator.actor, input), 'not_found');
		await appError(invitePerson(anonymous, input), 'not_found');
		const { officer } = await setting();
		const invited = await invitePerson(officer.actor, input);
		await appError(revokeInvitation(coordinator.actor, invited.id), 'not_found');
		await appError(resendInvitation(coordinator.actor, invited.id), 'not_found');
		expect(await invitationByToken(invited.token)).toMatchObject({ status: 'pending' });
	});
});

describe('an invitation link', () => {
	it('works once', async () => {
		const { organisation, officer } = await setting();
		const invited = await invitePerson(officer.actor, {
			email: newAddress(),
			organisationId: organisation.id,
			role: 'member'
		});
		await acceptInvitation(invited.token, newAccount, LINK_VISITOR);
		expect(await invitationByToken(invited.token)).toEqual({ status: 'used' });
		expect(await fieldErrors(acceptInvitation(invited.token, newAccount, LINK_VISITOR))).toEqual({
			_form: m.invitation_link_used()
		});
		expect(await db().$count(users, eq(users.email, invited.email))).toBe(1);
	});

	it('stops working after 7 days', async () => {
		const { organisation, officer } = await setting();
		const invited = await invitePerson(officer.actor, {
			email: newAddress(),
			organisationId: organisation.id,
			role: 'member'
		});
		await db()
			.update(invitations)
			.set({ expiresAt: new Date(Date.now() - 1000) })
			.where(eq(invitations.id, invited.id));
		expect(await invitationByToken(invited.token)).toEqual({ status: 'expired' });
		expect(await fieldErrors(acceptInvitation(invited.token, newAccount, LINK_VISITOR))).toEqual({
			_form: m.invitation_link_expired()
		});
		expect(await db().$count(users, eq(users.email, invited.email))).toBe(0);
	});

	it('stops working when revoked, or replaced by a new link', async () => {
		const { organisation, officer } = await setting();
		const email = newAddress();
		const invited = await invitePerson(officer.actor, { email, organisationId: organisation.id, role: 'member' });
		const resent = await resendInvitation(officer.actor, invited.id);
		expect(resent.mailed).toBe(true);
		expect(await invitationByToken(invited.token)).toEqual({ status: 'unknown' });
		expect((await newestMailTo(email)).text).toContain(resent.token);

		await revokeInvitation(officer.actor, invited.id);
		expect(await invitationByToken(resent.token)).toEqual({ status: 'revoked' });
		expect(await fieldErrors(acceptInvitation(resent.token, newAccount, LINK_VISITOR))).toEqual({
			_form: m.invitation_link_revoked()
		});
		await appError(revokeInvitation(officer.actor, invited.id), 'conflict');
		await appError(resendInvitation(officer.actor, invited.id), 'conflict');
		expect((await listPendingInvitations({ page: 1, limit: 100 })).items.map((i) => i.id)).not.toContain(invited.id);
	});

	it('answers "unknown" to a made-up token', async () => {
		expect(await invitationByToken('x'.repeat(43))).toEqual({ status: 'unknown' });
		expect(await invitationByToken('short')).toEqual({ status: 'unknown' });
		expect(await fieldErrors(acceptInvitation('short', newAccount, LINK_VISITOR))).toEqual({
			_form: m.invitation_link_unknown()
		});
	});

	it('needs a name and a password of at least 12 characters, twice, for a new account', async () => {
		const { organisation, officer } = await setting();
		const invited = await invitePerson(officer.actor, {
			email: newAddress(),
			organisationId: organisation.id,
			role: 'member'
		});
		expect(
			await fieldErrors(
				acceptInvitation(invited.token, { name: 'N', password: 'short', confirm: 'other' }, LINK_VISITOR)
			)
		).toEqual({
			name: m.invitation_name_required(),
			password: m.auth_error_password_too_short(),
			confirm: m.auth_error_passwords_differ()
		});
		expect(await invitationByToken(invited.token)).toMatchObject({ status: 'pending' });
		expect(await db().$count(users, eq(users.email, invited.email))).toBe(0);
	});

	it('a new invitation to the same address and organisation replaces the pending one', async () => {
		const { organisation, officer } = await setting();
		const email = newAddress();
		const first = await invitePerson(officer.actor, { email, organisationId: organisation.id, role: 'member' });
		const second = await invitePerson(officer.actor, { email, organisationId: organisation.id, role: 'coordinator' });
		expect(await invitationByToken(first.token)).toEqual({ status: 'revoked' });
		const pending = (await listPendingInvitations({ page: 1, limit: 100 })).items.filter((i) => i.email === email);
		expect(pending.map((i) => [i.id, i.role])).toEqual([[second.id, 'coordinator']]);
	});
});
