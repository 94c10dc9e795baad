import type { Config } from './config';

type OriginSettings = Pick<Config, 'fixedOrigin' | 'protocolHeader'>;

/**
 * The origin readers reach Glokal at, for absolute links and the cross-site check.
 * PUBLIC_URL's when it is set. Without it, the request's own host over plain http: Node serves
 * http itself, and adapter-node, which cannot tell, would take every request for https
 * (https://127.0.0.1:3000). A proxy that terminates TLS names the scheme through PROTOCOL_HEADER,
 * and then the request's URL already has it right.
 */
export function siteOrigin(url: URL, settings: OriginSettings): string {
	if (settings.fixedOrigin) return settings.fixedOrigin;
	if (settings.protocolHeader) return url.origin;
	return `http://${url.host}`;
}

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A form post that another site's page may have sent (cross-site request forgery): a write with a
 * body type that a plain HTML form can send, whose Origin is not Glokal's. Other bodies (JSON) cannot
 * come from another site without the browser asking first, which Glokal never allows. The rule is
 * SvelteKit's own, applied with `siteOrigin` instead of the request's guessed origin.
 */
export function isCrossSiteFormPost(request: Request, url: URL, settings: OriginSettings): boolean {
	if (!WRITES.has(request.method)) return false;
	const type = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
	if (!FORM_TYPES.includes(type)) return false;
	return request.headers.get('origin') !== siteOrigin(url, settings);
}
