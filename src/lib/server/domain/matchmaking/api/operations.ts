import { matchInput, suggestionsQuery } from '../schemas';
import './schemas';
import type { Operation } from '$lib/server/api/operation';

const id = { id: 'The partner-search call’s id (uuid).' };
const staffOnly = 'Programme staff only; others get 404, as does a call that does not exist.';
const partnerSearchOnly = 'A call that is not a partner search answers 400.';

export const matchmakingOperations: Operation[] = [
	{
		method: 'get',
		path: '/api/v1/calls/{id}/suggestions',
		operationId: 'listMatchSuggestions',
		summary: 'Ranked, explained pairs of Swedish applicants and partner-seeking profiles',
		description:
			'Each pair scores 0–100: theme, shared challenge areas (chosen, or recognised in the texts across sv/en/es), ' +
			'preferences, population ' +
			'and experience, each part with its points and a sentence in the language of the request. Pairs the rules ' +
			'rule out (a non-Swedish applicant, a status that cannot be matched, a full or unpublished profile, the ' +
			'same organisation, a country outside the programme, already partners) are never suggested; with ' +
			`\`expression\` or \`profile\`, \`excluded\` lists that side's with the reasons. ${partnerSearchOnly} ${staffOnly}`,
		pathParameters: id,
		query: {
			schema: suggestionsQuery,
			descriptions: {
				expression: 'Only this expression of interest’s pairs (its id).',
				profile: 'Only this profile’s pairs (its id).',
				limit: 'At most this many pairs, best first.'
			}
		},
		response: 'MatchSuggestionsDocument',
		errors: [400, 404]
	},
	{
		method: 'get',
		path: '/api/v1/calls/{id}/assignment',
		operationId: 'suggestMatchesForAll',
		summary: 'The assignment of applicants to profiles with the greatest total score',
		description:
			'Each applicant at most once and each profile at most as many times as it has places left. Everyone left ' +
			`without a pair is listed with the reason. Nothing is accepted: accept pairs one by one. ${partnerSearchOnly} ${staffOnly}`,
		pathParameters: id,
		response: 'MatchAssignmentDocument',
		errors: [400, 404]
	},
	{
		method: 'get',
		path: '/api/v1/calls/{id}/matches',
		operationId: 'listAcceptedMatches',
		summary: 'The pairs accepted in a call, with their partnerships',
		description: staffOnly,
		pathParameters: id,
		response: 'AcceptedMatchList',
		errors: [404]
	},
	{
		method: 'post',
		path: '/api/v1/calls/{id}/matches',
		operationId: 'acceptMatch',
		summary: 'Accept a pair: make a partnership in its inception phase',
		description:
			'The answer must be the call’s, submitted, under review or shortlisted and not matched yet; the profile the ' +
			'call’s, published and with a place left; the pair allowed by the rules (field errors, 400). The partnership ' +
			'gets both organisations as parties, the profile’s theme and the call’s network; the answer becomes ' +
			'`matched`; the applicant and the profile organisation’s coordinators are e-mailed. When another accept got ' +
			`there first (the answer is matched, the profile full) or the answer's status no longer allows it: 409. ${staffOnly}`,
		pathParameters: id,
		body: matchInput,
		response: 'CreatedMatch',
		status: 201,
		errors: [400, 404, 409]
	}
];
