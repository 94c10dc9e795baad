import { pageTitle } from '$lib/page-title';

// A small page of its own, for answers made before any route runs or while the layout cannot be
// rendered (a refused cross-site form, the database away): no script, no style sheet, nothing to load.

type PlainPage = {
	lang: string;
	title: string;
	text: string;
	link: { href: string; label: string };
	status: number;
	headers: Record<string, string>;
};

/** The page as an answer, its texts escaped, under a policy that lets it load nothing. */
export function plainPage({ lang, title, text, link, status, headers }: PlainPage): Response {
	const html = `<!doctype html>
<html lang="${escape(lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(pageTitle(title))}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<h1>${escape(title)}</h1>
<p>${escape(text)}</p>
<p><a href="${escape(link.href)}">${escape(link.label)}</a></p>
</body>
</html>`;
	return new Response(html, {
		status,
		headers: {
			...headers,
			'content-type': 'text/html; charset=utf-8',
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
		}
	});
}

function escape(value: string): string {
	return value.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);
}
