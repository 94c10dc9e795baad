import { readOrganisation } from '$lib/server/api/reads';
import { publicRead } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => publicRead(event, () => readOrganisation(event.params.slug));
