import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { invitations, organisations, users } from '$lib/server/db/schema';
import { invitationStatus, type InvitationStatus } from './status';
import { hashInvitationToken, looksLikeToken } from './tokens';

const pending = and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));

/** Invitations not yet accepted or revoked (expired ones too, to send again), oldest first, for staff. */
export async function listPendingInvitations({ page, limit }: { page: number; limit: number }) {
	const [rows, [total]] = await Promise.all([
		db()
			.select({
				id: invitations.id,
				email: invitations.email,
				role: invitations.role,
				createdAt: invitations.createdAt,
				expiresAt: invitations.expiresAt,
				organisation: { name: organisations.name, slug: organisations.slug },
				invitedBy: users.name
			})
			.from(invitations)
			.innerJoin(organisations, eq(organisations.id, invitations.organisationId))
			.leftJoin(users, eq(users.id, invitations.invitedByUserId))
			.where(pending)
			.orderBy(asc(invitations.createdAt), asc(invitations.id))
			.limit(limit)
			.offset((page - 1) * limit),
		db().select({ n: count() }).from(invitations).where(pending)
	]);
	const now = new Date();
	return {
		items: rows.map((r) => ({ ...r, expired: r.expiresAt.getTime() <= now.getTime() })),
		total: total?.n ?? 0,
		page,
		limit
	};
}

/**
 * What the page of a mailed link shows: where the invitation stands and, while it can be accepted, the
 * organisation, role and whether the address already has an account. Reading does not use the link up.
 */
export type InvitationView =
	| { status: Exclude<InvitationStatus, 'pending'> }
	| {
			status: 'pending';
			email: string;
			role: (typeof invitations.$inferSelect)['role'];
			organisation: string;
			expiresAt: Date;
			hasAccount: boolean;
	  };

export async function invitationByToken(token: string): Promise<InvitationView> {
	if (!looksLikeToken(token)) return { status: 'unknown' };
	const [row] = await db()
		.select({
			email: invitations.email,
			role: invitations.role,
			expiresAt: invitations.expiresAt,
			acceptedAt: invitations.acceptedAt,
			revokedAt: invitations.revokedAt,
			organisation: organisations.name
		})
		.from(invitations)
		.innerJoin(organisations, eq(organisations.id, invitations.organisationId))
		.where(eq(invitations.tokenHash, hashInvitationToken(token)));
	const status = invitationStatus(row);
	if (status !== 'pending') return { status };
	if (!row) return { status: 'unknown' };
	const [user] = await db()
		.select({ id: users.id })
		.from(users)
		.where(eq(sql`lower(${users.email})`, row.email.toLowerCase()));
	return {
		status: 'pending',
		email: row.email,
		role: row.role,
		organisation: row.organisation,
		expiresAt: row.expiresAt,
		hasAccount: !!user
	};
}
