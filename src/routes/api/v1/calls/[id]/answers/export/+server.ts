import { m } from '$lib/paraglide/messages';
import { answersDownload, exportFormat } from '$lib/server/domain/reviews/api/download';
import { apiError } from '$lib/server/api/respond';
import { AppError } from '$lib/server/errors';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	try {
		const { actor } = event.locals;
		if (!actor.userId) throw new AppError('unauthenticated', m.api_error_unauthenticated());
		return await answersDownload(actor, event.params.id, exportFormat(event.url.searchParams.get('format')));
	} catch (error) {
		return apiError(error, event);
	}
};
