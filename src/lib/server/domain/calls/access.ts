import { eq } from 'drizzle-orm';
import type { Executor } from '$lib/server/db/client';
import { calls } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { isUuid } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';

/** The call by id for staff to change, locked until the transaction ends; 404 for anyone else or no such call. */
export async function callForStaff(tx: Executor, actor: Actor, id: string) {
	if (!canAdministerProgramme(actor) || !isUuid(id)) throw AppError.notFound();
	const [call] = await tx.select().from(calls).where(eq(calls.id, id)).for('update');
	if (!call) throw AppError.notFound();
	return call;
}
