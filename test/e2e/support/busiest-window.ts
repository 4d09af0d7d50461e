/** The most sends that arrived within any `windowMs` (a window starting at each send): Teams' rate-limit view. */
export function busiestWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let first = 0; first < sorted.length; first += 1) {
    let count = 0;
    while (first + count < sorted.length && sorted[first + count]! < sorted[first]! + windowMs) count += 1;
    most = Math.max(most, count);
  }
  return most;
}
