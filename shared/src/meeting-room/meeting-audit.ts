/** An audit entry for something done in a meeting: about the meeting, or about one child's case in it. */
export { newAuditEntry as meetingAudit } from "../audit/new-audit-entry.js";
