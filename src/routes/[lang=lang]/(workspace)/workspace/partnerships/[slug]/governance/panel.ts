import { m } from '$lib/paraglide/messages';

/** The one form open on the governance tab: adding to a group, or editing one of its rows. */
export type Panel =
	| { mode: 'add'; group: 'steering' | 'project' | 'executor' }
	| { mode: 'edit'; group: 'steering' | 'project' | 'executor'; id: string };

/** What the last change did (`?done=`), said once at the top of the tab. */
export const doneCodes = [
	'steering_added',
	'steering_updated',
	'steering_removed',
	'project_added',
	'project_updated',
	'project_removed',
	'executor_added',
	'executor_updated',
	'executor_removed'
] as const;
export type DoneCode = (typeof doneCodes)[number];

export const doneMessages: Record<DoneCode, () => string> = {
	steering_added: m.governance_notice_steering_added,
	steering_updated: m.governance_notice_steering_updated,
	steering_removed: m.governance_notice_steering_removed,
	project_added: m.governance_notice_project_added,
	project_updated: m.governance_notice_project_updated,
	project_removed: m.governance_notice_project_removed,
	executor_added: m.governance_notice_executor_added,
	executor_updated: m.governance_notice_executor_updated,
	executor_removed: m.governance_notice_executor_removed
};

/** Each form's fields, in the order they are shown: the problems list links to them in this order. */
export const steeringFields = [
	'name',
	'organisationId',
	'politicalParty',
	'standing',
	'role',
	'email',
	'listedPublicly'
];
export const projectFields = ['name', 'organisationId', 'title', 'role', 'email', 'listedPublicly'];
export const executorFields = ['organisationId', 'tasks', 'tasks.sv', 'tasks.en', 'tasks.es'];

/** A steering or project group member as the values of its edit form. */
export function memberValues(member: Record<string, unknown>): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of Object.entries(member)) {
		if (typeof value === 'string') values[key] = value;
		else if (value === true) values[key] = 'on';
	}
	return values;
}
