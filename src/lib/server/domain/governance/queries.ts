import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { db, type Executor } from '$lib/server/db/client';
import { AppError } from '$lib/server/errors';
import {
	organisations,
	partnershipExecutors,
	partnershipParties,
	projectGroupMembers,
	steeringGroupMembers
} from '$lib/server/db/schema';
import type { Actor } from '../accounts/actor';
import { partnershipFor } from '../partnerships/access';
import { matchingOrganisations } from '../organisations/pick';
import { endedNotice, isFinalPhase } from '../partnerships/phases';
import { governanceWarnings } from './checks';

export type SteeringMemberRow = Awaited<ReturnType<typeof steeringMembersOf>>[number];
export type ProjectMemberRow = Awaited<ReturnType<typeof projectMembersOf>>[number];
export type ExecutorRow = Awaited<ReturnType<typeof executorsOf>>[number];
export type Governance = Awaited<ReturnType<typeof governanceOf>>;

/** Roles in the order a group is read: the chair first. */
const steeringRoleOrder = sql`case ${steeringGroupMembers.role} when 'chair' then 0 when 'vice_chair' then 1 else 2 end`;
const projectRoleOrder = sql`case ${projectGroupMembers.role} when 'coordinator' then 0 else 1 end`;

export function steeringMembersOf(tx: Executor, partnershipId: string) {
	return tx
		.select({
			id: steeringGroupMembers.id,
			organisationId: steeringGroupMembers.organisationId,
			name: steeringGroupMembers.name,
			email: steeringGroupMembers.email,
			politicalParty: steeringGroupMembers.politicalParty,
			standing: steeringGroupMembers.standing,
			role: steeringGroupMembers.role,
			listedPublicly: steeringGroupMembers.listedPublicly
		})
		.from(steeringGroupMembers)
		.where(eq(steeringGroupMembers.partnershipId, partnershipId))
		.orderBy(steeringRoleOrder, asc(steeringGroupMembers.name), asc(steeringGroupMembers.id));
}

export function projectMembersOf(tx: Executor, partnershipId: string) {
	return tx
		.select({
			id: projectGroupMembers.id,
			organisationId: projectGroupMembers.organisationId,
			name: projectGroupMembers.name,
			email: projectGroupMembers.email,
			title: projectGroupMembers.title,
			role: projectGroupMembers.role,
			listedPublicly: projectGroupMembers.listedPublicly
		})
		.from(projectGroupMembers)
		.where(eq(projectGroupMembers.partnershipId, partnershipId))
		.orderBy(projectRoleOrder, asc(projectGroupMembers.name), asc(projectGroupMembers.id));
}

export function executorsOf(tx: Executor, partnershipId: string) {
	return tx
		.select({
			id: partnershipExecutors.id,
			organisationId: partnershipExecutors.organisationId,
			tasks: partnershipExecutors.tasks,
			organisation: {
				slug: organisations.slug,
				name: organisations.name,
				kind: organisations.kind,
				countryCode: organisations.countryCode
			}
		})
		.from(partnershipExecutors)
		.innerJoin(organisations, eq(organisations.id, partnershipExecutors.organisationId))
		.where(eq(partnershipExecutors.partnershipId, partnershipId))
		.orderBy(asc(organisations.name), asc(partnershipExecutors.id));
}

/**
 * A partnership's governance as one of its people (or staff) sees it: the parties (Swedish first),
 * the steering group, the project group, the executors, and the programme's rules it does not meet
 * yet (none once it has ended). 404 for anyone who may not read the partnership (partnershipFor).
 */
export async function governanceOf(actor: Actor, key: string | { slug: string }) {
	const { partnership, access } = await partnershipFor(db(), actor, key, 'read');
	const [parties, steeringGroup, projectGroup, executors] = await Promise.all([
		db()
			.select({
				id: organisations.id,
				slug: organisations.slug,
				name: organisations.name,
				countryCode: organisations.countryCode
			})
			.from(partnershipParties)
			.innerJoin(organisations, eq(organisations.id, partnershipParties.organisationId))
			.where(eq(partnershipParties.partnershipId, partnership.id))
			.orderBy(sql`${organisations.countryCode} <> 'SE'`, asc(organisations.name)),
		steeringMembersOf(db(), partnership.id),
		projectMembersOf(db(), partnership.id),
		executorsOf(db(), partnership.id)
	]);
	// A completed or terminated partnership's groups are its record: nothing is left to fix, nothing to edit.
	const ended = isFinalPhase(partnership.phase);
	const warnings = ended
		? []
		: governanceWarnings(
				parties.map((p) => p.id),
				steeringGroup,
				projectGroup
			);
	return { partnershipId: partnership.id, access, ended, parties, steeringGroup, projectGroup, executors, warnings };
}

/** Kinds of organisation offered as executors: the ones that carry out work beside a municipality. */
const executorKinds = ['university', 'civil_society', 'other'] as const;

/** Organisations that may become an executor: of an executor's kind, not a party, not already one. */
function executorCandidate(partnershipId: string) {
	const parties = db()
		.select({ id: partnershipParties.organisationId })
		.from(partnershipParties)
		.where(eq(partnershipParties.partnershipId, partnershipId));
	const executors = db()
		.select({ id: partnershipExecutors.organisationId })
		.from(partnershipExecutors)
		.where(eq(partnershipExecutors.partnershipId, partnershipId));
	return and(
		inArray(organisations.kind, [...executorKinds]),
		notInArray(organisations.id, parties),
		notInArray(organisations.id, executors)
	);
}

/**
 * Organisations an editor may pick as a new executor (executorCandidate), by name, at most `limit`.
 * The use case checks the rules again on its own.
 */
export async function executorCandidates(partnershipId: string, limit = 500) {
	return db()
		.select({
			id: organisations.id,
			name: organisations.name,
			kind: organisations.kind,
			countryCode: organisations.countryCode
		})
		.from(organisations)
		.where(executorCandidate(partnershipId))
		.orderBy(asc(organisations.name), asc(organisations.id))
		.limit(limit);
}

/**
 * Executor candidates whose name contains `q`, for the picker of the "add an executor" form: only for
 * whoever may edit the partnership's governance (404 for outsiders, 403 for readers, 409 once ended).
 */
export async function pickExecutorCandidates(actor: Actor, key: { slug: string }, q: string) {
	const { partnership } = await partnershipFor(db(), actor, key, 'edit');
	if (isFinalPhase(partnership.phase)) throw new AppError('conflict', endedNotice(partnership.phase));
	return matchingOrganisations(q, executorCandidate(partnership.id));
}

/** The steering group of a partnership the actor may read (404 otherwise). */
export async function steeringGroupFor(actor: Actor, key: string | { slug: string }) {
	const { partnership } = await partnershipFor(db(), actor, key, 'read');
	return steeringMembersOf(db(), partnership.id);
}

/** The project group of a partnership the actor may read (404 otherwise). */
export async function projectGroupFor(actor: Actor, key: string | { slug: string }) {
	const { partnership } = await partnershipFor(db(), actor, key, 'read');
	return projectMembersOf(db(), partnership.id);
}

/** The executors of a partnership the actor may read (404 otherwise). */
export async function executorsFor(actor: Actor, key: string | { slug: string }) {
	const { partnership } = await partnershipFor(db(), actor, key, 'read');
	return executorsOf(db(), partnership.id);
}
