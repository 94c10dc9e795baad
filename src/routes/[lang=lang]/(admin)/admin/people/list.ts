import { roleLabel } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { listPeople, type PersonSort } from '$lib/server/domain/accounts/queries';
import { erasedAmong } from '$lib/server/domain/privacy/people';
import type { ListSpec } from '$lib/server/list-params';
import type { ExportTable } from '$lib/server/table-export';

// The staff list of people: its orders (shared by the page and its download) and its rows.

export const peopleList: ListSpec<PersonSort> = { sorts: ['name', 'email', 'joined'], defaultSort: 'name' };

type Listed = Awaited<ReturnType<typeof listPeople>>['items'];

/** The people as the page shows them, each marked if their personal data was erased. */
export async function personRows(people: Listed) {
	const erasedIds = await erasedAmong(people.map((p) => p.id));
	return people.map((person) => ({
		id: person.id,
		name: person.name,
		email: person.email,
		isStaff: person.role === 'staff',
		erased: erasedIds.has(person.id),
		memberships: person.memberships.map(({ organisation, slug, role }) => ({ organisation, slug, role }))
	}));
}

/** Everyone, in the order asked for: name, e-mail, staff or not, memberships ("Org: role; …"). */
export async function peopleTable(sort: PersonSort, dir: 'asc' | 'desc') {
	const { items } = await listPeople({ page: 1, limit: 100_000, sort, dir });
	return {
		header: [m.admin_column_name(), m.admin_column_email(), m.admin_column_staff(), m.admin_column_memberships()],
		rows: items.map((p) => [
			p.name,
			p.email,
			p.role === 'staff' ? m.admin_yes() : m.admin_no(),
			p.memberships.map((ms) => `${ms.organisation}: ${roleLabel(ms.role)}`).join('; ')
		])
	} satisfies ExportTable;
}
