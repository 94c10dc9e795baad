import { isLocale, type Locale } from './locales';

/** Each language's name in itself, as a reader of that language looks for it. */
export const ownLanguageNames: Record<Locale, string> = { sv: 'Svenska', en: 'English', es: 'Español' };

/**
 * The same page in another language: the first path segment is the language, so it is swapped
 * and the query string kept. A path without a language (e.g. an unknown address) leads home.
 */
export function pathInLanguage(url: URL, locale: Locale): string {
	const [, first, ...rest] = url.pathname.split('/');
	if (!isLocale(first)) return `/${locale}`;
	const path = ['', locale, ...rest].join('/');
	return path + url.search;
}

/** Which primary section a path belongs to, for aria-current in the navigation. */
export function sectionOf(pathname: string): string {
	const [, first, second = ''] = pathname.split('/');
	return isLocale(first) ? second : '';
}

/** The current address without one query parameter, e.g. a list's first page with its filters kept. */
export function withoutParam(url: URL, name: string): string {
	const params = new URLSearchParams(url.searchParams);
	params.delete(name);
	const query = params.toString();
	return query ? `${url.pathname}?${query}` : url.pathname;
}
