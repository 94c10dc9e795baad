import { kindLabel } from '$lib/labels';
import { countryName } from '$lib/server/domain/countries/names';
import { listOrganisations, type OrganisationSort } from '$lib/server/domain/organisations/queries';
import type { ListSpec } from '$lib/server/list-params';
import { m } from '$lib/paraglide/messages';
import type { ExportTable } from '$lib/server/table-export';
import type { Locale } from '$lib/i18n/locales';

// The staff list of organisations: its orders (shared by the page and its download) and its rows.

export const organisationList: ListSpec<OrganisationSort> = {
	sorts: ['name', 'kind', 'country', 'population'],
	defaultSort: 'name'
};

type Listed = Awaited<ReturnType<typeof listOrganisations>>['items'][number];

export const organisationRow = (o: Listed, locale: Locale) => ({
	id: o.id,
	slug: o.slug,
	name: o.name,
	kind: o.kind,
	country: countryName(o.countryCode, locale),
	subdivision: o.subdivision,
	population: o.population
});

/** Every organisation, in the order asked for: name, kind, country, subdivision, population. */
export async function organisationTable(sort: OrganisationSort, dir: 'asc' | 'desc', locale: Locale) {
	const { items } = await listOrganisations({ page: 1, limit: 100_000, sort, dir });
	return {
		header: [
			m.admin_column_name(),
			m.admin_column_kind(),
			m.admin_column_country(),
			m.admin_column_subdivision(),
			m.admin_column_population()
		],
		rows: items.map((o) => [
			o.name,
			kindLabel(o.kind),
			countryName(o.countryCode, locale),
			o.subdivision ?? '',
			o.population
		])
	} satisfies ExportTable;
}
