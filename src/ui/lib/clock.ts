// The cluster's clock as the page shows it: wall-clock time of the simulated cluster
// (its epoch plus virtual milliseconds), to the millisecond.
export function clockText(epoch: number, t: number): string {
  return new Date(epoch + t).toISOString().slice(11, 23);
}
