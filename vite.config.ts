/// <reference types="vitest/config" />
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

// Both integration projects: a worker keeps the modules it imported from one test file to the next
// (importing the app again per file was most of the run, decision 0022); tests/setup/per-file.ts puts
// back what modules remember between files. Vitest hands a worker on to the next file only when that
// file is of the same project, so the projects run one after another (sequence.groupOrder), each on
// both cores: mixed, every switch between projects would start a worker and import everything again.
const integration = {
	isolate: false,
	setupFiles: ['tests/setup/per-file.ts'],
	testTimeout: 30_000,
	hookTimeout: 60_000
};

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
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					environment: 'node',
					sequence: { groupOrder: 0 }
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/setup/global.ts'],
					sequence: { groupOrder: 1 },
					...integration
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
								globalSetup: ['tests/setup/global-postgres.ts'],
								sequence: { groupOrder: 2 },
								...integration
							}
						}
					]
				: [])
		]
	}
});
