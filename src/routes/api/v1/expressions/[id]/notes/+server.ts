import { apiWrite, privateRead } from '$lib/server/api/respond';
import { addNote } from '$lib/server/domain/reviews/add-note';
import { listNotes } from '$lib/server/domain/reviews/queries';
import type { NoteInput } from '$lib/server/domain/reviews/schemas';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) =>
	privateRead(event, async (actor) => ({ data: await listNotes(actor, event.params.id) }));

export const POST: RequestHandler = (event) =>
	apiWrite(event, async (actor, body) => ({ data: await addNote(actor, event.params.id, body as NoteInput) }), {
		status: 201
	});
