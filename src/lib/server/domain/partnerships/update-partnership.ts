import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db/client';
import { networks, partnerships, themes } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { partnershipFor } from './access';
import { datesInOrder } from './rules';
import { partnershipUpdateInput, type PartnershipUpdateInput } from './schemas';

/**
 * Changes a partnership's title, challenge, dates, theme and network (the partnership by id, or `{ slug }`
 * for the pages); a field left out stays as it is.
 * Who: staff and coordinators of any party; members and experts of a party get 403, everyone else 404.
 * Rules: the end date after the start date (as they will be stored), the theme and network must exist.
 * The partnership row is locked while it changes. Side effect: an audit event 'partnership.updated' with
 * the changed fields before and after (none when nothing changed). Returns the partnership as stored.
 */
export async function updatePartnership(actor: Actor, key: string | { slug: string }, input: PartnershipUpdateInput) {
	const data = parseInput(partnershipUpdateInput, input);
	return db().transaction(async (tx) => {
		const { partnership, partyIds } = await partnershipFor(tx, actor, key, 'edit', { lock: true });
		const startDate = data.startDate === undefined ? partnership.startDate : data.startDate;
		const endDate = data.endDate === undefined ? partnership.endDate : data.endDate;
		if (!datesInOrder(startDate, endDate)) throw AppError.invalid({ endDate: m.validation_end_date_before_start() });
		if (data.themeId !== undefined) {
			const [theme] = await tx.select({ id: themes.id }).from(themes).where(eq(themes.id, data.themeId));
			if (!theme) throw AppError.invalid({ themeId: m.validation_unknown_choice() });
		}
		if (data.networkId) {
			const [network] = await tx.select({ id: networks.id }).from(networks).where(eq(networks.id, data.networkId));
			if (!network) throw AppError.invalid({ networkId: m.validation_unknown_choice() });
		}

		const wanted = {
			title: data.title,
			challenge: data.challenge,
			startDate: data.startDate,
			endDate: data.endDate,
			themeId: data.themeId,
			networkId: data.networkId
		};
		const before: Record<string, unknown> = {};
		const after: Record<string, unknown> = {};
		for (const [key, value] of Object.entries(wanted) as [keyof typeof wanted, unknown][]) {
			if (value === undefined || sameValue(value, partnership[key])) continue;
			before[key] = partnership[key];
			after[key] = value;
		}
		if (Object.keys(after).length === 0) return partnership;

		const [updated] = await tx.update(partnerships).set(after).where(eq(partnerships.id, partnership.id)).returning();
		await recordAudit(tx, actor, {
			action: 'partnership.updated',
			subjectType: 'partnership',
			subjectId: partnership.id,
			partnershipId: partnership.id,
			organisationIds: partyIds,
			before,
			after
		});
		return updated!;
	});
}

/** Equal values; texts compare by language, whatever order jsonb keeps their keys in. */
function sameValue(a: unknown, b: unknown): boolean {
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const entries = (o: object) =>
			Object.entries(o)
				.filter(([, v]) => v !== undefined)
				.sort(([x], [y]) => x.localeCompare(y));
		return JSON.stringify(entries(a)) === JSON.stringify(entries(b));
	}
	return a === b;
}
