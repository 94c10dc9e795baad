/// <reference types="vitest/config" />
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['globalVariable', 'baseLocale'],
			emitTsDeclarations: true
		}),
		sveltekit()
	],
	server: { port: 3000 },
	test: {
		// Vitest's default is one worker less than the cores: one on our 2-core machines. Every test file has
		// its own database (tests/setup/database.ts), so two at once are safe, and nearly twice as fast.
		maxWorkers: 2,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/setup/global.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			// The same integration tests again on PostgreSQL, when a server is given.
			...(process.env.TEST_DATABASE_URL
				? [
						{
							extends: true as const,
							test: {
								name: 'integration-postgres',
								include: ['tests/integration/**/*.test.ts'],
								environment: 'node',
								env: { TEST_DRIVER: 'postgres' },
								testTimeout: 30_000,
								hookTimeout: 60_000
							}
						}
					]
				: [])
		]
	}
});
