import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '$lib/server/db/client';
import {
	apiTokens,
	auditEvents,
	erasedPeople,
	invitations,
	sessions,
	steeringGroupMembers,
	users,
	verifications
} from '$lib/server/db/schema';
import { addProjectMember } from '$lib/server/domain/governance/add-project-member';
import { addSteeringMember } from '$lib/server/domain/governance/add-steering-member';
import { rowsOf } from '$lib/server/domain/matchmaking/concepts';
import { addNetworkExpert } from '$lib/server/domain/networks/add-network-expert';
import { erasePerson } from '$lib/server/domain/privacy/erase-person';
import { erasurePreview } from '$lib/server/domain/privacy/erasure-preview';
import { exportPersonalData } from '$lib/server/domain/privacy/export-data';
import { addNote } from '$lib/server/domain/reviews/add-note';
import { sendMail, outboxDir } from '$lib/server/mail/send';
import { AppError } from '$lib/server/errors';
import { makeCall, makeExpression } from '../factories/calls';
import { makeNetwork, makeOrganisation, makePartnership, makeUser, staff } from '../factories';
import { useTestDatabase } from '../setup/database';

useTestDatabase();

/** The tables (and columns) whose text, json or array values hold `needle`, case ignored: every table is searched. */
async function traces(needle: string): Promise<string[]> {
	const columns = rowsOf<{ table_name: string; column_name: string }>(
		await db().execute(sql`select c.table_name, c.column_name from information_schema.columns c
			join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
			where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
			and c.data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY', 'character')`)
	);
	const byTable = new Map<string, typeof columns>();
	for (const c of columns) byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), c]);
	const found: string[] = [];
	for (const [table, cols] of byTable) {
		// One query per table; the columns that hold it are named only when it does.
		const hits = sql.join(
			cols.map(
				(c) =>
					sql`coalesce(bool_or(${sql.identifier(c.column_name)}::text ilike ${`%${needle}%`}), false) as ${sql.identifier(c.column_name)}`
			),
			sql`, `
		);
		const [row] = rowsOf<Record<string, boolean>>(
			await db().execute(sql`select ${hits} from ${sql.identifier(table)}`)
		);
		for (const c of cols) if (row?.[c.column_name] === true) found.push(`${table}.${c.column_name}`);
	}
	return found;
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

/** A person named in many places: account, memberships, groups, a network, an answer, notes, mail. */
async function namedEverywhere(name: string) {
	const sweden = await makeOrganisation();
	const abroad = await makeOrganisation({ countryCode: 'ZA' });
	const person = await makeUser({ organisationId: sweden.id, role: 'coordinator' });
	const email = person.email;
	await db().update(users).set({ name }).where(eq(users.id, person.id));
	const partnership = await makePartnership({ partyIds: [sweden.id, abroad.id] });
	await addSteeringMember(staff, partnership.id, {
		name,
		email: email.toUpperCase(),
		organisationId: sweden.id,
		politicalParty: 'Socialdemokraterna',
		standing: 'majority',
		listedPublicly: true
	});
	await addProjectMember(staff, partnership.id, {
		name: `${name} (projekt)`,
		email,
		title: 'Utvecklingsstrateg',
		organisationId: sweden.id
	});
	const university = await makeOrganisation({ kind: 'university' });
	const network = await makeNetwork();
	await addNetworkExpert(staff, network.id, {
		organisationId: university.id,
		name,
		email,
		expertise: { sv: 'Jämställdhet' }
	});
	const call = await makeCall();
	const { expression } = await makeExpression(call.id, {
		organisationId: sweden.id,
		applicantUserId: person.id,
		answers: { motivation: `Kontakta ${name} på ${email}.` }
	});
	await db()
		.insert(sessions)
		.values({
			id: crypto.randomUUID(),
			token: crypto.randomUUID(),
			userId: person.id,
			expiresAt: new Date(Date.now() + 86_400_000),
			ipAddress: '203.0.113.7',
			userAgent: 'Firefox'
		});
	await db()
		.insert(apiTokens)
		.values({ userId: person.id, name: 'Min nyckel', tokenHash: crypto.randomUUID(), prefix: 'glk_abc' });
	await db()
		.insert(verifications)
		.values({
			id: crypto.randomUUID(),
			identifier: `reset-password:${crypto.randomUUID()}`,
			value: person.id,
			expiresAt: new Date(Date.now() + 3_600_000)
		});
	await db()
		.insert(invitations)
		.values({
			email,
			organisationId: abroad.id,
			role: 'member',
			tokenHash: crypto.randomUUID(),
			expiresAt: new Date(Date.now() + 86_400_000)
		});
	await sendMail({ to: email, subject: 'Välkommen', text: `Hej ${name}!` });
	return { person, email, sweden, partnership, expression };
}

describe('erasing a person', () => {
	it('leaves no trace of their name or e-mail in any table, and keeps the trail under one pseudonym', async () => {
		const reviewer = await makeUser({ staff: true });
		const { person, email, partnership, expression } = await namedEverywhere('Malin Qvarnström');
		await addNote(reviewer.actor, expression.id, { body: 'Ringde Malin Qvarnström i dag.' });
		// What they did themselves stays theirs in the trail: the actor id, now named by the pseudonym.
		await db()
			.insert(auditEvents)
			.values({
				actorUserId: person.id,
				action: 'partnership.updated',
				subjectType: 'partnership',
				subjectId: partnership.id,
				after: { note: `Skrivet av ${email}` }
			});
		expect((await traces('Qvarnström')).length).toBeGreaterThan(5);
		expect((await traces(email)).length).toBeGreaterThan(3);

		const preview = await erasurePreview(reviewer.actor, person.id);
		expect(preview.counts).toMatchObject({
			passwords: 1,
			sessions: 1,
			tokens: 1,
			memberships: 1,
			groupSeats: 2,
			expertRows: 1,
			invitations: 1
		});
		expect(preview.blocked).toBeNull();

		const { pseudonym, outboxFiles } = await erasePerson(reviewer.actor, person.id);
		expect(pseudonym).toMatch(/^Erased person [0-9a-f]{8}$/);
		expect(outboxFiles).toBe(1);

		expect(await traces('Qvarnström')).toEqual([]);
		expect(await traces(email)).toEqual([]);
		const outbox = existsSync(outboxDir()) ? readdirSync(outboxDir()) : [];
		for (const file of outbox) expect(readFileSync(join(outboxDir(), file), 'utf8')).not.toContain(email);

		const [account] = await db().select().from(users).where(eq(users.id, person.id));
		expect(account).toMatchObject({ name: pseudonym, emailVerified: false, role: 'user' });
		const ownEvents = await db().select().from(auditEvents).where(eq(auditEvents.actorUserId, person.id));
		expect(ownEvents).toHaveLength(1);
		expect(JSON.stringify(ownEvents[0]!.after)).toContain(pseudonym);

		// The seat is kept by law with its role and party, under the pseudonym and never public.
		const seats = await db()
			.select()
			.from(steeringGroupMembers)
			.where(eq(steeringGroupMembers.partnershipId, partnership.id));
		expect(seats).toEqual([
			expect.objectContaining({
				name: pseudonym,
				email: null,
				listedPublicly: false,
				politicalParty: 'Socialdemokraterna'
			})
		]);

		// The erasure itself is recorded: who and the pseudonym, nothing personal.
		const [erased] = await db().select().from(erasedPeople).where(eq(erasedPeople.userId, person.id));
		const [record] = await db().select().from(auditEvents).where(eq(auditEvents.subjectId, erased!.id));
		expect(record).toMatchObject({
			action: 'person.erased',
			subjectType: 'person',
			actorUserId: reviewer.id,
			after: { pseudonym },
			before: null
		});

		// The same person cannot be erased twice, nor seen again for erasure.
		expect((await refusal(erasePerson(reviewer.actor, person.id))).code).toBe('not_found');
	});

	it('leaves other people alone', async () => {
		const reviewer = await makeUser({ staff: true });
		const target = await namedEverywhere('Per Lindqvist');
		const other = await namedEverywhere('Kajsa Öberg');
		await erasePerson(reviewer.actor, target.person.id);
		expect((await traces('Kajsa Öberg')).length).toBeGreaterThan(5);
		expect((await traces(other.email)).length).toBeGreaterThan(3);
		const data = await exportPersonalData(other.person.actor);
		expect(data.steeringGroups).toHaveLength(1);
	});

	it('refuses people who are not staff, oneself and the last staff account', async () => {
		const member = await makeUser();
		const target = await makeUser();
		expect((await refusal(erasePerson(member.actor, target.id))).code).toBe('not_found');
		expect((await refusal(erasurePreview(member.actor, target.id))).code).toBe('not_found');

		const only = await makeUser({ staff: true });
		// Every other staff account goes first, so that `only` is the last one.
		const others = await db().select({ id: users.id }).from(users).where(eq(users.role, 'staff'));
		for (const { id } of others)
			if (id !== only.id) await db().update(users).set({ role: 'user' }).where(eq(users.id, id));
		expect((await refusal(erasePerson(only.actor, only.id))).code).toBe('forbidden');
		expect((await erasurePreview(only.actor, only.id)).blocked).toBe('self');

		const second = await makeUser({ staff: true });
		expect((await erasurePreview(second.actor, only.id)).blocked).toBeNull();
		await erasePerson(second.actor, only.id);
		// Now `second` is the last staff account: a system actor (a script) may not erase it either.
		const refused = await refusal(erasePerson(staff, second.id));
		expect(refused.code).toBe('conflict');
		expect((await erasurePreview(staff, second.id)).blocked).toBe('last_staff');
	});
});

describe('the export of a person', () => {
	it('holds their data from every place and nobody else’s', async () => {
		const mine = await namedEverywhere('Ingrid Sjöholm');
		const theirs = await namedEverywhere('Tove Nyman');
		mkdirSync(outboxDir(), { recursive: true });
		writeFileSync(join(outboxDir(), 'stray.txt'), 'not a mail');
		const data = await exportPersonalData(mine.person.actor);
		const text = JSON.stringify(data);
		expect(data.person).toMatchObject({ name: 'Ingrid Sjöholm', email: mine.email });
		expect(data.memberships).toHaveLength(1);
		expect(data.sessions).toEqual([expect.objectContaining({ ipAddress: '203.0.113.7', userAgent: 'Firefox' })]);
		expect(data.apiTokens).toEqual([expect.objectContaining({ name: 'Min nyckel', prefix: 'glk_abc' })]);
		expect(data.steeringGroups).toEqual([
			expect.objectContaining({ politicalParty: 'Socialdemokraterna', listedPublicly: true })
		]);
		expect(data.projectGroups).toEqual([expect.objectContaining({ title: 'Utvecklingsstrateg' })]);
		expect(data.networkExperts).toHaveLength(1);
		expect(data.answers).toEqual([expect.objectContaining({ status: 'submitted' })]);
		expect(data.invitations).toHaveLength(1);
		expect(data.mail).toEqual([expect.objectContaining({ text: expect.stringContaining('Hej Ingrid Sjöholm!') })]);
		expect(text).not.toContain('Tove Nyman');
		expect(text).not.toContain(theirs.email);
		// Secrets are never exported.
		expect(text).not.toMatch(/password"\s*:|tokenHash|passwordHash|"token"/);
	});
});
