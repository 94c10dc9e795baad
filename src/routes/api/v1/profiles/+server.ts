import { readProfiles } from '$lib/server/domain/profiles/api/reads';
import { publicRead } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => publicRead(event, () => readProfiles(event.url.searchParams));
