import { eq } from 'drizzle-orm';
import { phaseLabel } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { dayOf, formatDate } from '$lib/time';
import { db } from '$lib/server/db/client';
import { partnershipPhaseChanges, partnerships, programmes } from '$lib/server/db/schema';
import { AppError } from '$lib/server/errors';
import { parseInput } from '$lib/server/validation';
import type { Actor } from '../accounts/actor';
import { recordAudit } from '../audit/record';
import { projectLengthProblem, type ProgrammeRules, type ProjectLengthProblem } from '../programmes/rules';
import { partnershipFor } from './access';
import { canMovePhase, completionProblem } from './phases';
import { canManagePartnerships } from './policy';
import { phaseMoveInput, type PhaseMoveInput } from './schemas';
import { isPublicPartnership } from './visibility';

/**
 * Moves a partnership (by id, or `{ slug }`) to another phase. Staff only: coordinators and members of a party get 403,
 * everyone else 404. Rules: only the moves of phases.ts (never out of completed or terminated); a
 * reason (at most 1000 characters) is required when terminating; moving into the project phase needs a
 * project period within the programme's length rule (project dates are set on the plan page); moving
 * to completed needs the partnership to have started (its start date, else its project's, is today or
 * earlier in the programme's time zone). The partnership row is locked, so of two simultaneous moves the
 * second sees the first's result.
 * Side effects: a row in partnership_phase_changes and an audit event 'partnership.phase_changed'.
 * Terminating a partnership the public sees publishes it (`published_at`), so that it stays public
 * (decision 0013).
 */
export async function movePhase(actor: Actor, partnershipKey: string | { slug: string }, input: PhaseMoveInput) {
	const data = parseInput(phaseMoveInput, input);
	return db().transaction(async (tx) => {
		const { partnership, partyIds } = await partnershipFor(tx, actor, partnershipKey, 'edit', { lock: true });
		if (!canManagePartnerships(actor)) throw new AppError('forbidden', m.phase_move_error_staff_only());
		const from = partnership.phase;
		if (!canMovePhase(from, data.to))
			throw AppError.invalid({
				to:
					from === data.to
						? m.phase_move_error_already({ phase: phaseLabel(from) })
						: m.phase_move_error_not_allowed({ from: phaseLabel(from), to: phaseLabel(data.to) })
			});
		if (data.to === 'terminated' && !data.reason)
			throw AppError.invalid({ reason: m.phase_move_error_reason_required() });
		const [rules] = await tx
			.select({
				projectMinYears: programmes.projectMinYears,
				projectMaxYears: programmes.projectMaxYears,
				publicFrom: programmes.partnershipsPublicFrom
			})
			.from(programmes)
			.where(eq(programmes.id, partnership.programmeId));
		if (data.to === 'completed') {
			const problem = completionProblem(partnership, dayOf(new Date()));
			if (problem)
				throw AppError.invalid({
					to: m.phase_move_error_complete_before_start({ date: formatDate(problem.startDate, getLocale()) ?? '' })
				});
		}
		if (data.to === 'project') {
			const problem = projectLengthProblem(partnership.projectStartDate, partnership.projectEndDate, rules!);
			if (problem)
				throw AppError.invalid({
					to: projectLengthMessage(problem, partnership.projectStartDate, partnership.projectEndDate, rules!)
				});
		}

		// Terminated is never public by phase: one the public saw until now is published, so it stays.
		const publish =
			data.to === 'terminated' && !partnership.publishedAt && isPublicPartnership(partnership, rules!.publicFrom);
		const [updated] = await tx
			.update(partnerships)
			.set(publish ? { phase: data.to, publishedAt: new Date() } : { phase: data.to })
			.where(eq(partnerships.id, partnership.id))
			.returning();
		const [change] = await tx
			.insert(partnershipPhaseChanges)
			.values({
				partnershipId: partnership.id,
				fromPhase: from,
				toPhase: data.to,
				reason: data.reason ?? null,
				changedByUserId: actor.userId
			})
			.returning();
		await recordAudit(tx, actor, {
			action: 'partnership.phase_changed',
			subjectType: 'partnership',
			subjectId: partnership.id,
			partnershipId: partnership.id,
			organisationIds: partyIds,
			before: { phase: from },
			after: publish ? { phase: data.to, publishedAt: updated!.publishedAt } : { phase: data.to },
			reason: data.reason
		});
		return { partnership: updated!, change: change! };
	});
}

/** Why the project period keeps a partnership out of the project phase, with the numbers. */
function projectLengthMessage(
	problem: ProjectLengthProblem,
	start: string | null,
	end: string | null,
	rules: Pick<ProgrammeRules, 'projectMinYears' | 'projectMaxYears'>
): string {
	if (problem.code === 'dates_missing') return m.phase_move_error_project_dates_missing();
	const numbers = new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 1 });
	// Rounded away from the allowed range, so that 3 years and a day never reads as "3 years".
	const tenths = projectYears(start!, end!) * 10;
	const years = (problem.code === 'too_long' ? Math.ceil(tenths - 1e-9) : Math.floor(tenths + 1e-9)) / 10;
	const params = {
		years: numbers.format(years),
		min: numbers.format(rules.projectMinYears),
		max: numbers.format(rules.projectMaxYears)
	};
	return problem.code === 'too_long'
		? m.phase_move_error_project_too_long(params)
		: m.phase_move_error_project_too_short(params);
}

/** The length of a period in years, the end day included (2025-01-01 – 2028-12-31 is about 4). */
function projectYears(start: string, end: string): number {
	const days = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000 + 1;
	return days / 365.25;
}
