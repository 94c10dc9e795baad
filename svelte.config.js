import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ precompress: true }),
		// Cross-site form posts are refused by our own hook (src/lib/server/origin.ts, hooks.server.ts):
		// SvelteKit's check runs before the hooks, cannot log or translate its refusal, and without
		// PUBLIC_URL it takes http://localhost:3000 for https, refusing every sign-in.
		csrf: { trustedOrigins: ['*'] },
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		},
		alias: {
			$messages: 'src/lib/paraglide/messages.js'
		}
	}
};

export default config;
