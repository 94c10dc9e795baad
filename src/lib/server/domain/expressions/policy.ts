import { roleIn, type Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';

type Owned = { applicantUserId: string | null; organisationId: string | null };

/** Its applicant and the coordinators of its organisation act on an answer (edit, submit, withdraw). */
export function mayEditExpression(actor: Actor, expression: Owned): boolean {
	if (!actor.userId) return false;
	if (expression.applicantUserId === actor.userId) return true;
	return !!expression.organisationId && roleIn(actor, expression.organisationId) === 'coordinator';
}

/**
 * Applicants and coordinators see their own answers; staff every answer but drafts (the applicant's
 * unfinished work does not exist for staff). Others are told it does not exist.
 */
export function maySeeExpression(actor: Actor, expression: Owned & { status: string }): boolean {
	return mayEditExpression(actor, expression) || (canAdministerProgramme(actor) && expression.status !== 'draft');
}
