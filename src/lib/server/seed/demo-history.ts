import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db/client';
import { partnershipPhaseChanges, partnerships } from '$lib/server/db/schema';
import { isFinalPhase } from '../domain/partnerships/phases';
import { currentPhase, type DemoPartnership } from './demo-data';

// The demo's partnerships have a past: the phase moves the seeds' years imply. Moves are written here
// with their dates rather than through movePhase, which can only record today's.

/** The phase a demo partnership is created and worked on in: a completed or terminated one ends later. */
export function workingPhase(p: DemoPartnership) {
	return p.history.findLast(([phase]) => !isFinalPhase(phase))![0];
}

/** A day's move, at 09:00 in Stockholm (winter time is near enough for a history). */
const at = (day: string) => new Date(`${day}T08:00:00Z`);

/**
 * Replaces each demo partnership's one-line history (its creation, today) with its phase moves, puts it in
 * its current phase, dates its registration to its application, and gives it the project period its
 * history implies when its plan has none. Run after the plans and results are seeded.
 */
export async function seedPhaseHistory(demo: readonly DemoPartnership[]): Promise<void> {
	for (const p of demo) {
		const [row] = await db()
			.select({ id: partnerships.id, projectStartDate: partnerships.projectStartDate })
			.from(partnerships)
			.where(eq(partnerships.slug, p.slug));
		if (!row) continue;
		await db().delete(partnershipPhaseChanges).where(eq(partnershipPhaseChanges.partnershipId, row.id));
		await db()
			.insert(partnershipPhaseChanges)
			.values(
				p.history.map(([phase, day], i) => ({
					partnershipId: row.id,
					fromPhase: i === 0 ? null : p.history[i - 1]![0],
					toPhase: phase,
					changedAt: at(day)
				}))
			);
		const project = p.history.find(([phase]) => phase === 'project');
		await db()
			.update(partnerships)
			.set({
				phase: currentPhase(p),
				createdAt: at(p.history[0]![1]),
				...(project && !row.projectStartDate ? { projectStartDate: project[1], projectEndDate: p.endDate } : {})
			})
			.where(eq(partnerships.id, row.id));
	}
}
