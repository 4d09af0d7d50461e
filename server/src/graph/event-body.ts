const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => entities[char] ?? char);

/** An event body from plain text: paragraphs on blank lines, line breaks kept, every character escaped. */
export function htmlBody(text: string): string {
  const paragraphs = text
    .replace(/\r\n/g, "\n")
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`);
  return `<html><body>${paragraphs.join("")}</body></html>`;
}

/** Plain text back from a body built by `htmlBody`. */
export function textFromHtmlBody(html: string): string {
  return html
    .replace(/<br>/g, "\n")
    .replace(/<\/p><p>/g, "\n\n")
    .replace(/<[^>]+>/g, "")
    .replace(
      /&(amp|lt|gt|quot|#39);/g,
      (entity) => Object.entries(entities).find(([, value]) => value === entity)?.[0] ?? entity,
    );
}
