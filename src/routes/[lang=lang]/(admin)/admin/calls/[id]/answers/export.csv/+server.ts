import { answersDownload } from '$lib/server/domain/reviews/api/download';
import { orErrorPage } from '$lib/server/form-actions';
import { requireStaff } from '$lib/server/guards';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) =>
	orErrorPage(answersDownload(requireStaff(locals), params.id, 'csv'));
