import type { z } from 'zod';

/**
 * One endpoint of /api/v1 beyond the public reads, described for the OpenAPI document (openapi.ts).
 * The body is the very zod schema the use case parses, so the document cannot drift from the code.
 */
export type Operation = {
	method: 'get' | 'post' | 'put' | 'patch' | 'delete';
	/** e.g. `/api/v1/partnerships/{id}/steering-group` */
	path: string;
	operationId: string;
	summary: string;
	description?: string;
	/** Each `{name}` of the path and what it is. */
	pathParameters?: Record<string, string>;
	/** Query parameters: the schema that parses them and what each one means. */
	query?: { schema: z.ZodObject; descriptions: Record<string, string> };
	/** The request body's schema (its input side is published). */
	body?: z.ZodType;
	/** The component id (registered in apiSchemas) of a successful answer; null for 204 No Content. */
	response: string | null;
	/** 200 unless given (201 for creations). */
	status?: number;
	/** The error statuses this endpoint answers with, besides 401 (always) and 500. */
	errors: (400 | 403 | 404 | 409 | 429)[];
};
