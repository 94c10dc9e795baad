import { readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import {
	auditEvents,
	expressionsOfInterest,
	invitations,
	rateLimits,
	sessions,
	signInEvents,
	users,
	verifications
} from '$lib/server/db/schema';
import { anonymous } from '$lib/server/domain/accounts/actor';
import { recordAudit } from '$lib/server/domain/audit/record';
import { runRetention } from '$lib/server/domain/privacy/retention';
import { retentionOf } from '$lib/server/domain/privacy/settings';
import { updateRetention } from '$lib/server/domain/privacy/update-settings';
import { outboxDir, sendMail } from '$lib/server/mail/send';
import { AppError } from '$lib/server/errors';
import { makeCall } from '../factories/calls';
import { makeOrganisation, makeProgramme, makeUser, staff } from '../factories';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

const DAY = 86_400_000;
// The real clock: the outbox dates its files by it.
const NOW = new Date();
const ago = (days: number) => new Date(NOW.getTime() - days * DAY);

/** An answer waiting for its sender to verify their e-mail, sent `days` before NOW. */
async function pendingAnswer(callId: string, days: number) {
	const [row] = await db()
		.insert(expressionsOfInterest)
		.values({
			callId,
			status: 'draft',
			registration: {
				name: 'Visitor',
				email: `visitor-${crypto.randomUUID()}@example.org`,
				passwordHash: 'x',
				organisation: { name: 'Ny kommun', countryCode: 'SE', kind: 'municipality', population: null }
			},
			createdAt: ago(days)
		})
		.returning();
	await recordAudit(db(), anonymous, {
		action: 'expression.created',
		subjectType: 'expression',
		subjectId: row!.id,
		after: { status: 'draft', visitor: { name: 'Visitor', email: 'visitor@example.org' } }
	});
	return row!.id;
}

async function unverifiedUser(days: number) {
	const { id } = await makeUser();
	await db()
		.update(users)
		.set({ emailVerified: false, createdAt: ago(days) })
		.where(eq(users.id, id));
	return id;
}

describe('retention', () => {
	it('removes exactly what is due, by each programme’s settings', async () => {
		// A programme that keeps unverified answers 10 days, and one on the defaults (30).
		const strict = await makeProgramme();
		await updateRetention(staff, strict.id, { unverifiedAnswerDays: 10, signInEventDays: 200 });
		const strictCall = await makeCall({ programmeId: strict.id });
		const defaultCall = await makeCall();
		const dueStrict = await pendingAnswer(strictCall.id, 11);
		const keptStrict = await pendingAnswer(strictCall.id, 9);
		const keptDefault = await pendingAnswer(defaultCall.id, 11);
		const dueDefault = await pendingAnswer(defaultCall.id, 31);

		// Accounts: never verified and idle for 31 days goes; verified, recent or in an organisation stays.
		const dueUser = await unverifiedUser(31);
		const recentUser = await unverifiedUser(5);
		const member = await makeUser({ organisationId: (await makeOrganisation()).id });
		await db()
			.update(users)
			.set({ emailVerified: false, createdAt: ago(60) })
			.where(eq(users.id, member.id));
		const verifiedOld = await makeUser();
		await db()
			.update(users)
			.set({ createdAt: ago(400) })
			.where(eq(users.id, verifiedOld.id));

		// Sign-in events go after the shortest period any programme sets (200 days here).
		await db()
			.insert(signInEvents)
			.values([
				{ userId: verifiedOld.id, kind: 'signed_in', createdAt: ago(201) },
				{ userId: verifiedOld.id, kind: 'signed_in', createdAt: ago(199) }
			]);
		const organisation = await makeOrganisation();
		const invitation = (expiresAt: Date, more: Partial<typeof invitations.$inferInsert> = {}) => ({
			email: `invitee-${crypto.randomUUID()}@example.org`,
			organisationId: organisation.id,
			role: 'member' as const,
			tokenHash: crypto.randomUUID(),
			expiresAt,
			...more
		});
		await db()
			.insert(invitations)
			.values([
				invitation(ago(91)),
				invitation(ago(89)),
				invitation(NOW, { revokedAt: ago(95) }),
				invitation(ago(200), { acceptedAt: ago(205) })
			]);
		await db()
			.insert(verifications)
			.values([
				{ id: crypto.randomUUID(), identifier: 'reset-password:a', value: 'x', expiresAt: ago(0.01) },
				{
					id: crypto.randomUUID(),
					identifier: 'reset-password:b',
					value: 'x',
					expiresAt: new Date(NOW.getTime() + 3_600_000)
				}
			]);
		await db()
			.insert(sessions)
			.values([
				{ id: crypto.randomUUID(), token: crypto.randomUUID(), userId: verifiedOld.id, expiresAt: ago(1) },
				{ id: crypto.randomUUID(), token: crypto.randomUUID(), userId: verifiedOld.id, expiresAt: ago(-1) }
			]);
		await db()
			.insert(rateLimits)
			.values([
				{ key: 'answer:address:old', hits: 3, windowEndsAt: ago(0.01) },
				{ key: 'answer:address:now', hits: 3, windowEndsAt: new Date(NOW.getTime() + 60_000) }
			]);
		await sendMail({ to: 'old@example.org', subject: 'Old', text: 'old' });
		for (const file of readdirSync(outboxDir())) utimesSync(join(outboxDir(), file), ago(31), ago(31));
		await sendMail({ to: 'new@example.org', subject: 'New', text: 'new' });

		const report = await runRetention(NOW);
		expect(report).toEqual({
			unverifiedAnswers: 2,
			unverifiedAccounts: 1,
			signInEvents: 1,
			invitations: 2,
			verifications: 1,
			sessions: 1,
			rateLimits: 1,
			outboxMails: 1
		});
		const answers = await db()
			.select({ id: expressionsOfInterest.id })
			.from(expressionsOfInterest)
			.where(inArray(expressionsOfInterest.id, [dueStrict, keptStrict, keptDefault, dueDefault]));
		expect(answers.map((a) => a.id).sort()).toEqual([keptStrict, keptDefault].sort());
		// The removed answers' audit records no longer name the visitor.
		const records = await db()
			.select({ after: auditEvents.after })
			.from(auditEvents)
			.where(inArray(auditEvents.subjectId, [dueStrict, dueDefault]));
		expect(records).toHaveLength(2);
		for (const { after } of records) expect(after).toEqual({ status: 'draft' });
		const left = await db()
			.select({ id: users.id })
			.from(users)
			.where(inArray(users.id, [dueUser, recentUser, member.id]));
		expect(left.map((u) => u.id).sort()).toEqual([recentUser, member.id].sort());
		expect(readdirSync(outboxDir())).toHaveLength(2);

		// Nothing more is due: a second run removes nothing.
		expect(Object.values(await runRetention(NOW)).every((n) => n === 0)).toBe(true);
	});

	it('keeps settings per programme with defaults, within 1 to 3,650 days', async () => {
		const programme = await makeProgramme();
		expect(await retentionOf(programme.id)).toEqual({
			unverifiedAnswerDays: 30,
			unverifiedAccountDays: 30,
			signInEventDays: 365,
			invitationDays: 90,
			outboxDays: 30
		});
		const refused = await updateRetention(staff, programme.id, { signInEventDays: 0, outboxDays: 'many' }).catch(
			(e: unknown) => e
		);
		expect(refused).toBeInstanceOf(AppError);
		expect(Object.keys((refused as AppError).fieldErrors).sort()).toEqual(['outboxDays', 'signInEventDays']);
		const member = await makeUser();
		await expect(updateRetention(member.actor, programme.id, {})).rejects.toMatchObject({ code: 'not_found' });
		await updateRetention(staff, programme.id, { signInEventDays: '180' });
		expect((await retentionOf(programme.id)).signInEventDays).toBe(180);
		const history = await db().select().from(auditEvents).where(eq(auditEvents.subjectId, programme.id));
		expect(history.map((h) => [h.before, h.after])).toEqual([[{ signInEventDays: 365 }, { signInEventDays: 180 }]]);
	});
});
