/** A PATCH body's fields, or none when the body is not a JSON object (the use case then reports what is missing). */
export const patchFields = (body: unknown): Record<string, unknown> =>
	typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
