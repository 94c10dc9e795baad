import { networkFields, networkInput } from '../schemas';
import './schemas';
import type { Operation } from '$lib/server/api/operation';

export const networksOperations: Operation[] = [
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
