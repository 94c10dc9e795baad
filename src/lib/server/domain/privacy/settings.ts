import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '$lib/server/db/client';
import { privacySettings, programmes } from '$lib/server/db/schema';
import { wholeNumber } from '$lib/server/validation';

/** How long a programme keeps each kind of short-lived data, in days (see the schema for each meaning). */
export type RetentionDays = {
	unverifiedAnswerDays: number;
	unverifiedAccountDays: number;
	signInEventDays: number;
	invitationDays: number;
	outboxDays: number;
};

export const retentionFields = [
	'unverifiedAnswerDays',
	'unverifiedAccountDays',
	'signInEventDays',
	'invitationDays',
	'outboxDays'
] as const satisfies readonly (keyof RetentionDays)[];

/** The defaults: a month for what was never confirmed or was only mailed, a year for sign-in events. */
export const defaultRetention: RetentionDays = {
	unverifiedAnswerDays: 30,
	unverifiedAccountDays: 30,
	signInEventDays: 365,
	invitationDays: 90,
	outboxDays: 30
};

const days = (fallback: number) => wholeNumber({ min: 1, max: 3650, fallback });

/** The retention settings as staff edit them, 1 to 3,650 days each. */
export const retentionInput = z.object({
	unverifiedAnswerDays: days(defaultRetention.unverifiedAnswerDays),
	unverifiedAccountDays: days(defaultRetention.unverifiedAccountDays),
	signInEventDays: days(defaultRetention.signInEventDays),
	invitationDays: days(defaultRetention.invitationDays),
	outboxDays: days(defaultRetention.outboxDays)
});
export type RetentionInput = z.input<typeof retentionInput>;

function pick(row: RetentionDays): RetentionDays {
	return Object.fromEntries(retentionFields.map((f) => [f, row[f]])) as RetentionDays;
}

/** One programme's settings, or the defaults when staff never changed them. */
export async function retentionOf(programmeId: string): Promise<RetentionDays> {
	const [row] = await db().select().from(privacySettings).where(eq(privacySettings.programmeId, programmeId));
	return row ? pick(row) : { ...defaultRetention };
}

/**
 * Per programme, its settings (defaults filled in). Data that belongs to no programme (accounts, sign-in
 * events, invitations, mail) follows the shortest period any programme sets: the stricter promise holds.
 */
export async function allRetention(): Promise<{ byProgramme: Map<string, RetentionDays>; shortest: RetentionDays }> {
	const rows = await db()
		.select({ id: programmes.id, settings: privacySettings })
		.from(programmes)
		.leftJoin(privacySettings, eq(privacySettings.programmeId, programmes.id))
		.orderBy(asc(programmes.createdAt));
	const byProgramme = new Map(rows.map((r) => [r.id, r.settings ? pick(r.settings) : { ...defaultRetention }]));
	const shortest = { ...defaultRetention };
	if (byProgramme.size)
		for (const field of retentionFields) shortest[field] = Math.min(...[...byProgramme.values()].map((s) => s[field]));
	return { byProgramme, shortest };
}

/**
 * The periods the privacy page may promise: data of no programme goes after the shortest period, and
 * an unverified answer after at most the longest any programme sets.
 */
export async function promisedRetention(): Promise<RetentionDays> {
	const { byProgramme, shortest } = await allRetention();
	const answers = [...byProgramme.values()].map((s) => s.unverifiedAnswerDays);
	return { ...shortest, unverifiedAnswerDays: answers.length ? Math.max(...answers) : shortest.unverifiedAnswerDays };
}
