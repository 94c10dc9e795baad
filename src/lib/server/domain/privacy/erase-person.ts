import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db, type Executor } from '$lib/server/db/client';
import {
	accounts,
	apiTokens,
	erasedPeople,
	expressionsOfInterest,
	invitations,
	memberships,
	networkExperts,
	projectGroupMembers,
	rateLimits,
	sessions,
	steeringGroupMembers,
	twoFactors,
	users,
	verifications
} from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { log } from '$lib/server/log';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { removeOutboxMail } from './outbox';
import {
	erasureCounts,
	expertRowsOf,
	invitationsOf,
	otherStaff,
	personForErasure,
	projectRowsOf,
	registrationsOf,
	steeringRowsOf,
	type ErasureCounts
} from './people';
import { scrubQuotes } from './scrub';
import { eraseSignInEvents } from './sign-in-events';

/** Stored, so in one language for every reader: the trail names the same actor in every language. */
export const PSEUDONYM_PREFIX = 'Erased person';

/**
 * Erases a person on their request (GDPR art. 17). Staff only (anyone else: 404); not oneself, not the
 * last staff account (409), not twice (404). In one transaction: the account's name and e-mail become a
 * pseudonym ("Erased person 7f3a9c2e"), kept on the users row so the audit trail still reads as one
 * actor; passwords, two-factor secrets, sessions, API tokens, memberships, verifications, sign-in events,
 * rate-limit counts
 * and invitations to their address are deleted; steering/project group seats and network-expert rows
 * that name them keep their role under the pseudonym, without e-mail or public listing; a pending
 * answer's registration is dropped (a never-verified answer with it); their name and e-mail are replaced
 * by the pseudonym in audit records, answers, notes, reviews and reasons (scrub.ts). What the law keeps
 * (kept.ts) stays, under the pseudonym. Records `person.erased` with the pseudonym only; after the
 * commit deletes the outbox mails addressed to them. Returns the pseudonym and what was changed.
 */
export async function erasePerson(
	actor: Actor,
	userId: string
): Promise<{ pseudonym: string; counts: ErasureCounts; outboxFiles: number }> {
	if (!actor.isStaff) throw AppError.notFound();
	if (actor.userId === userId) throw new AppError('forbidden', m.privacy_erase_error_self());
	const done = await db().transaction(async (tx) => {
		const person = await personForErasure(tx, userId);
		if (!person || person.erasedAt) throw AppError.notFound();
		if (person.role === 'staff' && (await otherStaff(tx, userId)) === 0)
			throw new AppError('conflict', m.privacy_erase_error_last_staff());
		const { name, email } = person;
		const counts = await erasureCounts(tx, userId, email);
		const code = randomBytes(4).toString('hex');
		const pseudonym = `${PSEUDONYM_PREFIX} ${code}`;

		// The rows that name them may spell the name otherwise than the account does: erase each spelling.
		const spellings = await namesOf(tx, userId, email);
		await removeAccess(tx, userId, email);
		await anonymiseRows(tx, userId, email, pseudonym);
		await scrubQuotes(tx, [name, email, ...spellings], pseudonym);
		await tx
			.update(users)
			.set({
				name: pseudonym,
				email: `erased-${code}@erased.invalid`,
				image: null,
				emailVerified: false,
				twoFactorEnabled: false,
				role: 'user'
			})
			.where(eq(users.id, userId));
		const [erased] = await tx
			.insert(erasedPeople)
			.values({ userId, pseudonym, erasedByUserId: actor.userId })
			.returning({ id: erasedPeople.id });
		await recordAudit(tx, actor, {
			action: 'person.erased',
			subjectType: 'person',
			subjectId: erased!.id,
			after: { pseudonym }
		});
		return { pseudonym, counts, email };
	});
	const outboxFiles = removeOutboxMail(done.email);
	log.info({ erasedPerson: userId, outboxFiles }, 'person erased');
	return { pseudonym: done.pseudonym, counts: done.counts, outboxFiles };
}

async function namesOf(tx: Executor, userId: string, email: string): Promise<string[]> {
	const rows = await Promise.all([
		tx.select({ name: steeringGroupMembers.name }).from(steeringGroupMembers).where(steeringRowsOf(userId, email)),
		tx.select({ name: projectGroupMembers.name }).from(projectGroupMembers).where(projectRowsOf(userId, email)),
		tx.select({ name: networkExperts.name }).from(networkExperts).where(expertRowsOf(email)),
		tx
			.select({ name: sql<string>`${expressionsOfInterest.registration}->>'name'` })
			.from(expressionsOfInterest)
			.where(registrationsOf(email))
	]);
	return rows
		.flat()
		.map((r) => r.name)
		.filter(Boolean);
}

/** Everything that lets them in or follows them: passwords, sessions, tokens, memberships, links, counts. */
async function removeAccess(tx: Executor, userId: string, email: string) {
	const lower = email.trim().toLowerCase();
	await tx.delete(accounts).where(eq(accounts.userId, userId));
	await tx.delete(sessions).where(eq(sessions.userId, userId));
	await tx.delete(apiTokens).where(eq(apiTokens.userId, userId));
	await tx.delete(memberships).where(eq(memberships.userId, userId));
	await tx
		.delete(verifications)
		.where(
			or(
				eq(verifications.value, userId),
				sql`lower(${verifications.identifier}) like ${`%${lower}%`}`,
				sql`lower(${verifications.value}) like ${`%${lower}%`}`
			)
		);
	await tx.delete(twoFactors).where(eq(twoFactors.userId, userId));
	// Rate-limit keys hold a hash of the address (security/rate-limit.ts limitKey).
	const hashed = createHash('sha256').update(lower).digest('hex').slice(0, 40);
	await tx.delete(rateLimits).where(sql`${rateLimits.key} like ${`%:${hashed}`}`);
	await tx.delete(invitations).where(invitationsOf(email));
	await eraseSignInEvents(tx, userId, lower);
}

/** Rows that must stay (a group's seats, a network's experts, answers) keep their role, not the person. */
async function anonymiseRows(tx: Executor, userId: string, email: string, pseudonym: string) {
	await tx
		.update(steeringGroupMembers)
		.set({ name: pseudonym, email: null, listedPublicly: false })
		.where(steeringRowsOf(userId, email));
	await tx
		.update(projectGroupMembers)
		.set({ name: pseudonym, email: null, title: null, listedPublicly: false })
		.where(projectRowsOf(userId, email));
	await tx.update(networkExperts).set({ name: pseudonym, email: null }).where(expertRowsOf(email));
	// A never-verified answer exists only through its registration; a verified one keeps its content.
	await tx
		.delete(expressionsOfInterest)
		.where(and(registrationsOf(email), isNull(expressionsOfInterest.organisationId)));
	await tx
		.update(expressionsOfInterest)
		.set({ registration: null, verificationTokenHash: null, verificationExpiresAt: null })
		.where(and(registrationsOf(email), isNotNull(expressionsOfInterest.organisationId)));
}
