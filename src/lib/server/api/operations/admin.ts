import { networkFields, networkInput } from '../../domain/networks/schemas';
import { organisationInput } from '../../domain/organisations/schemas';
import '../schemas-admin';
import type { Operation } from './types';

export const adminOperations: Operation[] = [
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
	},
	{
		method: 'post',
		path: '/api/v1/networks',
		operationId: 'createNetwork',
		summary: 'Create a thematic network (staff)',
		description: 'In a programme, on a theme, for a span of years (the end not before the start), with its countries.',
		body: networkInput,
		response: 'AdminNetworkDocument',
		status: 201,
		errors: [400, 404]
	},
	{
		method: 'patch',
		path: '/api/v1/networks/{id}',
		operationId: 'updateNetwork',
		summary: 'Change a thematic network (staff)',
		description: 'The fields the body names change; the others stay. `countryCodes` replaces the countries.',
		pathParameters: { id: 'The network’s id (a uuid).' },
		body: networkFields.partial(),
		response: 'AdminNetworkDocument',
		errors: [400, 404]
	}
];
