import { z } from 'zod';
import { describeAccept, fileAccepted, formatFileSize } from '$lib/files';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

/**
 * An uploaded file (a `File` from FormData) of an accepted type and at most `maxBytes`, with the same
 * rules the file field shows before upload ($lib/files). A browser sends an empty file when none was
 * chosen: that counts as none (undefined), refused when `required`.
 */
export function fileInput({
	accept,
	maxBytes,
	required = false
}: {
	accept: readonly string[];
	maxBytes: number;
	required?: boolean;
}) {
	return z.unknown().transform((value, ctx): File | undefined => {
		const file = value instanceof File && (value.size > 0 || value.name !== '') ? value : undefined;
		if (!file) {
			if (required) ctx.addIssue({ code: 'custom', message: m.validation_file_required() });
			return undefined;
		}
		const locale = getLocale();
		if (!fileAccepted(accept, file)) {
			ctx.addIssue({ code: 'custom', message: m.validation_file_type({ types: describeAccept(accept) }) });
		} else if (file.size > maxBytes) {
			ctx.addIssue({
				code: 'custom',
				message: m.validation_file_too_big({
					size: formatFileSize(file.size, locale),
					max: formatFileSize(maxBytes, locale)
				})
			});
		}
		return file;
	});
}
