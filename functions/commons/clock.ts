/**
 * The service's notion of "now". In AWS it is the real time. The local
 * runtime replaces it with a clock it can move forward, so that a 20-week
 * case can be played through in seconds.
 */
type TimeSource = () => number;

let source: TimeSource = () => Date.now();

export function now(): Date {
  return new Date(source());
}

export function setTimeSource(next: TimeSource): void {
  source = next;
}
