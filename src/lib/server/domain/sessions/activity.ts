import { eq } from 'drizzle-orm';
import { auth } from '$lib/server/auth';
import { config } from '$lib/server/config';
import { db } from '$lib/server/db/client';
import { sessions } from '$lib/server/db/schema';
import { recordSignInEvent } from '../sign-in-events/record';
import type { SignInClient } from '../sign-in-events/client';

/** How often "last used" is written: every request would be a write per page view. */
const TOUCH_EVERY_MS = 60_000;

type SessionSeen = { id: string; token: string; userId: string; updatedAt: Date | string };

/**
 * Keeps track of when and from where a session was last used (`updated_at` and `ip_address`, at most
 * once a minute) and ends it when it was unused for longer than IDLE_TIMEOUT_MINUTES. Answers 'idle'
 * when it ended it. better-auth's own refresh (which also writes `updated_at`) runs only after this
 * check: see session-guards.ts.
 */
export async function checkSessionActivity(
	session: SessionSeen,
	client: SignInClient,
	now: Date = new Date()
): Promise<'active' | 'idle'> {
	const lastUsed = new Date(session.updatedAt).getTime();
	if (now.getTime() - lastUsed > config().idleTimeoutMinutes * 60_000) {
		const context = await auth().$context;
		await context.internalAdapter.deleteSession(session.token);
		await recordSignInEvent({ kind: 'session_ended', detail: 'idle', userId: session.userId, client });
		return 'idle';
	}
	if (now.getTime() - lastUsed > TOUCH_EVERY_MS)
		await db()
			.update(sessions)
			.set({ updatedAt: now, ipAddress: client.address.slice(0, 64) })
			.where(eq(sessions.id, session.id));
	return 'active';
}
