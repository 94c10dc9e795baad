import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '$lib/server/api/openapi';

// Every route of the JSON API is in the OpenAPI document, and every operation the document names has a
// route: a new endpoint cannot ship undocumented, nor a removed one stay in the document.

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const apiRoot = fileURLToPath(new URL('../../src/routes/api/v1', import.meta.url));

/** The `+server.ts` files under a folder, however deep. */
function serverFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return serverFiles(path);
		return entry.name === '+server.ts' ? [path] : [];
	});
}

/** The HTTP methods a route module exports: `export const GET`, `export async function GET`, `export { x as GET }`. */
function exportedMethods(source: string): string[] {
	const names = new Set<string>();
	for (const match of source.matchAll(/export\s+(?:const|let|(?:async\s+)?function)\s+([A-Za-z_$][\w$]*)/g))
		names.add(match[1]!);
	for (const match of source.matchAll(/export\s*\{([^}]*)\}/g))
		for (const part of match[1]!.split(','))
			names.add(
				part
					.trim()
					.split(/\s+as\s+/)
					.pop()!
			);
	return METHODS.filter((method) => names.has(method));
}

/** SvelteKit's folder path as OpenAPI writes it: `[id]` (or `[id=matcher]`) becomes `{id}`. */
function openApiPath(file: string): string | null {
	const segments = relative(apiRoot, file).split(sep).slice(0, -1);
	// A rest parameter (`[...path]`) is the API's own 404 for unknown addresses, not an endpoint.
	if (segments.some((s) => s.startsWith('[...') || s.startsWith('[['))) return null;
	const path = segments.map((s) => s.replace(/^\[(\w+)(?:=\w+)?\]$/, '{$1}')).join('/');
	return `/api/v1${path ? `/${path}` : ''}`;
}

function routeOperations(): string[] {
	return serverFiles(apiRoot).flatMap((file) => {
		const path = openApiPath(file);
		if (!path) return [];
		const methods = exportedMethods(readFileSync(file, 'utf8'));
		// A route file without a method we can see would make this test pass by reading nothing.
		expect(methods, `${relative(apiRoot, file)} exports no HTTP method`).not.toEqual([]);
		return methods.map((method) => `${method} ${path}`);
	});
}

function documentedOperations(): string[] {
	return Object.entries(openApiDocument().paths).flatMap(([path, item]) =>
		Object.keys(item as object)
			.map((key) => key.toUpperCase())
			.filter((key): key is (typeof METHODS)[number] => (METHODS as readonly string[]).includes(key))
			.map((method) => `${method} ${path}`)
	);
}

describe('the OpenAPI document and the routes of /api/v1', () => {
	it('reads the routes it checks: every method of every endpoint file, with params as OpenAPI writes them', () => {
		expect(exportedMethods('export const GET: RequestHandler = async () => x;\nexport const fallback = y;')).toEqual([
			'GET'
		]);
		expect(exportedMethods('export async function POST() {}\nexport { remove as DELETE, patch as PATCH };')).toEqual([
			'POST',
			'PATCH',
			'DELETE'
		]);
		expect(openApiPath(join(apiRoot, 'calls', '[id]', 'answers', '+server.ts'))).toBe('/api/v1/calls/{id}/answers');
		expect(openApiPath(join(apiRoot, 'organisations', '[slug=slug]', '+server.ts'))).toBe(
			'/api/v1/organisations/{slug}'
		);
		expect(openApiPath(join(apiRoot, '[...path]', '+server.ts'))).toBeNull();
		expect(routeOperations().length).toBeGreaterThan(50);
	});

	it('documents every route', () => {
		const documented = new Set(documentedOperations());
		expect(routeOperations().filter((operation) => !documented.has(operation))).toEqual([]);
	});

	it('documents no operation that has no route', () => {
		const routes = new Set(routeOperations());
		expect(documentedOperations().filter((operation) => !routes.has(operation))).toEqual([]);
	});
});
