import { and, eq, ne } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { sessions } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isSignedIn, type Actor } from '../accounts/actor';
import type { SignInClient } from '../sign-in-events/client';
import { recordSignInEvent } from '../sign-in-events/record';

/**
 * Ends one of the person's other sessions: that browser is signed out at its next request. Another
 * person's session, or one that is gone, answers 404; this session is ended by signing out.
 */
export async function endSession(
	actor: Actor,
	input: { id?: unknown },
	current: { sessionId: string | null; client: SignInClient }
): Promise<void> {
	if (!isSignedIn(actor)) throw new AppError('unauthenticated', m.api_error_unauthenticated());
	const id = typeof input.id === 'string' ? input.id.slice(0, 100) : '';
	if (id === current.sessionId) throw AppError.invalid({ _form: m.security_session_end_current() });
	await db().transaction(async (tx) => {
		const ended = await tx
			.delete(sessions)
			.where(and(eq(sessions.id, id), eq(sessions.userId, actor.userId)))
			.returning({ id: sessions.id });
		if (ended.length === 0) throw AppError.notFound(m.security_session_not_found());
		await recordSignInEvent(
			{ kind: 'session_ended', detail: 'ended', userId: actor.userId, client: current.client },
			tx
		);
	});
}

/** "Sign out everywhere else": ends every session of the person but this one. Answers how many ended. */
export async function endOtherSessions(
	actor: Actor,
	current: { sessionId: string | null; client: SignInClient }
): Promise<number> {
	if (!isSignedIn(actor)) throw new AppError('unauthenticated', m.api_error_unauthenticated());
	return db().transaction(async (tx) => {
		const mine = eq(sessions.userId, actor.userId);
		const ended = await tx
			.delete(sessions)
			.where(current.sessionId ? and(mine, ne(sessions.id, current.sessionId)) : mine)
			.returning({ id: sessions.id });
		if (ended.length > 0)
			await recordSignInEvent(
				{ kind: 'session_ended', detail: 'ended_others', userId: actor.userId, client: current.client },
				tx
			);
		return ended.length;
	});
}
