import { localize } from '$lib/i18n/translated';
import type { Locale } from '$lib/i18n/locales';
import { phaseLabel } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { partnershipPhases } from '$lib/server/db/schema';
import type { Actor } from '$lib/server/domain/accounts/actor';
import { countryName } from '$lib/server/domain/countries/names';
import type { Phase } from '$lib/server/domain/partnerships/phases';
import {
	workspacePartnerships,
	type PartnershipSort,
	type WorkspacePartnership
} from '$lib/server/domain/partnerships/workspace';
import type { ListSpec } from '$lib/server/list-params';
import type { ExportTable } from '$lib/server/table-export';

// The staff list of partnerships: its filter and orders (shared by the page and its download) and its rows.

export const partnershipList: ListSpec<PartnershipSort> = {
	sorts: ['start', 'phase'],
	defaultSort: 'start',
	defaultDir: 'desc'
};

/** `?phase=`: one of the lifecycle's phases, or undefined (all) for anything else. */
export function phaseFilter(url: URL): Phase | undefined {
	const asked = url.searchParams.get('phase') ?? '';
	return (partnershipPhases as readonly string[]).includes(asked) ? (asked as Phase) : undefined;
}

export const partnershipRow = (p: WorkspacePartnership, locale: Locale) => ({
	slug: p.slug,
	title: localize(p.title, locale),
	phase: p.phase,
	theme: localize(p.theme.name, locale).text,
	startDate: p.startDate,
	endDate: p.endDate,
	parties: p.parties.map((party) => ({
		slug: party.slug,
		name: party.name,
		country: countryName(party.countryCode, locale)
	})),
	warnings: p.warnings.length
});

/** Every partnership the filter keeps, in the order asked for, as rows of a download. */
export async function partnershipTable(
	actor: Actor,
	url: URL,
	sort: PartnershipSort,
	dir: 'asc' | 'desc',
	locale: Locale
) {
	const { items } = await workspacePartnerships(actor, { phase: phaseFilter(url), page: 1, limit: 100_000, sort, dir });
	const rows = items.map((p) => partnershipRow(p, locale));
	return {
		header: [
			m.partnership_column_partnership(),
			m.partnership_column_parties(),
			m.partnership_column_phase(),
			m.partnership_column_theme(),
			m.partnership_export_start(),
			m.partnership_export_end(),
			m.partnership_column_warnings()
		],
		rows: rows.map((p) => [
			p.title.text || p.slug,
			p.parties.map((party) => `${party.name} (${party.country})`).join('; '),
			phaseLabel(p.phase),
			p.theme,
			p.startDate ?? '',
			p.endDate ?? '',
			p.warnings
		])
	} satisfies ExportTable;
}
