import { roleIn, type Actor } from '../accounts/actor';
import { canAdministerProgramme } from '../accounts/policy';

type Owned = { applicantUserId: string | null; organisationId: string | null };

/** Its applicant and the coordinators of its organisation act on an answer (edit, submit, withdraw). */
export function mayEditExpression(actor: Actor, expression: Owned): boolean {
	if (!actor.userId) return false;
	if (expression.applicantUserId === actor.userId) return true;
	return !!expression.organisationId && roleIn(actor, expression.organisationId) === 'coordinator';
}

/** Staff see every answer; applicants and coordinators their own. Others are told it does not exist. */
export function maySeeExpression(actor: Actor, expression: Owned): boolean {
	return canAdministerProgramme(actor) || mayEditExpression(actor, expression);
}
