import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { privacySettings, programmes } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';
import { recordAudit } from '../audit/record';
import { defaultRetention, retentionFields, retentionInput, type RetentionDays, type RetentionInput } from './settings';

/**
 * Sets how long a programme keeps short-lived personal data (runRetention removes what is due). Staff
 * only; anyone else, or an unknown programme, gets 404. Each period is 1–3,650 days. Records
 * `programme.updated` with the periods before and after; a submission that changes nothing records nothing.
 */
export async function updateRetention(
	actor: Actor,
	programmeId: string,
	input: RetentionInput
): Promise<RetentionDays> {
	if (!canAdministerProgramme(actor)) throw AppError.notFound();
	const data = parseInput(retentionInput, input);
	return db().transaction(async (tx) => {
		const [programme] = await tx.select().from(programmes).where(eq(programmes.id, programmeId)).for('update');
		if (!programme) throw AppError.notFound();
		const [row] = await tx.select().from(privacySettings).where(eq(privacySettings.programmeId, programmeId));
		const before: Partial<RetentionDays> = {};
		const after: Partial<RetentionDays> = {};
		for (const field of retentionFields) {
			const old = row?.[field] ?? defaultRetention[field];
			if (old !== data[field]) {
				before[field] = old;
				after[field] = data[field];
			}
		}
		if (Object.keys(after).length === 0) return data;
		await tx
			.insert(privacySettings)
			.values({ programmeId, ...data })
			.onConflictDoUpdate({ target: privacySettings.programmeId, set: { ...data, updatedAt: new Date() } });
		await recordAudit(tx, actor, {
			action: 'programme.updated',
			subjectType: 'programme',
			subjectId: programmeId,
			organisationIds: [programme.ownerOrganisationId],
			before,
			after
		});
		return data;
	});
}
