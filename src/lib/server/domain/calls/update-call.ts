import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { calls } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { callForStaff } from './access';
import { checkCallReferences } from './checks';
import { callUpdateInput, type CallUpdateInput } from './schemas';

/**
 * Changes a call (PATCH semantics: a field left out stays; a list sent replaces the list, keeping the
 * ids its items are sent with). Staff only; others get 404.
 * Rules: as stored afterwards it closes after it opens, its network is one of its programme's and its
 * slug is free. The row is locked while it changes. Side effect: an audit event 'call.updated' with
 * the changed fields before and after (none when nothing changed). Returns the call as stored.
 */
export async function updateCall(actor: Actor, id: string, input: CallUpdateInput) {
	const data = parseInput(callUpdateInput, input);
	return db().transaction(async (tx) => {
		const call = await callForStaff(tx, actor, id);
		const opensAt = data.opensAt ?? call.opensAt;
		const closesAt = data.closesAt ?? call.closesAt;
		if (closesAt <= opensAt) throw AppError.invalid({ closesAt: m.calls_error_closes_before_opens() });
		const programmeId = data.programmeId ?? call.programmeId;
		const networkId = data.networkId === undefined ? call.networkId : data.networkId;
		await checkCallReferences(tx, { programmeId, networkId, slug: data.slug, callId: call.id });

		const before: Record<string, unknown> = {};
		const after: Record<string, unknown> = {};
		for (const [key, value] of Object.entries(data) as [keyof typeof data & keyof typeof call, unknown][]) {
			if (value === undefined || same(value, call[key])) continue;
			before[key] = call[key];
			after[key] = value;
		}
		if (Object.keys(after).length === 0) return call;
		const [updated] = await tx
			.update(calls)
			.set({ ...after, updatedAt: new Date() })
			.where(eq(calls.id, call.id))
			.returning();
		await recordAudit(tx, actor, { action: 'call.updated', subjectType: 'call', subjectId: call.id, before, after });
		return updated!;
	});
}

/** Equal values: instants by time, objects by content whatever order their keys are in. */
function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString();
	if (Array.isArray(value)) return value.map(canonical);
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value)
				.filter(([, v]) => v !== undefined)
				.sort(([x], [y]) => x.localeCompare(y))
				.map(([k, v]) => [k, canonical(v)])
		);
	return value;
}
