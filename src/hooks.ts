import type { Reroute } from '@sveltejs/kit';

/**
 * An address with a NUL in its path (`/sv/partnerships/%00`) names nothing that can exist, and a route
 * handing it to PostgreSQL would fail with a 500: it is routed to an address no route has, so the reader
 * gets the normal not-found page (a JSON 404 under /api/v1, from its fallback route).
 */
export const reroute: Reroute = ({ url }) => {
	if (!/%00/i.test(url.pathname)) return;
	return url.pathname.startsWith('/api/v1/') ? '/api/v1/-/unreadable-address' : '/-/unreadable-address';
};
