import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '$lib/server/db/client';
import { organisations, partnerships, projectGroupMembers, steeringGroupMembers, users } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import { isSignedIn, type Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { projectRowsOf, steeringRowsOf } from './people';

// Public pages name a person only where they agreed (listed_publicly): today the steering and project
// groups of public partnerships (domain/partnerships/public.ts). Network experts, answers and profiles
// are never named publicly. A new public place that names people must join this list.

async function emailOf(userId: string): Promise<string> {
	const [row] = await db().select({ email: users.email }).from(users).where(eq(users.id, userId));
	if (!row) throw AppError.notFound();
	return row.email;
}

/** Every place the signed-in person is or may be named publicly, with whether they agreed. */
export async function namedPlaces(actor: Actor) {
	if (!isSignedIn(actor)) return [];
	const email = await emailOf(actor.userId);
	const seat = (kind: 'steering' | 'project') => {
		const t = kind === 'steering' ? steeringGroupMembers : projectGroupMembers;
		return db()
			.select({
				id: t.id,
				name: t.name,
				listedPublicly: t.listedPublicly,
				partnership: partnerships.title,
				partnershipSlug: partnerships.slug,
				organisation: organisations.name
			})
			.from(t)
			.innerJoin(partnerships, eq(partnerships.id, t.partnershipId))
			.innerJoin(organisations, eq(organisations.id, t.organisationId))
			.where(kind === 'steering' ? steeringRowsOf(actor.userId, email) : projectRowsOf(actor.userId, email))
			.then((rows) => rows.map((r) => ({ kind, ...r })));
	};
	return [...(await seat('steering')), ...(await seat('project'))];
}

const withdrawal = z.object({
	kind: z.enum(['steering', 'project', 'all']),
	id: z.uuid().optional()
});
export type ConsentWithdrawal = z.input<typeof withdrawal>;

/**
 * Withdraws the person's consent to be named publicly: for one group seat (`kind` and `id`) or all of
 * them (`kind: 'all'`). Only seats that name them (their account or e-mail) count; any other id: 404.
 * Public pages and the public API stop naming them at once (the change notifies the read cache, decision
 * 0007). Records `partnership.<group>_member_updated` per seat that changed; returns how many changed.
 */
export async function withdrawConsent(actor: Actor, input: ConsentWithdrawal): Promise<number> {
	if (!isSignedIn(actor)) throw AppError.notFound();
	const data = parseInput(withdrawal, input);
	if (data.kind !== 'all' && !data.id) throw AppError.notFound();
	// Someone else's seat does not exist for them; one already withdrawn counts as done.
	if (data.id && !(await namedPlaces(actor)).some((p) => p.id === data.id)) throw AppError.notFound();
	const email = await emailOf(actor.userId);
	return db().transaction(async (tx) => {
		let changed = 0;
		for (const kind of ['steering', 'project'] as const) {
			if (data.kind !== 'all' && data.kind !== kind) continue;
			const t = kind === 'steering' ? steeringGroupMembers : projectGroupMembers;
			const mine = kind === 'steering' ? steeringRowsOf(actor.userId, email) : projectRowsOf(actor.userId, email);
			const rows = await tx
				.update(t)
				.set({ listedPublicly: false })
				.where(and(mine, eq(t.listedPublicly, true), data.id ? eq(t.id, data.id) : undefined))
				.returning({ id: t.id, partnershipId: t.partnershipId, organisationId: t.organisationId });
			for (const row of rows)
				await recordAudit(tx, actor, {
					action: kind === 'steering' ? 'partnership.steering_member_updated' : 'partnership.project_member_updated',
					subjectType: 'partnership',
					subjectId: row.partnershipId,
					partnershipId: row.partnershipId,
					organisationIds: [row.organisationId],
					before: { listedPublicly: true },
					after: { listedPublicly: false }
				});
			changed += rows.length;
		}
		return changed;
	});
}
