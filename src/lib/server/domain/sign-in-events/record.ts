import { db, type Executor } from '$lib/server/db/client';
import { signInEvents, type SignInEventKind } from '$lib/server/db/schema';
import { clientFields, type SignInClient } from './client';

export type SignInEventInput = {
	kind: SignInEventKind;
	userId?: string | null;
	emailHash?: string | null;
	detail?: string | null;
	client?: SignInClient;
};

/** Writes one sign-in event, inside the caller's transaction when given one. */
export async function recordSignInEvent(event: SignInEventInput, executor: Executor = db()): Promise<void> {
	await executor.insert(signInEvents).values({
		kind: event.kind,
		userId: event.userId ?? null,
		emailHash: event.userId ? null : (event.emailHash ?? null),
		detail: event.detail ?? null,
		...clientFields(event.client)
	});
}
