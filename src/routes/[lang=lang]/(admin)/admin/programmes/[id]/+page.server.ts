import { error } from '@sveltejs/kit';
import { publicFromLabel } from '$lib/labels';
import { namedCountries } from '$lib/server/domain/countries/names';
import { countryOptions } from '$lib/server/domain/programmes/country-options';
import { getProgrammeById, programmeHistory } from '$lib/server/domain/programmes/queries';
import { programmeHistoryFields, programmeInput, type ProgrammeInput } from '$lib/server/domain/programmes/schemas';
import { timeZoneOptions } from '$lib/server/domain/programmes/time-zone';
import { updateProgramme } from '$lib/server/domain/programmes/update-programme';
import { failWith, formInput } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import { loadPage } from '$lib/server/pagination';
import { schemaFields } from '$lib/server/schema-fields';
import { submittedValues } from '../../form-values';
import type { Actions, PageServerLoad } from './$types';

type Snapshot = Partial<Record<(typeof programmeHistoryFields)[number], unknown>>;

/** The programme form's fields in its three parts: texts, rules, settings. */
const programmeFields = {
	texts: schemaFields(programmeInput, ['name', 'description']),
	rules: schemaFields(programmeInput, [
		'minMeetingsPerYear',
		'projectMinYears',
		'projectMaxYears',
		'fundedConferenceParticipants'
	]),
	settings: schemaFields(programmeInput, ['partnershipsPublicFrom', 'timeZone', 'countryCodes'])
};

export const load: PageServerLoad = async ({ locals, params, url }) => {
	requireStaff(locals);
	const programme = await getProgrammeById(params.id);
	if (!programme) error(404, 'Not found');
	const history = await loadPage(url, 20, (page) => programmeHistory(programme.id, page));
	const countries = (codes: unknown) =>
		Array.isArray(codes)
			? namedCountries(codes.map(String), locals.locale)
					.map((c) => c.name)
					.join(', ')
			: '';
	return {
		programme,
		fields: programmeFields,
		countries: countryOptions(locals.locale),
		timeZones: timeZoneOptions(locals.locale),
		history: {
			...history,
			items: history.items.map((event) => {
				const before = (event.before ?? {}) as Snapshot;
				const after = (event.after ?? {}) as Snapshot;
				const changes = programmeHistoryFields
					.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
					.map((field) =>
						field === 'countryCodes'
							? { field, before: countries(before[field]), after: countries(after[field]) }
							: field === 'name' || field === 'description'
								? { field, before: null, after: null }
								: field === 'partnershipsPublicFrom'
									? { field, before: publicFromLabel(before[field]), after: publicFromLabel(after[field]) }
									: { field, before: String(before[field] ?? ''), after: String(after[field] ?? '') }
					);
				return { id: event.id, occurredAt: event.occurredAt.toISOString(), actorName: event.actorName, changes };
			})
		}
	};
};

export const actions: Actions = {
	default: async ({ locals, params, request }) => {
		const actor = requireStaff(locals);
		const data = await request.formData();
		try {
			await updateProgramme(actor, params.id, formInput(data, { arrays: ['countryCodes'] }) as ProgrammeInput);
		} catch (e) {
			return failWith(e, submittedValues(data, ['countryCodes']));
		}
		return { saved: true };
	}
};
