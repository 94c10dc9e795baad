import { ServerResponse } from 'node:http';

/** Sent with every answer: pages, the API, refusals, static files and anything else the server writes. */
export const securityHeaders: Readonly<Record<string, string>> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
	'cross-origin-opener-policy': 'same-origin'
};

const HSTS = 'max-age=31536000; includeSubDomains';
let installed = false;

/**
 * Makes the Node server add the security headers to every answer it writes that does not set them
 * itself. adapter-node serves static files (/favicon.svg, /_app/immutable/…) with sirv before any hook
 * runs, and has no option for their headers (sveltejs/kit#2060); a custom server entry would have to
 * copy its shutdown and socket handling. Every answer, static or not, goes through writeHead (Node calls
 * it for `end()` without one too), so the defaults are added there. Strict-Transport-Security only when
 * Glokal's own address is https: a plain-http server must not tell browsers to switch (decision 0014).
 * Idempotent; call it once as the server starts.
 */
export function addSecurityHeadersToEveryResponse(publicUrl: string): void {
	if (installed) return;
	installed = true;
	const defaults = Object.entries({
		...securityHeaders,
		...(publicUrl.startsWith('https:') ? { 'strict-transport-security': HSTS } : {})
	});
	const writeHead = ServerResponse.prototype.writeHead;
	ServerResponse.prototype.writeHead = function (this: ServerResponse, ...args: unknown[]) {
		if (!this.headersSent) for (const [name, value] of defaults) if (!this.hasHeader(name)) this.setHeader(name, value);
		return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
	} as typeof writeHead;
}
