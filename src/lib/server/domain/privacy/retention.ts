import { and, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import {
	auditEvents,
	calls,
	expressionsOfInterest,
	invitations,
	memberships,
	rateLimits,
	sessions,
	users,
	verifications
} from '$lib/server/db/schema';
import { log } from '$lib/server/log';
import { removeOutboxMailBefore } from './outbox';
import { allRetention } from './settings';
import { expireSignInEvents } from './sign-in-events';

export type RetentionReport = {
	unverifiedAnswers: number;
	unverifiedAccounts: number;
	signInEvents: number;
	invitations: number;
	verifications: number;
	sessions: number;
	rateLimits: number;
	outboxMails: number;
};

const DAY = 86_400_000;
const before = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

/**
 * Removes the personal data whose time is up, by the programmes' retention settings (settings.ts):
 * answers to calls never verified (by their call's programme), accounts never verified that belong to
 * no organisation and never acted, sign-in events, invitations expired or revoked for long enough, and
 * mail in the local outbox; and at once whatever has expired and only served sign-in (verification
 * links, sessions, rate-limit counts whose window has ended). The audit records of removed
 * answers lose the visitor's name and e-mail. Idempotent; meant to run daily from the job runner
 * (src/lib/server/jobs/). Returns how many of each kind it removed.
 */
export async function runRetention(now: Date = new Date()): Promise<RetentionReport> {
	const { byProgramme, shortest } = await allRetention();
	const report = await db().transaction(async (tx) => {
		let unverifiedAnswers = 0;
		for (const [programmeId, settings] of byProgramme) {
			const removed = await tx
				.delete(expressionsOfInterest)
				.where(
					and(
						isNotNull(expressionsOfInterest.registration),
						lt(expressionsOfInterest.createdAt, before(now, settings.unverifiedAnswerDays)),
						inArray(
							expressionsOfInterest.callId,
							tx.select({ id: calls.id }).from(calls).where(eq(calls.programmeId, programmeId))
						)
					)
				)
				.returning({ id: expressionsOfInterest.id });
			unverifiedAnswers += removed.length;
			if (removed.length)
				await tx
					.update(auditEvents)
					.set({ after: sql`${auditEvents.after} - 'visitor'` })
					.where(
						and(
							eq(auditEvents.subjectType, 'expression'),
							inArray(
								auditEvents.subjectId,
								removed.map((r) => r.id)
							)
						)
					);
		}
		// Someone who never verified their address, is in no organisation and never acted.
		const accountsRemoved = await tx
			.delete(users)
			.where(
				and(
					eq(users.emailVerified, false),
					eq(users.role, 'user'),
					lt(users.createdAt, before(now, shortest.unverifiedAccountDays)),
					sql`not exists (select 1 from ${memberships} where ${memberships.userId} = ${users.id})`,
					sql`not exists (select 1 from ${auditEvents} where ${auditEvents.actorUserId} = ${users.id})`,
					sql`not exists (select 1 from erased_people where erased_people.user_id = ${users.id})`
				)
			)
			.returning({ id: users.id });
		const invitationsRemoved = await tx
			.delete(invitations)
			.where(
				and(
					isNull(invitations.acceptedAt),
					or(
						lt(invitations.expiresAt, before(now, shortest.invitationDays)),
						lt(invitations.revokedAt, before(now, shortest.invitationDays))
					)
				)
			)
			.returning({ id: invitations.id });
		const verificationsRemoved = await tx
			.delete(verifications)
			.where(lt(verifications.expiresAt, now))
			.returning({ id: verifications.id });
		const sessionsRemoved = await tx.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.id });
		// A rate-limit window that has ended counts from zero again anyway (security/rate-limit.ts).
		const limitsRemoved = await tx
			.delete(rateLimits)
			.where(lt(rateLimits.windowEndsAt, now))
			.returning({ key: rateLimits.key });
		return {
			unverifiedAnswers,
			unverifiedAccounts: accountsRemoved.length,
			signInEvents: await expireSignInEvents(tx, before(now, shortest.signInEventDays)),
			invitations: invitationsRemoved.length,
			verifications: verificationsRemoved.length,
			sessions: sessionsRemoved.length,
			rateLimits: limitsRemoved.length
		};
	});
	const result = { ...report, outboxMails: removeOutboxMailBefore(before(now, shortest.outboxDays)) };
	log.info({ retention: result }, 'retention ran');
	return result;
}
