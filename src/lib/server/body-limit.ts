import { formatNumber } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { AppError } from './errors';

/**
 * The largest request body the server takes, in bytes: adapter-node's BODY_SIZE_LIMIT (`2M` from
 * `npm start`, `512K` when unset), read the way adapter-node reads it. `vite dev` and `vite preview`
 * have no limit of their own; the hooks apply this one there too, by the declared length.
 */
export function bodySizeLimit(): number {
	const value = (process.env.BODY_SIZE_LIMIT ?? '512K').trim();
	const unit = { K: 1024, M: 1024 ** 2, G: 1024 ** 3 }[value.at(-1)?.toUpperCase() ?? ''];
	const bytes = unit ? Number(value.slice(0, -1)) * unit : Number(value);
	return Number.isFinite(bytes) && bytes > 0 ? bytes : Infinity;
}

/** True for the error a request body's read fails with past the limit (SvelteKit's, status 413). */
export function isTooLarge(error: unknown): boolean {
	return error instanceof Error && (error as { status?: unknown }).status === 413;
}

/** The 413 as an AppError, saying the limit in the reader's language ("2 MB", "512 kB"). */
export function tooLarge(): AppError {
	return new AppError('too_large', m.api_error_too_large({ size: sizeLabel(bodySizeLimit()) }));
}

function sizeLabel(bytes: number): string {
	const locale = getLocale();
	if (bytes >= 1024 ** 2) return `${formatNumber(bytes / 1024 ** 2, locale, { maximumFractionDigits: 1 })} MB`;
	return `${formatNumber(Math.ceil(bytes / 1024), locale)} kB`;
}

/** Whether a request declares a body over the limit (a chunked one is stopped while it is read). */
export function declaresTooLargeBody(request: Request): boolean {
	const length = Number(request.headers.get('content-length'));
	return Number.isFinite(length) && length > bodySizeLimit();
}
