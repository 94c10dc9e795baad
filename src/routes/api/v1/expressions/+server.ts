import { readExpressions } from '$lib/server/api/reads-expressions';
import { privateRead } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => privateRead(event, (actor) => readExpressions(actor, event.url));
