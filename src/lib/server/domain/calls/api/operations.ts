import { callInput, callUpdateInput } from '../schemas';
import './schemas';
import type { Operation } from '$lib/server/api/operation';

const id = { id: "The call's id (uuid)." };
const staffOnly = 'Programme staff only; others get 404.';

export const callsOperations: Operation[] = [
	{
		method: 'post',
		path: '/api/v1/calls',
		operationId: 'createCall',
		summary: 'Create a call (unpublished)',
		description:
			`It must close after it opens (field \`closesAt\`); times are ISO 8601 with an offset, or a wall-clock time without one, read in the programme's time zone (a programme setting, Europe/Stockholm by default). ` +
			`Requirements, questions and criteria without an \`id\` get a new short one. ${staffOnly}`,
		body: callInput,
		response: 'CallDocument',
		status: 201,
		errors: [400, 404]
	},
	{
		method: 'patch',
		path: '/api/v1/calls/{id}',
		operationId: 'updateCall',
		summary: 'Change a call',
		description:
			'Only the fields sent change. A list sent replaces the list: send the `id` of each item to keep, so that ' +
			`answers and scores keep pointing at it. An empty or null \`networkId\` clears it. ${staffOnly}`,
		pathParameters: id,
		body: callUpdateInput,
		response: 'CallDocument',
		errors: [400, 404]
	},
	{
		method: 'post',
		path: '/api/v1/calls/{id}/publish',
		operationId: 'publishCall',
		summary: 'Publish a call',
		description: `It shows publicly from now on and takes answers while open. Publishing it again changes nothing. ${staffOnly}`,
		pathParameters: id,
		response: 'CallDocument',
		errors: [404]
	},
	{
		method: 'post',
		path: '/api/v1/calls/{id}/unpublish',
		operationId: 'unpublishCall',
		summary: 'Take a call off the public pages',
		description: `Its answers and profiles stay. ${staffOnly}`,
		pathParameters: id,
		response: 'CallDocument',
		errors: [404]
	}
];
