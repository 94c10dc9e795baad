import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import { expressionsOfInterest, memberships, organisations, partnerships, users } from '$lib/server/db/schema';
import type { VisitorRegistration } from '$lib/server/domain/expressions/register-and-answer';
import { verifyEmail } from '$lib/server/domain/expressions/verify-email';
import { expiryFrom, newInvitationToken } from '$lib/server/domain/invitations/tokens';
import { acceptMatch } from '$lib/server/domain/matchmaking/accept-match';
import { AppError } from '$lib/server/errors';
import { makeOrganisation, makeTheme, makeUser } from '../factories';
import { makeCall, makeExpression, makeProfile } from '../factories/calls';
import { useTestDatabase } from '../setup/database';
import { readyToRace } from './concurrent';

// Two people doing the same thing at the same instant: each answers as if they had come one after the
// other (a clear 4xx for the second, or both succeed), never a 500 from a unique index. On PostgreSQL
// only (see ./concurrent.ts); the other race tests sit beside their use case's tests and start the same
// way (`readyToRace`).

const test = useTestDatabase();
beforeAll(() => {
	process.env.E2E_DATA_DIR = test.dataDir;
});

const ROUNDS = 3;
let counter = 0;
const unique = () => `${++counter}${crypto.randomUUID().slice(0, 6)}`;

/** A visitor's answer waiting for its e-mail to be verified, as registerAndAnswer leaves it; answers the link's token. */
async function waitingAnswer(callId: string, visitor: { email: string; organisationName: string }) {
	const { token, hash } = newInvitationToken();
	const registration: VisitorRegistration = {
		name: 'Kim Berg',
		email: visitor.email,
		passwordHash: 'not-used-here',
		organisation: { name: visitor.organisationName, countryCode: 'SE', kind: 'municipality', population: 9000 },
		action: 'draft'
	};
	await db()
		.insert(expressionsOfInterest)
		.values({
			callId,
			challenge: { sv: 'Att nå unga som inte studerar eller arbetar.' },
			locale: 'sv',
			registration,
			verificationTokenHash: hash,
			verificationExpiresAt: expiryFrom(new Date())
		});
	return token;
}

/** Settled outcomes; anything but a value or an AppError (a raw database error, a 500) fails the test. */
async function settle<T>(promises: Promise<T>[]) {
	const outcomes = await Promise.allSettled(promises);
	for (const o of outcomes) if (o.status === 'rejected' && !(o.reason instanceof AppError)) throw o.reason;
	return {
		values: outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value] : [])),
		errors: outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as AppError] : []))
	};
}

describe('verifying at the same instant', () => {
	it('two visitors registering the same new organisation: one organisation, both answers filed under it', async ({
		skip
	}) => {
		await readyToRace(skip);
		for (let round = 0; round < ROUNDS; round++) {
			const name = `Ale kommun ${unique()}`;
			const [first, second] = [await makeCall(), await makeCall()];
			const tokens = [
				await waitingAnswer(first.id, { email: `a-${unique()}@example.org`, organisationName: name }),
				await waitingAnswer(second.id, { email: `b-${unique()}@example.org`, organisationName: name })
			];
			const { values, errors } = await settle(
				tokens.map((token, i) => verifyEmail(token, { address: `192.0.2.${round * 2 + i + 1}` }))
			);
			expect(errors).toEqual([]);
			const found = await db().select().from(organisations).where(eq(organisations.name, name));
			expect(found).toHaveLength(1);
			expect(values.map((v) => v.organisation)).toEqual([name, name]);
			// The first becomes its coordinator; the second follows its answer without joining.
			expect(values.filter((v) => v.member)).toHaveLength(1);
			const members = await db().select().from(memberships).where(eq(memberships.organisationId, found[0]!.id));
			expect(members).toHaveLength(1);
		}
	});

	it('two answers registered with one e-mail address: one account, the other link says so', async ({ skip }) => {
		await readyToRace(skip);
		for (let round = 0; round < ROUNDS; round++) {
			const email = `same-${unique()}@example.org`;
			const [first, second] = [await makeCall(), await makeCall()];
			const tokens = [
				await waitingAnswer(first.id, { email, organisationName: `Lerums kommun ${unique()}` }),
				await waitingAnswer(second.id, { email, organisationName: `Alingsås kommun ${unique()}` })
			];
			const { values, errors } = await settle(
				tokens.map((token, i) => verifyEmail(token, { address: `192.0.2.${round * 2 + i + 1}` }))
			);
			expect(values).toHaveLength(1);
			expect(errors).toHaveLength(1);
			expect(errors[0]!.status).toBeLessThan(500);
			expect(errors[0]!.fieldErrors._form).toBeTruthy();
			const accounts = await db()
				.select({ id: users.id })
				.from(users)
				.where(sql`lower(${users.email}) = ${email}`);
			expect(accounts).toHaveLength(1);
		}
	});
});

describe('accepting matches at the same instant', () => {
	it('two calls pairing organisations of the same names make two partnerships with different addresses', async ({
		skip
	}) => {
		await readyToRace(skip);
		const officer = await makeUser({ staff: true });
		for (let round = 0; round < ROUNDS; round++) {
			// Two towns of one name in two countries: one Swedish partner for each, in two calls.
			const swedish = await makeOrganisation({ name: `Gotland ${unique()}` });
			const town = `San José ${unique()}`;
			const partners = [
				await makeOrganisation({ name: town, countryCode: 'CO' }),
				await makeOrganisation({ name: town, countryCode: 'GT' })
			];
			const accepts = [];
			for (const partner of partners) {
				const call = await makeCall();
				const theme = await makeTheme();
				const { expression } = await makeExpression(call.id, { organisationId: swedish.id, themeId: theme.id });
				const profile = await makeProfile(call.id, { organisationId: partner.id, themeId: theme.id });
				accepts.push({ callId: call.id, expressionId: expression.id, profileId: profile.id });
			}
			const { values, errors } = await settle(accepts.map((input) => acceptMatch(officer.actor, input)));
			expect(errors).toEqual([]);
			const slugs = values.map((v) => v.partnershipSlug).sort();
			expect(new Set(slugs).size).toBe(2);
			expect(slugs[1]).toBe(`${slugs[0]}-2`);
			const made = await db()
				.select({ slug: partnerships.slug })
				.from(partnerships)
				.where(sql`${partnerships.slug} in ${slugs}`);
			expect(made).toHaveLength(2);
		}
	});
});
