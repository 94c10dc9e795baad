import { profileInput, profileUpdateInput } from '../schemas';
import './schemas';
import type { Operation } from '$lib/server/api/operation';

const id = { id: 'The profile’s id.' };

export const profilesOperations: Operation[] = [
	{
		method: 'post',
		path: '/api/v1/calls/{id}/profiles',
		operationId: 'createPartnerProfile',
		summary: 'Make a draft partner-seeking profile in a partner-search call',
		description:
			'Programme staff (for any organisation) or a coordinator of the organisation. The call must be a published ' +
			'partner-search call that takes answers now (staff excepted); the organisation must not be Swedish and must ' +
			'be in one of the programme’s cooperation countries; one profile per organisation and call. A missing ' +
			'population is the organisation’s own. `callId` in the body is ignored: the call is the one in the address.',
		pathParameters: { id: 'The call’s id.' },
		body: profileInput.omit({ callId: true }),
		response: 'PartnerProfileDocument',
		status: 201,
		errors: [400, 404]
	},
	{
		method: 'patch',
		path: '/api/v1/profiles/{id}',
		operationId: 'updatePartnerProfile',
		summary: 'Change what a partner-seeking profile says',
		description:
			'Staff or a coordinator of its organisation, while the call takes answers (staff also after it closed). ' +
			'Send every field: the profile becomes what the body says, except `challengeAreas`, which stay as they are ' +
			'when left out. A changed challenge is read again by matchmaking.',
		pathParameters: id,
		body: profileUpdateInput,
		response: 'PartnerProfileDocument',
		errors: [400, 404, 409]
	},
	{
		method: 'post',
		path: '/api/v1/profiles/{id}/publish',
		operationId: 'publishPartnerProfile',
		summary: 'Publish a draft or withdrawn profile',
		description:
			'It appears in the public list. Refused (409) when the call has closed, it is already published, or it has ' +
			'no challenge area (none chosen and none recognised in its challenge).',
		pathParameters: id,
		response: 'PartnerProfileDocument',
		errors: [404, 409]
	},
	{
		method: 'post',
		path: '/api/v1/profiles/{id}/withdraw',
		operationId: 'withdrawPartnerProfile',
		summary: 'Withdraw a profile',
		description:
			'It leaves the public list and matchmaking; matches already accepted stay. 409 when already withdrawn.',
		pathParameters: id,
		response: 'PartnerProfileDocument',
		errors: [404, 409]
	}
];
