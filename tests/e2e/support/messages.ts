import en from '../../../messages/en.json' with { type: 'json' };
import es from '../../../messages/es.json' with { type: 'json' };
import sv from '../../../messages/sv.json' with { type: 'json' };

export const langs = ['sv', 'en', 'es'] as const;
export type Lang = (typeof langs)[number];
const all: Record<Lang, Record<string, string>> = { sv, en, es };

/** A UI string as the reader sees it, so tests follow the wording in messages/*.json. */
export function t(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
	const text = all[lang][key];
	if (text === undefined) throw new Error(`no message ${key} in ${lang}`);
	return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
