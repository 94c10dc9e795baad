import { afterAll, beforeAll, vi } from 'vitest';
import { resetAuth } from '$lib/server/auth';
import { useDatabase } from '$lib/server/db/client';
import { resetDatabaseReachability } from '$lib/server/db/availability';

// The integration projects run test files one after another in a worker that keeps its modules
// (`isolate: false` in vite.config.ts: importing the app again for every file cost most of the run).
// What a module remembers would then pass from one file to the next; this setup file runs around
// every test file and puts it back: the database, better-auth, an outage noted by a test, spies, and
// environment variables a test set (E2E_DATA_DIR). useTestDatabase sets the configuration per file.

let environment: NodeJS.ProcessEnv;

function reset(): void {
	useDatabase(undefined);
	resetAuth();
	resetDatabaseReachability();
	vi.restoreAllMocks();
	vi.useRealTimers();
}

beforeAll(() => {
	environment = { ...process.env };
	reset();
});

afterAll(() => {
	reset();
	for (const name of Object.keys(process.env)) if (!(name in environment)) delete process.env[name];
	Object.assign(process.env, environment);
});
