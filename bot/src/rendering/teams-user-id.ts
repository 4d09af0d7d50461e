/** The Teams user id in a stored conversation reference (a personal chat's `user.id`), if any. */
export function userIdOf(reference: Record<string, unknown> | null): string | null {
  const user = reference?.user;
  if (typeof user === "object" && user !== null && "id" in user && typeof user.id === "string")
    return user.id;
  return null;
}
