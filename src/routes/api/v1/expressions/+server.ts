import { readExpressions } from '$lib/server/domain/expressions/api/reads';
import { privateRead } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => privateRead(event, (actor) => readExpressions(actor, event.url));
