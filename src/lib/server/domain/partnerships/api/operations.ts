import {
	partnershipInput,
	partnershipUpdateInput,
	partyChangeInput,
	phaseMoveInput,
	publicationInput
} from '../schemas';
import './schemas';
import type { Operation } from '$lib/server/api/operation';

const id = { id: 'The partnership’s id (a uuid; its slug is not accepted here).' };

export const partnershipsOperations: Operation[] = [
	{
		method: 'post',
		path: '/api/v1/partnerships',
		operationId: 'createPartnership',
		summary: 'Create a partnership (staff)',
		description:
			'Two or more parties, at least one of them Swedish; the end date after the start date. It starts in the application phase unless `phase` says otherwise.',
		body: partnershipInput,
		response: 'PartnershipDetailDocument',
		status: 201,
		errors: [400, 404]
	},
	{
		method: 'get',
		path: '/api/v1/partnerships/{id}',
		operationId: 'getPartnership',
		summary: 'One partnership with its parties, dates and open governance warnings',
		pathParameters: id,
		response: 'PartnershipDetailDocument',
		errors: [404]
	},
	{
		method: 'patch',
		path: '/api/v1/partnerships/{id}',
		operationId: 'updatePartnership',
		summary: 'Change a partnership’s title, challenge, dates, theme or network',
		description:
			'Staff and coordinators of a party. A field left out stays as it is; `null` clears a date or the network.',
		pathParameters: id,
		body: partnershipUpdateInput,
		response: 'PartnershipDetailDocument',
		errors: [400, 403, 404]
	},
	{
		method: 'post',
		path: '/api/v1/partnerships/{id}/phase',
		operationId: 'movePartnershipPhase',
		summary: 'Move a partnership to another phase (staff)',
		description:
			'application → inception → project → expansion or dissemination (optional) → completed; terminated from any phase that has not ended, with a reason. Moving into the project phase needs a project period within the programme’s rule.',
		pathParameters: id,
		body: phaseMoveInput,
		response: 'PartnershipDetailDocument',
		errors: [400, 403, 404]
	},
	{
		method: 'post',
		path: '/api/v1/partnerships/{id}/publication',
		operationId: 'publishPartnership',
		summary: 'Publish a partnership ahead of the programme’s rule, or take the publication back (staff)',
		description:
			'A partnership is public when staff published it or when its phase is one the programme shows (from the inception or the project phase on, or none). `published: false` leaves it to that rule. One in its application phase cannot be published (409).',
		pathParameters: id,
		body: publicationInput,
		response: 'PartnershipDetailDocument',
		errors: [400, 403, 404, 409]
	},
	{
		method: 'post',
		path: '/api/v1/partnerships/{id}/parties',
		operationId: 'addPartnershipParty',
		summary: 'Add a party to a partnership (staff)',
		pathParameters: id,
		body: partyChangeInput,
		response: 'PartnershipDetailDocument',
		errors: [400, 403, 404]
	},
	{
		method: 'delete',
		path: '/api/v1/partnerships/{id}/parties/{organisationId}',
		operationId: 'removePartnershipParty',
		summary: 'Remove a party from a partnership (staff)',
		description:
			'Refused when the partnership would be left with fewer than two parties or none in Sweden. The party’s people leave its steering and project groups.',
		pathParameters: { ...id, organisationId: 'The organisation to remove (its id).' },
		response: 'PartnershipDetailDocument',
		errors: [400, 403, 404]
	}
];
