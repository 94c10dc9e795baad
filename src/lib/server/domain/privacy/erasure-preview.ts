import { db } from '$lib/server/db/client';
import { AppError } from '$lib/server/errors';
import type { Actor } from '../accounts/actor';
import { erasureCounts, otherStaff, personForErasure } from './people';

/**
 * What erasing a person would do, for the confirmation staff see first: who, how many rows of each kind,
 * and whether it is allowed (not oneself, not the last staff account). Staff only; unknown or already
 * erased people: 404.
 */
export async function erasurePreview(actor: Actor, userId: string) {
	if (!actor.isStaff) throw AppError.notFound();
	return db().transaction(async (tx) => {
		const person = await personForErasure(tx, userId);
		if (!person || person.erasedAt) throw AppError.notFound();
		const counts = await erasureCounts(tx, userId, person.email);
		const blocked =
			actor.userId === userId
				? ('self' as const)
				: person.role === 'staff' && (await otherStaff(tx, userId)) === 0
					? ('last_staff' as const)
					: null;
		return {
			person: { id: person.id, name: person.name, email: person.email, isStaff: person.role === 'staff' },
			counts,
			blocked
		};
	});
}
