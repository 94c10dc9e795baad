import { listPeople } from '$lib/server/domain/accounts/queries';
import { requireStaff } from '$lib/server/guards';
import { loadPage } from '$lib/server/pagination';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	requireStaff(locals);
	const people = await loadPage(url, 25, listPeople);
	return {
		...people,
		items: people.items.map((person) => ({
			id: person.id,
			name: person.name,
			email: person.email,
			isStaff: person.role === 'staff',
			memberships: person.memberships.map(({ organisation, slug, role }) => ({ organisation, slug, role }))
		}))
	};
};
