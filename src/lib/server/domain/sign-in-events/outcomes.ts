import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { sessions, users } from '$lib/server/db/schema';
import { clientFields, emailHash, type SignInClient } from './client';
import { deviceFamiliarity, mailNewDevice } from './new-device';
import { recordSignInEvent } from './record';

/**
 * A completed sign-in (after the second step, when there is one): recorded, and mailed when from a new
 * device. The new session gets the client's address as we know it (better-auth reads only proxy headers).
 */
export async function recordSignedIn(
	userId: string,
	client: SignInClient,
	{ detail, sessionToken }: { detail?: string; sessionToken?: string } = {}
): Promise<void> {
	if (sessionToken) {
		const { ipAddress, userAgent } = clientFields(client);
		await db().update(sessions).set({ ipAddress, userAgent }).where(eq(sessions.token, sessionToken));
	}
	const familiarity = await deviceFamiliarity(userId, client);
	await recordSignInEvent({ kind: 'signed_in', userId, client, detail });
	if (familiarity === 'new') mailNewDevice(userId, client);
}

/** A wrong password: on the account when the address has one, else on a hash of the address. */
export async function recordFailedSignIn(email: string, client: SignInClient): Promise<void> {
	const [user] = await db()
		.select({ id: users.id })
		.from(users)
		// better-auth stores addresses lower-cased.
		.where(eq(users.email, email.trim().toLowerCase()));
	await recordSignInEvent({
		kind: 'sign_in_failed',
		userId: user?.id ?? null,
		emailHash: user ? null : emailHash(email),
		client
	});
}
