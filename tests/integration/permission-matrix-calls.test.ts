import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '$lib/server/domain/accounts/actor';
import { anonymous } from '$lib/server/domain/accounts/actor';
import type { ExpressionStatus } from '$lib/server/domain/expressions/statuses';
import * as answersExport from '../../src/routes/api/v1/calls/[id]/answers/export/+server';
import * as answersStatus from '../../src/routes/api/v1/calls/[id]/answers/status/+server';
import * as answers from '../../src/routes/api/v1/calls/[id]/answers/+server';
import * as assignment from '../../src/routes/api/v1/calls/[id]/assignment/+server';
import * as callExpressions from '../../src/routes/api/v1/calls/[id]/expressions/+server';
import * as matches from '../../src/routes/api/v1/calls/[id]/matches/+server';
import * as callProfiles from '../../src/routes/api/v1/calls/[id]/profiles/+server';
import * as publishCall from '../../src/routes/api/v1/calls/[id]/publish/+server';
import * as suggestions from '../../src/routes/api/v1/calls/[id]/suggestions/+server';
import * as unpublishCall from '../../src/routes/api/v1/calls/[id]/unpublish/+server';
import * as call from '../../src/routes/api/v1/calls/[id]/+server';
import * as callList from '../../src/routes/api/v1/calls/+server';
import * as notes from '../../src/routes/api/v1/expressions/[id]/notes/+server';
import * as review from '../../src/routes/api/v1/expressions/[id]/review/+server';
import * as reviews from '../../src/routes/api/v1/expressions/[id]/reviews/+server';
import * as submit from '../../src/routes/api/v1/expressions/[id]/submit/+server';
import * as withdraw from '../../src/routes/api/v1/expressions/[id]/withdraw/+server';
import * as expression from '../../src/routes/api/v1/expressions/[id]/+server';
import * as expressionList from '../../src/routes/api/v1/expressions/+server';
import * as publishProfile from '../../src/routes/api/v1/profiles/[id]/publish/+server';
import * as withdrawProfile from '../../src/routes/api/v1/profiles/[id]/withdraw/+server';
import * as profile from '../../src/routes/api/v1/profiles/[id]/+server';
import * as profileList from '../../src/routes/api/v1/profiles/+server';
import { makeOrganisation, makeTheme, makeUser } from '../factories';
import { makeCall, makeExpression, makeProfile } from '../factories/calls';
import { api, type Handler } from '../setup/api';
import { useTestDatabase } from '../setup/database';
import { changedTables, fingerprint } from './snapshot';

// Every role × every read and write of calls, answers, profiles, reviews and matchmaking, through the
// API, with the status each must get. Reads share one call; every write gets rows of its own, so one
// cell's write never decides another's answer. A refused write must also leave every table as it was.

useTestDatabase();

type Role = 'staff' | 'applicant' | 'member' | 'profileCoordinator' | 'otherCoordinator' | 'signedOut';
const roles: Role[] = ['staff', 'applicant', 'member', 'profileCoordinator', 'otherCoordinator', 'signedOut'];

/** A partner-search call, the applicant's answer to it and the profile organisation's profile in it. */
type Target = { callId: string; expressionId: string; profileId: string };

type Cell = {
	/** Method and address; `{id}` is the target's call, answer or profile (by the path), `{call}` its call. */
	route: string;
	note?: string;
	handler: Handler;
	/** Fresh rows for a write; reads use the shared ones. */
	target?: () => Promise<Target>;
	body?: (target: Target) => unknown;
	expect: Record<Role, number>;
};

const everyone = (ok: number) => Object.fromEntries(roles.map((role) => [role, ok])) as Record<Role, number>;
const signedIn = (ok: number) => ({ ...everyone(ok), signedOut: 401 });
const staffOnly = (ok: number) => ({ ...signedIn(404), staff: ok });
/** The applicant's own answer: they and staff read it; nobody else learns it exists. */
const ownAnswer = (ok: number) => ({ ...staffOnly(ok), applicant: ok });
/** What only the applicant does to their answer (edit, submit, withdraw); staff move statuses instead. */
const applicantOnly = (ok: number) => ({ ...signedIn(404), applicant: ok });
/** Profiles are changed by staff and by the coordinators of the profile's organisation. */
const profileWrite = (ok: number) => ({ ...staffOnly(ok), profileCoordinator: ok });

let actors: Record<Role, Actor>;
let programmeId: string;
let themeId: string;
let applicantOrg: string;
let profileOrg: string;
let shared: Target;
/** An unpublished call with a draft answer and a draft profile (taking a call down keeps them). */
let hidden: Target;

beforeAll(async () => {
	themeId = (await makeTheme()).id;
	applicantOrg = (await makeOrganisation({ name: 'Ale kommun (utlysningsmatris)' })).id;
	profileOrg = (
		await makeOrganisation({ countryCode: 'CO', name: 'Municipio de Jamundí (matriz)', population: 50_000 })
	).id;
	const otherOrg = (await makeOrganisation({ name: 'Lunds kommun (utlysningsmatris)' })).id;
	const applicant = await makeUser({ organisationId: applicantOrg, role: 'coordinator' });
	actors = {
		staff: (await makeUser({ staff: true })).actor,
		applicant: applicant.actor,
		member: (await makeUser({ organisationId: applicantOrg, role: 'member' })).actor,
		profileCoordinator: (await makeUser({ organisationId: profileOrg, role: 'coordinator' })).actor,
		otherCoordinator: (await makeUser({ organisationId: otherOrg, role: 'coordinator' })).actor,
		signedOut: anonymous
	};
	// The first call makes the programme (cooperating with Colombia); the others reuse it.
	programmeId = (await makeCall()).programmeId;
	shared = await fresh();
	hidden = await fresh({ call: { publishedAt: null }, expression: 'draft', profile: 'draft' });
});

/** A new open call, with the applicant's answer and the profile organisation's profile unless left out. */
async function fresh({
	call = {},
	expression = 'submitted',
	profile = 'published'
}: {
	call?: Parameters<typeof makeCall>[0];
	expression?: ExpressionStatus | null;
	profile?: 'draft' | 'published' | null;
} = {}): Promise<Target> {
	const callId = (await makeCall({ programmeId, ...call })).id;
	const answer = expression
		? await makeExpression(callId, {
				organisationId: applicantOrg,
				applicantUserId: actors.applicant.userId,
				themeId,
				status: expression
			})
		: undefined;
	const made = profile
		? await makeProfile(callId, {
				organisationId: profileOrg,
				themeId,
				status: profile,
				publishedAt: profile === 'published' ? new Date() : null
			})
		: undefined;
	return { callId, expressionId: answer?.expression.id ?? '', profileId: made?.id ?? '' };
}

const freshCall = () => fresh({ expression: null, profile: null });
const freshAnswer =
	(status: ExpressionStatus = 'submitted') =>
	() =>
		fresh({ expression: status, profile: null });

/** The export answers a file, not JSON: keep its status for api(), leave the file out. */
const statusOnly =
	(handler: Handler): Handler =>
	async (event) =>
		new Response(null, { status: (await handler(event)).status });

const profileText = () => ({
	themeId,
	challenge: { es: 'Reducir la deserción escolar.' },
	hopes: { es: 'Experiencia con orientación de estudiantes.' },
	contactRole: { es: 'Secretaría de Educación' }
});

const cells: Cell[] = [
	// Calls: published ones are public; only staff see an unpublished one or change any.
	{ route: 'GET /api/v1/calls', handler: callList.GET, expect: everyone(200) },
	{ route: 'GET /api/v1/calls/{id}', handler: call.GET, expect: everyone(200) },
	{
		route: 'GET /api/v1/calls/{id}',
		note: 'unpublished',
		handler: call.GET,
		target: async () => hidden,
		expect: { ...everyone(404), staff: 200 }
	},
	{
		route: 'POST /api/v1/calls',
		handler: callList.POST,
		body: () => ({
			programmeId,
			kind: 'partner_search',
			title: { sv: 'Kommuner söker partner (matris)' },
			opensAt: '2027-01-10T08:00:00Z',
			closesAt: '2027-03-10T22:59:00Z'
		}),
		expect: staffOnly(201)
	},
	{
		route: 'PATCH /api/v1/calls/{id}',
		handler: call.PATCH,
		target: freshCall,
		body: () => ({ title: { sv: 'Ny rubrik' } }),
		expect: staffOnly(200)
	},
	{
		route: 'POST /api/v1/calls/{id}/publish',
		handler: publishCall.POST,
		target: () => fresh({ call: { publishedAt: null }, expression: null, profile: null }),
		expect: staffOnly(200)
	},
	{
		route: 'POST /api/v1/calls/{id}/unpublish',
		handler: unpublishCall.POST,
		target: freshCall,
		expect: staffOnly(200)
	},

	// Partner-seeking profiles: published ones are public; a draft is its organisation's and staff's.
	{ route: 'GET /api/v1/profiles', handler: profileList.GET, expect: everyone(200) },
	{ route: 'GET /api/v1/profiles/{id}', handler: profile.GET, expect: everyone(200) },
	{
		route: 'GET /api/v1/profiles/{id}',
		note: 'draft',
		handler: profile.GET,
		target: async () => hidden,
		expect: { ...everyone(404), staff: 200, profileCoordinator: 200 }
	},
	{
		route: 'PATCH /api/v1/profiles/{id}',
		handler: profile.PATCH,
		target: () => fresh({ expression: null }),
		body: profileText,
		expect: profileWrite(200)
	},
	{
		route: 'POST /api/v1/calls/{id}/profiles',
		handler: callProfiles.POST,
		target: freshCall,
		body: () => ({ ...profileText(), organisationId: profileOrg }),
		expect: profileWrite(201)
	},
	{
		route: 'POST /api/v1/profiles/{id}/publish',
		handler: publishProfile.POST,
		target: () => fresh({ expression: null, profile: 'draft' }),
		expect: profileWrite(200)
	},
	{
		route: 'POST /api/v1/profiles/{id}/withdraw',
		handler: withdrawProfile.POST,
		target: () => fresh({ expression: null }),
		expect: profileWrite(200)
	},

	// Answers (expressions of interest): applicants see and change only their own.
	{ route: 'GET /api/v1/expressions?call={call}', handler: expressionList.GET, expect: signedIn(200) },
	{ route: 'GET /api/v1/expressions/{id}', handler: expression.GET, expect: ownAnswer(200) },
	{
		// A draft is the applicant's unfinished work: it does not exist for staff (ADR 0010).
		route: 'GET /api/v1/expressions/{id}',
		note: 'draft',
		handler: expression.GET,
		target: async () => hidden,
		expect: applicantOnly(200)
	},
	{
		route: 'PATCH /api/v1/expressions/{id}',
		handler: expression.PATCH,
		target: freshAnswer('draft'),
		body: () => ({ languages: ['sv', 'es'] }),
		expect: applicantOnly(200)
	},
	{
		route: 'POST /api/v1/expressions/{id}/submit',
		handler: submit.POST,
		target: freshAnswer('draft'),
		expect: applicantOnly(200)
	},
	{
		route: 'POST /api/v1/expressions/{id}/withdraw',
		handler: withdraw.POST,
		target: freshAnswer(),
		body: () => ({ reason: 'Vi hinner inte i år.' }),
		expect: applicantOnly(200)
	},
	{
		// An answer for the applicant's organisation: only its coordinator gives one; its member is refused
		// (403), and anyone not in it, staff included, is told on `organisationId` that it is not theirs (400).
		route: 'POST /api/v1/calls/{id}/expressions',
		handler: callExpressions.POST,
		target: freshCall,
		body: () => ({
			organisationId: applicantOrg,
			answers: { motivation: 'Vi vill lära av varandra.' },
			challenge: { sv: 'Färre avhopp.' }
		}),
		expect: { ...signedIn(400), applicant: 201, member: 403 }
	},

	// Review: staff's work alone; to everyone else it does not exist.
	{ route: 'GET /api/v1/calls/{id}/answers', handler: answers.GET, expect: staffOnly(200) },
	{
		route: 'GET /api/v1/calls/{id}/answers/export?format=csv',
		handler: statusOnly(answersExport.GET),
		expect: staffOnly(200)
	},
	{
		route: 'POST /api/v1/calls/{id}/answers/status',
		handler: answersStatus.POST,
		target: freshAnswer(),
		body: (t) => ({ expressionIds: [t.expressionId], to: 'under_review' }),
		expect: staffOnly(200)
	},
	{ route: 'GET /api/v1/expressions/{id}/reviews', handler: reviews.GET, expect: staffOnly(200) },
	{
		route: 'PUT /api/v1/expressions/{id}/review',
		handler: review.PUT,
		target: freshAnswer(),
		body: () => ({ scores: { anchoring: { score: 4 }, capacity: { score: 3, comment: 'Liten förvaltning.' } } }),
		expect: staffOnly(200)
	},
	{ route: 'GET /api/v1/expressions/{id}/notes', handler: notes.GET, expect: staffOnly(200) },
	{
		route: 'POST /api/v1/expressions/{id}/notes',
		handler: notes.POST,
		target: freshAnswer(),
		body: () => ({ body: 'Ringde kommunen om budgeten.' }),
		expect: staffOnly(201)
	},

	// Matchmaking: staff only.
	{ route: 'GET /api/v1/calls/{id}/suggestions', handler: suggestions.GET, expect: staffOnly(200) },
	{ route: 'GET /api/v1/calls/{id}/assignment', handler: assignment.GET, expect: staffOnly(200) },
	{ route: 'GET /api/v1/calls/{id}/matches', handler: matches.GET, expect: staffOnly(200) },
	{
		route: 'POST /api/v1/calls/{id}/matches',
		handler: matches.POST,
		target: () => fresh(),
		body: (t) => ({ expressionId: t.expressionId, profileId: t.profileId }),
		expect: staffOnly(201)
	}
];

/** Calls the cell's handler for the target as `actor`: its status, and the body when it is JSON. */
async function send(cell: Cell, target: Target, actor: Actor) {
	const [method, address] = cell.route.split(' ') as [string, string];
	const subject = address.split(/[/?]/)[3] as 'calls' | 'expressions' | 'profiles';
	const id = { calls: target.callId, expressions: target.expressionId, profiles: target.profileId }[subject];
	const params: Record<string, string> = address.includes('{id}') ? { id } : {};
	const path = address.replace('{id}', id).replace('{call}', target.callId);
	return api(cell.handler, method, path, { actor, params, body: cell.body?.(target) });
}

describe('who may read and change calls, answers, profiles, reviews and matches, through the API', () => {
	for (const cell of cells) {
		it.each(roles)(`${cell.route}${cell.note ? ` (${cell.note})` : ''}: %s`, async (role) => {
			const target = cell.target ? await cell.target() : shared;
			const write = !cell.route.startsWith('GET ');
			const before = write ? await fingerprint() : undefined;
			const answer = await send(cell, target, actors[role]);
			expect(answer.status, JSON.stringify(answer.body)).toBe(cell.expect[role]);
			if (!before) return;
			// A write changes something when it is allowed, and nothing at all when it is refused.
			const changed = changedTables(before, await fingerprint());
			if (answer.status >= 400) expect(changed).toEqual([]);
			else expect(changed).not.toEqual([]);
		});
	}

	it.each(roles)(
		'GET /api/v1/expressions lists an answer to its applicant, and to staff once submitted: %s',
		async (role) => {
			const list = cells.find((c) => c.handler === expressionList.GET)!;
			const listed = async (target: Target) => {
				const answer = await send(list, target, actors[role]);
				if (answer.status !== 200) return answer.status;
				return (answer.body.data as { id: string }[]).some((e) => e.id === target.expressionId);
			};
			expect(await listed(shared)).toBe(role === 'signedOut' ? 401 : role === 'staff' || role === 'applicant');
			expect(await listed(hidden)).toBe(role === 'signedOut' ? 401 : role === 'applicant');
		}
	);

	const addressed = cells.filter((c) => c.route.includes('{id}') && !c.note);
	it.each(addressed)('$route: 404 for staff on an unknown id', async (cell) => {
		for (const nobody of [crypto.randomUUID(), 'not-an-id']) {
			const write = !cell.route.startsWith('GET ');
			const before = write ? await fingerprint() : undefined;
			const answer = await send(cell, { callId: nobody, expressionId: nobody, profileId: nobody }, actors.staff);
			expect(answer.status, `${nobody}: ${JSON.stringify(answer.body)}`).toBe(404);
			if (before) expect(changedTables(before, await fingerprint())).toEqual([]);
		}
	});
});
