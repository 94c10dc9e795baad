import { openApiDocument } from '$lib/server/api/openapi';
import { publicRead } from '$lib/server/api/respond';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => publicRead(event, async () => openApiDocument());
