import { getLocale } from '$lib/paraglide/runtime';
import { privateRead } from '$lib/server/api/respond';
import { explainedSuggestionsFor } from '$lib/server/domain/matchmaking/present';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	privateRead(event, async (actor) => ({
		data: await explainedSuggestionsFor(actor, event.params.id, Object.fromEntries(event.url.searchParams), getLocale())
	}));
