/**
 * A browser's cookies between calls to use cases that sign in (better-auth sets them on the response):
 * keeps what each answer set, drops what it expired, and makes the next request's Cookie header.
 */
export class CookieJar {
	private readonly cookies = new Map<string, string>();

	constructor(
		private readonly userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36'
	) {}

	take(setCookies: string[]): this {
		for (const line of setCookies) {
			const [pair, ...attributes] = line.split(';');
			const eq = pair!.indexOf('=');
			const name = pair!.slice(0, eq).trim();
			const value = pair!.slice(eq + 1).trim();
			const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
			if (expired) this.cookies.delete(name);
			else this.cookies.set(name, value);
		}
		return this;
	}

	has(name: string): boolean {
		return this.cookies.has(name);
	}

	headers(): Headers {
		const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
		return new Headers({ 'user-agent': this.userAgent, ...(cookie ? { cookie } : {}) });
	}
}
