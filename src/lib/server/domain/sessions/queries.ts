import { and, desc, eq, gt } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { sessions } from '$lib/server/db/schema';
import type { Actor } from '../accounts/actor';
import { deviceSummary } from '../sign-in-events/client';

export type SessionRow = {
	id: string;
	device: string | null;
	ipAddress: string | null;
	signedInAt: Date;
	lastUsedAt: Date;
	current: boolean;
};

/** The person's sessions that have not expired, most recently used first; `current` marks this one. */
export async function listSessions(actor: Actor, currentSessionId: string | null): Promise<SessionRow[]> {
	if (!actor.userId) return [];
	const rows = await db()
		.select({
			id: sessions.id,
			userAgent: sessions.userAgent,
			ipAddress: sessions.ipAddress,
			createdAt: sessions.createdAt,
			updatedAt: sessions.updatedAt
		})
		.from(sessions)
		.where(and(eq(sessions.userId, actor.userId), gt(sessions.expiresAt, new Date())))
		.orderBy(desc(sessions.updatedAt))
		.limit(100);
	return rows.map((r) => ({
		id: r.id,
		device: deviceSummary(r.userAgent),
		ipAddress: r.ipAddress,
		signedInAt: r.createdAt,
		lastUsedAt: r.updatedAt,
		current: r.id === currentSessionId
	}));
}
