import { asc, desc, eq, inArray, or } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import {
	accounts,
	apiTokens,
	auditEvents,
	calls,
	expressionStatusChanges,
	expressionsOfInterest,
	invitations,
	memberships,
	networkExperts,
	networks,
	organisations,
	partnerships,
	projectGroupMembers,
	sessions,
	steeringGroupMembers,
	users
} from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isSignedIn, type Actor } from '../accounts/actor';
import { outboxMailTo } from './outbox';
import { expertRowsOf, invitationsOf, projectRowsOf, registrationsOf, steeringRowsOf } from './people';
import { signInEventsOf } from './sign-in-events';

/**
 * Everything Glokal holds about the signed-in person (GDPR art. 15 and 20): their account, memberships,
 * sessions, tokens, sign-in events, the group seats and expert rows that name them (by account or
 * e-mail), their answers to calls, invitations to their address, what the audit trail says they did,
 * and mail the local outbox holds for them. Never secrets (password hashes, token hashes) and never
 * other people's data: audit records show the action, not the records' contents. Anyone else: 401.
 */
export async function exportPersonalData(actor: Actor) {
	if (!isSignedIn(actor)) throw new AppError('unauthenticated', 'unauthenticated');
	const userId = actor.userId;
	const [person] = await db()
		.select({
			name: users.name,
			email: users.email,
			emailVerified: users.emailVerified,
			twoFactorEnabled: users.twoFactorEnabled,
			role: users.role,
			locale: users.locale,
			createdAt: users.createdAt,
			updatedAt: users.updatedAt
		})
		.from(users)
		.where(eq(users.id, userId));
	if (!person) throw AppError.notFound();
	const email = person.email;
	const [
		membershipRows,
		passwordRows,
		sessionRows,
		tokenRows,
		steering,
		project,
		experts,
		answers,
		invitationRows,
		actions,
		signIns
	] = await Promise.all([
		db()
			.select({ organisation: organisations.name, role: memberships.role, since: memberships.createdAt })
			.from(memberships)
			.innerJoin(organisations, eq(organisations.id, memberships.organisationId))
			.where(eq(memberships.userId, userId))
			.orderBy(asc(organisations.name)),
		db()
			.select({ provider: accounts.providerId, createdAt: accounts.createdAt, updatedAt: accounts.updatedAt })
			.from(accounts)
			.where(eq(accounts.userId, userId)),
		db()
			.select({
				createdAt: sessions.createdAt,
				updatedAt: sessions.updatedAt,
				expiresAt: sessions.expiresAt,
				ipAddress: sessions.ipAddress,
				userAgent: sessions.userAgent
			})
			.from(sessions)
			.where(eq(sessions.userId, userId))
			.orderBy(desc(sessions.createdAt)),
		db()
			.select({
				name: apiTokens.name,
				prefix: apiTokens.prefix,
				createdAt: apiTokens.createdAt,
				expiresAt: apiTokens.expiresAt,
				lastUsedAt: apiTokens.lastUsedAt,
				revokedAt: apiTokens.revokedAt
			})
			.from(apiTokens)
			.where(eq(apiTokens.userId, userId))
			.orderBy(desc(apiTokens.createdAt)),
		db()
			.select({
				partnership: partnerships.title,
				organisation: organisations.name,
				name: steeringGroupMembers.name,
				email: steeringGroupMembers.email,
				politicalParty: steeringGroupMembers.politicalParty,
				standing: steeringGroupMembers.standing,
				role: steeringGroupMembers.role,
				listedPublicly: steeringGroupMembers.listedPublicly
			})
			.from(steeringGroupMembers)
			.innerJoin(partnerships, eq(partnerships.id, steeringGroupMembers.partnershipId))
			.innerJoin(organisations, eq(organisations.id, steeringGroupMembers.organisationId))
			.where(steeringRowsOf(userId, email)),
		db()
			.select({
				partnership: partnerships.title,
				organisation: organisations.name,
				name: projectGroupMembers.name,
				email: projectGroupMembers.email,
				title: projectGroupMembers.title,
				role: projectGroupMembers.role,
				listedPublicly: projectGroupMembers.listedPublicly
			})
			.from(projectGroupMembers)
			.innerJoin(partnerships, eq(partnerships.id, projectGroupMembers.partnershipId))
			.innerJoin(organisations, eq(organisations.id, projectGroupMembers.organisationId))
			.where(projectRowsOf(userId, email)),
		db()
			.select({
				network: networks.name,
				organisation: organisations.name,
				name: networkExperts.name,
				email: networkExperts.email,
				expertise: networkExperts.expertise
			})
			.from(networkExperts)
			.innerJoin(networks, eq(networks.id, networkExperts.networkId))
			.innerJoin(organisations, eq(organisations.id, networkExperts.organisationId))
			.where(expertRowsOf(email)),
		answersOf(userId, email),
		db()
			.select({
				email: invitations.email,
				organisation: organisations.name,
				role: invitations.role,
				createdAt: invitations.createdAt,
				expiresAt: invitations.expiresAt,
				acceptedAt: invitations.acceptedAt,
				revokedAt: invitations.revokedAt
			})
			.from(invitations)
			.innerJoin(organisations, eq(organisations.id, invitations.organisationId))
			.where(invitationsOf(email))
			.orderBy(desc(invitations.createdAt)),
		db()
			.select({ occurredAt: auditEvents.occurredAt, action: auditEvents.action, subjectType: auditEvents.subjectType })
			.from(auditEvents)
			.where(eq(auditEvents.actorUserId, userId))
			.orderBy(desc(auditEvents.occurredAt)),
		signInEventsOf(userId, email)
	]);
	return {
		generatedAt: new Date(),
		person,
		memberships: membershipRows,
		passwords: passwordRows,
		sessions: sessionRows,
		apiTokens: tokenRows,
		signInEvents: signIns,
		steeringGroups: steering,
		projectGroups: project,
		networkExperts: experts,
		answers,
		invitations: invitationRows,
		actions,
		mail: outboxMailTo(email)
	};
}

export type PersonalData = Awaited<ReturnType<typeof exportPersonalData>>;

/** Answers the person sent (as applicant, or waiting for their e-mail's verification), with status history. */
async function answersOf(userId: string, email: string) {
	const rows = await db()
		.select({
			id: expressionsOfInterest.id,
			call: calls.title,
			organisation: organisations.name,
			status: expressionsOfInterest.status,
			answers: expressionsOfInterest.answers,
			challenge: expressionsOfInterest.challenge,
			registration: expressionsOfInterest.registration,
			createdAt: expressionsOfInterest.createdAt,
			submittedAt: expressionsOfInterest.submittedAt
		})
		.from(expressionsOfInterest)
		.innerJoin(calls, eq(calls.id, expressionsOfInterest.callId))
		.leftJoin(organisations, eq(organisations.id, expressionsOfInterest.organisationId))
		.where(or(eq(expressionsOfInterest.applicantUserId, userId), registrationsOf(email)))
		.orderBy(desc(expressionsOfInterest.createdAt));
	const changes = rows.length
		? await db()
				.select({
					expressionId: expressionStatusChanges.expressionId,
					from: expressionStatusChanges.fromStatus,
					to: expressionStatusChanges.toStatus,
					at: expressionStatusChanges.changedAt
				})
				.from(expressionStatusChanges)
				.where(
					inArray(
						expressionStatusChanges.expressionId,
						rows.map((r) => r.id)
					)
				)
				.orderBy(asc(expressionStatusChanges.changedAt))
		: [];
	return rows.map(({ id, registration, ...row }) => ({
		...row,
		// The registration waiting for verification: their name and e-mail, never the password's hash.
		registration: registration ? { name: registration.name, email: registration.email } : null,
		statusChanges: changes.filter((c) => c.expressionId === id).map(({ expressionId: _e, ...c }) => c)
	}));
}
