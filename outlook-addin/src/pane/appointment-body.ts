const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** The invitation's body: the panel and the agenda link, never a child's details. */
export function appointmentBody(panelName: string, agendaUrl: string): string {
  const url = escapeHtml(agendaUrl);
  return [
    `<p>${escapeHtml(panelName)}: panel meeting arranged with Convenor.</p>`,
    `<p>Agenda and papers: <a href="${url}">${url}</a></p>`,
    "<p>Papers are reached through Convenor. Please do not forward them.</p>",
  ].join("");
}

const meetingLink = /\/meetings\/([A-Za-z0-9_-]{1,64})(?![A-Za-z0-9_-])/;

/** The Convenor meeting an appointment belongs to, from the agenda link in its body; null if none. */
export function meetingIdInBody(bodyText: string): string | null {
  return meetingLink.exec(bodyText)?.[1] ?? null;
}
