import { getLocale } from '$lib/paraglide/runtime';
import { privateRead } from '$lib/server/api/respond';
import { explainedSuggestions } from '$lib/server/domain/matchmaking/present';
import { suggestionsQuery } from '$lib/server/domain/matchmaking/schemas';
import { parseInput } from '$lib/server/validation';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	privateRead(event, async (actor) => {
		const query = parseInput(suggestionsQuery, Object.fromEntries(event.url.searchParams));
		const options = { expressionId: query.expression, profileId: query.profile, limit: query.limit };
		return { data: await explainedSuggestions(actor, event.params.id, options, getLocale()) };
	});
