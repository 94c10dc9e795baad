import { projectRoleLabel, standingLabel, steeringRoleLabel } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { projectFields, steeringFields } from './panel';
import type { PageData } from './$types';

// What differs between the steering group and the project group on the governance tab; the section
// (GroupSection.svelte) is the same for both.

type Steering = PageData['steeringGroup'][number];
type Project = PageData['projectGroup'][number];
export type Member = Steering | Project;

export type GroupConfig = {
	heading: () => string;
	intro: () => string;
	/** The columns between the name and the e-mail address. */
	columns: { label: () => string; cell: (member: Member) => string }[];
	empty: (party: string) => string;
	removeQuestion: (name: string) => string;
	/** Form action names: `?/add<Action>`, `?/update<Action>`, `?/remove<Action>`. */
	action: 'Steering' | 'Project';
	addHeading: () => string;
	addSubmit: () => string;
	fields: readonly string[];
};

const steering = (member: Member) => member as Steering;
const project = (member: Member) => member as Project;

export const groups: Record<'steering' | 'project', GroupConfig> = {
	steering: {
		heading: m.governance_steering_heading,
		intro: m.governance_steering_intro,
		columns: [
			{ label: m.governance_column_political_party, cell: (s) => steering(s).politicalParty },
			{ label: m.governance_column_standing, cell: (s) => standingLabel(steering(s).standing) },
			{ label: m.governance_column_role, cell: (s) => steeringRoleLabel(steering(s).role) }
		],
		empty: (party) => m.governance_side_empty_steering({ party }),
		removeQuestion: (name) => m.governance_remove_confirm_steering({ name }),
		action: 'Steering',
		addHeading: m.governance_add_steering_heading,
		addSubmit: m.governance_add_steering_submit,
		fields: steeringFields
	},
	project: {
		heading: m.governance_project_heading,
		intro: m.governance_project_intro,
		columns: [
			{ label: m.governance_column_title, cell: (p) => project(p).title ?? '' },
			{ label: m.governance_column_role, cell: (p) => projectRoleLabel(project(p).role) }
		],
		empty: (party) => m.governance_side_empty_project({ party }),
		removeQuestion: (name) => m.governance_remove_confirm_project({ name }),
		action: 'Project',
		addHeading: m.governance_add_project_heading,
		addSubmit: m.governance_add_project_submit,
		fields: projectFields
	}
};
