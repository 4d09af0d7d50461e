/** The limits of the meeting routes (`meeting-requests.ts`), which the front ends check before sending. */

/** The longest time slot a chair can give one item. */
export const maxSlotMinutes = 480;
/** Most people invited to one item. */
export const maxInviteesPerItem = 30;
/** Most items on one agenda. */
export const maxAgendaItems = 200;
/** A topic title a chair types: short, never a child's details. */
export const maxAgendaTitleLength = 120;

/** `POST /api/meetings/{id}/papers`: at most 25 MB, of these types. */
export const maxPaperBytes = 25 * 1024 * 1024;
export const allowedPaperExtensions = ["pdf", "docx", "doc", "xlsx", "pptx", "txt", "png", "jpg"] as const;
