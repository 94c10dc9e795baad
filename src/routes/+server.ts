import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

/** `/` goes to the reader's language: chosen by the hooks from the cookie, Accept-Language or Swedish. */
export const GET: RequestHandler = ({ locals }) => {
	redirect(302, `/${locals.locale}`);
};
