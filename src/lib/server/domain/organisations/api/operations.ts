import { organisationInput } from '../schemas';
import './schemas';
import type { Operation } from '$lib/server/api/operation';

export const organisationsOperations: Operation[] = [
	{
		method: 'post',
		path: '/api/v1/organisations',
		operationId: 'createOrganisation',
		summary: 'Register an organisation (staff)',
		description: 'A municipality, region, university or other organisation. Its slug is made from the name.',
		body: organisationInput,
		response: 'AdminOrganisationDocument',
		status: 201,
		errors: [400, 404]
	},
	{
		method: 'patch',
		path: '/api/v1/organisations/{slug}',
		operationId: 'updateOrganisation',
		summary: 'Change an organisation (staff)',
		description:
			'The fields the body names change; the others stay. `null` empties an optional field. The slug stays, so addresses keep working.',
		pathParameters: { slug: 'The organisation’s slug (its id is accepted too).' },
		body: organisationInput.partial(),
		response: 'AdminOrganisationDocument',
		errors: [400, 404]
	}
];
