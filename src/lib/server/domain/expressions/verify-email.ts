import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { lockUntilCommit } from '$lib/server/db/locks';
import {
	accounts,
	expressionsOfInterest,
	memberships,
	organisations,
	users,
	type organisationKinds
} from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { openCallProblem } from '../calls/state';
import { limitKey, MAILED_LINK_LIMIT, takeOrRefuse } from '../security/rate-limit';
import { hashInvitationToken, looksLikeToken } from '../invitations/tokens';
import { uniqueSlug } from '../slugs';
import { publishedCall } from './answering';
import { sendStatusMails } from './mails';
import { sameOrganisation, type VisitorRegistration } from './register-and-answer';
import { moveStatus } from './statuses';

/**
 * Verifies a visitor's e-mail by the mailed link: works once, for 7 days (else `_form` says so). Creates
 * the account (address verified, the answer's language) and either the new organisation, with the visitor
 * as its coordinator, or, for an organisation that already existed, no membership at all: a stranger does
 * not join an organisation by answering for it; the answer is filed under it and the visitor follows it
 * as its applicant (staff may invite them). If an organisation with the same name and country appeared
 * meanwhile, it is used the same way rather than duplicated. Another answer from the organisation to the
 * call (made meanwhile) is refused with `_form`. Submits the answer if the visitor asked to and the call
 * is still open (receipt mailed after commit); otherwise it stays a draft.
 * Limited to 20 tries per address in 15 minutes (429), whether or not the link works.
 * Two links verified at once for one e-mail address or one new organisation run one after the other
 * (advisory locks): one account, one organisation, and the second answers as it would have a moment later.
 */
export async function verifyEmail(token: string, request: { address: string }) {
	if (!looksLikeToken(token)) throw AppError.invalid({ _form: m.expressions_verify_invalid() });
	await takeOrRefuse([{ key: limitKey('verify-email', 'address', request.address), ...MAILED_LINK_LIMIT }]);
	const result = await db().transaction(async (tx) => {
		const [expression] = await tx
			.select()
			.from(expressionsOfInterest)
			.where(eq(expressionsOfInterest.verificationTokenHash, hashInvitationToken(token)))
			.for('update');
		const registration = expression?.registration as VisitorRegistration | null | undefined;
		if (!expression || !registration) throw AppError.invalid({ _form: m.expressions_verify_invalid() });
		if (!expression.verificationExpiresAt || expression.verificationExpiresAt <= new Date())
			throw AppError.invalid({ _form: m.expressions_verify_expired() });
		// Two links of one address, or of one new organisation, verified at once: the second waits and
		// then sees the first's account and organisation (see lockUntilCommit).
		await lockUntilCommit(tx, `email:${registration.email.toLowerCase()}`);
		if (!('existingId' in registration.organisation))
			await lockUntilCommit(tx, organisationLockName(registration.organisation));
		const [taken] = await tx
			.select({ id: users.id })
			.from(users)
			.where(eq(sql`lower(${users.email})`, registration.email.toLowerCase()));
		if (taken) throw AppError.invalid({ _form: m.expressions_error_account_exists() });

		const userId = randomUUID();
		await tx.insert(users).values({
			id: userId,
			email: registration.email.toLowerCase(),
			name: registration.name,
			emailVerified: true,
			locale: expression.locale
		});
		await tx.insert(accounts).values({
			id: randomUUID(),
			accountId: userId,
			providerId: 'credential',
			userId,
			password: registration.passwordHash
		});
		const asked = registration.organisation;
		const existing =
			'existingId' in asked
				? (await tx.select().from(organisations).where(eq(organisations.id, asked.existingId)))[0]
				: await sameOrganisation(tx, asked.name, asked.countryCode);
		if ('existingId' in asked && !existing) throw AppError.invalid({ _form: m.expressions_verify_organisation_gone() });
		const actor: Actor = { userId, isStaff: false, memberships: [] };
		let organisation: { id: string; name: string };
		if (existing) organisation = { id: existing.id, name: existing.name };
		else if (!('existingId' in asked)) {
			const slug = await uniqueSlug(tx, organisations, organisations.slug, asked.name);
			const [created] = await tx
				.insert(organisations)
				.values({
					slug,
					name: asked.name,
					countryCode: asked.countryCode,
					kind: asked.kind as (typeof organisationKinds)[number],
					population: asked.population
				})
				.returning();
			organisation = { id: created!.id, name: created!.name };
			await tx.insert(memberships).values({ userId, organisationId: created!.id, role: 'coordinator' });
			actor.memberships = [{ organisationId: created!.id, role: 'coordinator' }];
			await recordAudit(tx, actor, {
				action: 'organisation.created',
				subjectType: 'organisation',
				subjectId: created!.id,
				organisationIds: [created!.id],
				after: created
			});
		} else throw AppError.invalid({ _form: m.expressions_verify_organisation_gone() });

		const [other] = await tx
			.select({ id: expressionsOfInterest.id })
			.from(expressionsOfInterest)
			.where(
				and(
					eq(expressionsOfInterest.callId, expression.callId),
					eq(expressionsOfInterest.organisationId, organisation.id)
				)
			);
		if (other) throw AppError.invalid({ _form: m.expressions_verify_already_answered({ name: organisation.name }) });
		await tx
			.update(expressionsOfInterest)
			.set({
				organisationId: organisation.id,
				applicantUserId: userId,
				registration: null,
				verificationTokenHash: null,
				verificationExpiresAt: null,
				updatedAt: new Date()
			})
			.where(eq(expressionsOfInterest.id, expression.id));
		await recordAudit(tx, actor, {
			action: 'expression.updated',
			subjectType: 'expression',
			subjectId: expression.id,
			organisationIds: [organisation.id],
			after: { organisationId: organisation.id, applicantUserId: userId, emailVerified: true }
		});
		const call = await publishedCall(tx, { id: expression.callId }).catch(() => null);
		const closed = !call || openCallProblem(call) !== null;
		const submitted = registration.action === 'submit' && !closed;
		if (submitted)
			await moveStatus(tx, actor, { ...expression, organisationId: organisation.id }, 'submitted', { by: 'applicant' });
		return {
			userId,
			email: registration.email,
			expressionId: expression.id,
			organisation: organisation.name,
			member: actor.memberships.length > 0,
			submitted,
			/** The visitor asked to submit, but the call closed before they verified: it stays a draft. */
			closedBeforeSubmission: registration.action === 'submit' && closed
		};
	});
	if (result.submitted) await sendStatusMails([result.expressionId]);
	return result;
}

/** The name of the lock on registering an organisation: the name as sameOrganisation compares it. */
function organisationLockName(organisation: { name: string; countryCode: string }): string {
	return `organisation:${organisation.countryCode}:${organisation.name.trim().toLowerCase()}`;
}
