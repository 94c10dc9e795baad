import { fail, redirect } from '@sveltejs/kit';
import { localize } from '$lib/i18n/translated';
import { kindLabel } from '$lib/labels';
import { countryName } from '$lib/server/domain/countries/names';
import { addExecutor } from '$lib/server/domain/governance/add-executor';
import { addProjectMember } from '$lib/server/domain/governance/add-project-member';
import { addSteeringMember } from '$lib/server/domain/governance/add-steering-member';
import { executorCandidates, governanceOf } from '$lib/server/domain/governance/queries';
import { removeExecutor } from '$lib/server/domain/governance/remove-executor';
import { removeProjectMember } from '$lib/server/domain/governance/remove-project-member';
import { removeSteeringMember } from '$lib/server/domain/governance/remove-steering-member';
import type {
	ExecutorChanges,
	ExecutorInput,
	ProjectMemberChanges,
	ProjectMemberInput,
	SteeringMemberChanges,
	SteeringMemberInput
} from '$lib/server/domain/governance/schemas';
import { updateExecutor } from '$lib/server/domain/governance/update-executor';
import { updateProjectMember } from '$lib/server/domain/governance/update-project-member';
import { updateSteeringMember } from '$lib/server/domain/governance/update-steering-member';
import { explainWarnings } from '$lib/server/domain/governance/warnings';
import { failWith, formFields, formInput, orErrorPage } from '$lib/server/form-actions';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { executorPickerState } from './executor-pick';
import { doneCodes, type DoneCode, type Panel } from './panel';

/**
 * The governance tab: open warnings, the steering group, the project group and the executors. One form
 * at a time is open (`?add=steering|project|executor` or `?edit=<id>`), so the page works without
 * JavaScript and every field keeps a unique id.
 */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const governance = await orErrorPage(governanceOf(locals.actor, { slug: params.slug }));
	const canEdit = governance.access === 'edit' && !governance.ended;
	const partyName = (id: string) => governance.parties.find((p) => p.id === id)?.name ?? '';
	const done = url.searchParams.get('done');
	return {
		steeringGroup: governance.steeringGroup,
		projectGroup: governance.projectGroup,
		executors: governance.executors.map((e) => ({
			id: e.id,
			name: e.organisation.name,
			kind: kindLabel(e.organisation.kind),
			country: countryName(e.organisation.countryCode, locals.locale),
			tasks: localize(e.tasks, locals.locale),
			tasksValue: e.tasks
		})),
		warnings: explainWarnings(governance.warnings, partyName).map((w) => ({
			key: 'organisationId' in w ? `${w.code}-${w.organisationId}` : w.code,
			message: w.message
		})),
		// Executors are searched as they are typed (executors/+server.ts); whether there is any to find:
		hasCandidates: canEdit && (await executorCandidates(governance.partnershipId, 1)).length > 0,
		executorSearch: `/${locals.locale}/workspace/partnerships/${params.slug}/governance/executors`,
		panel: canEdit ? openPanel(url, governance) : null,
		done: doneCodes.includes(done as DoneCode) ? (done as DoneCode) : null
	};
};

function openPanel(url: URL, g: Awaited<ReturnType<typeof governanceOf>>): Panel | null {
	const add = url.searchParams.get('add');
	if (add === 'steering' || add === 'project' || add === 'executor') return { mode: 'add', group: add };
	const id = url.searchParams.get('edit');
	if (!id) return null;
	if (g.steeringGroup.some((s) => s.id === id)) return { mode: 'edit', group: 'steering', id };
	if (g.projectGroup.some((p) => p.id === id)) return { mode: 'edit', group: 'project', id };
	if (g.executors.some((e) => e.id === id)) return { mode: 'edit', group: 'executor', id };
	return null;
}

type Which = `${Panel['group']}-${'add' | 'edit' | 'remove'}`;

/**
 * Runs a use case with the submitted form; on success back to the tab with a notice, on a refusal the
 * form again with every message next to its field and what was typed (`which` names the form).
 */
async function submit(
	event: RequestEvent,
	which: Which,
	done: DoneCode,
	write: (input: Record<string, unknown>, id: string) => Promise<unknown>
) {
	const form = await event.request.formData();
	const input = formInput(form, { booleans: ['listedPublicly'] });
	const id = typeof input.id === 'string' ? input.id : '';
	for (const picker of ['id', 'organisationQuery', 'intent']) delete input[picker];
	const executorPick = (search: boolean) =>
		executorPickerState(form, event.locals.actor, event.params.slug, event.locals.locale, search);
	if (which === 'executor-add' && form.get('intent') === 'search') {
		// The executor picker's search button, without JavaScript: the form again with the matches.
		return { errors: {}, values: { ...formFields(form), which }, executor: await executorPick(true) };
	}
	try {
		await write(input, id);
	} catch (error) {
		const refused = failWith(error, { ...formFields(form), which });
		if (which !== 'executor-add') return refused;
		return fail(refused.status, { ...refused.data, executor: await executorPick(false) });
	}
	redirect(303, `/${event.params.lang}/workspace/partnerships/${event.params.slug}/governance?done=${done}`);
}

export const actions: Actions = {
	addSteering: (event) =>
		submit(event, 'steering-add', 'steering_added', (input) =>
			addSteeringMember(event.locals.actor, { slug: event.params.slug }, input as SteeringMemberInput)
		),
	updateSteering: (event) =>
		submit(event, 'steering-edit', 'steering_updated', (input, id) =>
			updateSteeringMember(event.locals.actor, { slug: event.params.slug }, id, input as SteeringMemberChanges)
		),
	removeSteering: (event) =>
		submit(event, 'steering-remove', 'steering_removed', (_, id) =>
			removeSteeringMember(event.locals.actor, { slug: event.params.slug }, id)
		),
	addProject: (event) =>
		submit(event, 'project-add', 'project_added', (input) =>
			addProjectMember(event.locals.actor, { slug: event.params.slug }, input as ProjectMemberInput)
		),
	updateProject: (event) =>
		submit(event, 'project-edit', 'project_updated', (input, id) =>
			updateProjectMember(event.locals.actor, { slug: event.params.slug }, id, input as ProjectMemberChanges)
		),
	removeProject: (event) =>
		submit(event, 'project-remove', 'project_removed', (_, id) =>
			removeProjectMember(event.locals.actor, { slug: event.params.slug }, id)
		),
	addExecutor: (event) =>
		submit(event, 'executor-add', 'executor_added', (input) =>
			addExecutor(event.locals.actor, { slug: event.params.slug }, input as ExecutorInput)
		),
	updateExecutor: (event) =>
		submit(event, 'executor-edit', 'executor_updated', (input, id) =>
			updateExecutor(event.locals.actor, { slug: event.params.slug }, id, input as ExecutorChanges)
		),
	removeExecutor: (event) =>
		submit(event, 'executor-remove', 'executor_removed', (_, id) =>
			removeExecutor(event.locals.actor, { slug: event.params.slug }, id)
		)
};
