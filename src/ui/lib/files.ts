// The laptop's files as the page holds them: a copy, replaced only when something changed.

export function sameFiles(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

/** A copy the page can hold while the laptop's files change underneath. */
export function copyFiles(files: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  return new Map(files);
}
