import type { Actor } from './actor';

/** Programme staff administer the programme's shared data: organisations, networks, partnerships. */
export function canAdministerProgramme(actor: Actor): boolean {
	return actor.isStaff;
}

/** Staff pages are for staff only; everyone else is told they do not exist. */
export function canSeeStaffPages(actor: Actor): boolean {
	return actor.isStaff;
}
