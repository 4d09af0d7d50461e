/** The UTC instant of a wall-clock time in the UK (GMT or BST) on a date. */
export function londonTimeToUtc(date: string, time: string): Date {
  const asUtc = new Date(`${date}T${time}:00Z`);
  const londonWallClock = new Date(asUtc.toLocaleString("en-US", { timeZone: "Europe/London" }));
  const utcWallClock = new Date(asUtc.toLocaleString("en-US", { timeZone: "UTC" }));
  return new Date(asUtc.getTime() - (londonWallClock.getTime() - utcWallClock.getTime()));
}
