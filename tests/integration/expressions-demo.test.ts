import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import { calls, expressionStatusChanges, expressionsOfInterest, organisations } from '$lib/server/db/schema';
import { membershipsOf } from '$lib/server/domain/accounts/queries';
import { getExpression, listExpressions } from '$lib/server/domain/expressions/queries';
import { users } from '$lib/server/db/schema';
import { seedDemo } from '$lib/server/seed/demo';
import { DEMO_PARTNER_SEARCH_SLUG } from '$lib/server/seed/demo-calls';
import { staff } from '../factories';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

describe('the demo expressions of interest', () => {
	it('answer the open partner-search call in every state, with a timeline, and show in the coordinator’s list', async () => {
		await seedDemo();
		const rows = await db()
			.select({ id: expressionsOfInterest.id, status: expressionsOfInterest.status, organisation: organisations.name })
			.from(expressionsOfInterest)
			.innerJoin(calls, eq(calls.id, expressionsOfInterest.callId))
			.innerJoin(organisations, eq(organisations.id, expressionsOfInterest.organisationId))
			.where(eq(calls.slug, DEMO_PARTNER_SEARCH_SLUG));
		const byOrganisation = Object.fromEntries(rows.map((r) => [r.organisation, r.status]));
		expect(byOrganisation).toEqual({
			'Piteå kommun': 'submitted',
			'Falu kommun': 'under_review',
			'Lunds kommun': 'shortlisted',
			'Region Gotland': 'submitted',
			'Jönköpings kommun': 'draft'
		});
		const lund = rows.find((r) => r.organisation === 'Lunds kommun')!;
		const changes = await db()
			.select({ to: expressionStatusChanges.toStatus })
			.from(expressionStatusChanges)
			.where(eq(expressionStatusChanges.expressionId, lund.id));
		expect(changes.map((c) => c.to).sort()).toEqual(['shortlisted', 'submitted', 'under_review']);
		expect((await getExpression(staff, lund.id)).submittedAt).toBeInstanceOf(Date);

		// The demo coordinator of Jönköping finds the draft to finish among their applications.
		const [coordinator] = await db()
			.select({ id: users.id })
			.from(users)
			.where(eq(users.email, 'coordinator@example.org'));
		const actor = { userId: coordinator!.id, isStaff: false, memberships: await membershipsOf(coordinator!.id) };
		const mine = await listExpressions(actor);
		expect(mine.items.map((i) => [i.organisationName, i.status])).toEqual([['Jönköpings kommun', 'draft']]);
	});
});
