// go-cmp's edit script between two lists (internal/diff/diff.go): a greedy search from both
// ends of the edit graph that pairs equal elements, marks similar unequal ones Modified, and
// the rest as only in x (removed) or only in y (inserted). go-cmp picks the direction it
// starts from at random per process; this starts forward, as its deterministic mode does.
export type Edit = 'identity' | 'uniqueX' | 'uniqueY' | 'modified';

/** How many leaves of a pair of elements compared equal and unequal. */
export interface Result {
  same: number;
  diff: number;
}

export type EqualFunc = (ix: number, iy: number) => Result;

const isEqual = (r: Result): boolean => r.diff === 0;
/** Similar: worth printing as one modified element (NumSame+1 >= NumDiff). */
const isSimilar = (r: Result): boolean => r.same + 1 >= r.diff;

/** BoolResult: a comparison with no inner structure. */
export const boolResult = (equal: boolean): Result => (equal ? { same: 1, diff: 0 } : { same: 0, diff: 2 });

interface Path {
  dir: 1 | -1;
  x: number;
  y: number;
  es: Edit[];
}

function append(p: Path, e: Edit): void {
  p.es.push(e);
  if (e !== 'uniqueY') p.x += p.dir;
  if (e !== 'uniqueX') p.y += p.dir;
}

/** connect: the edits that join the path's end to `dst` without further searching. */
function connect(p: Path, dst: { x: number; y: number }, f: EqualFunc): void {
  if (p.dir > 0) {
    while (dst.x > p.x && dst.y > p.y) {
      const r = f(p.x, p.y);
      append(p, isEqual(r) ? 'identity' : isSimilar(r) ? 'modified' : dst.x - p.x >= dst.y - p.y ? 'uniqueX' : 'uniqueY');
    }
    while (dst.x > p.x) append(p, 'uniqueX');
    while (dst.y > p.y) append(p, 'uniqueY');
    return;
  }
  while (p.x > dst.x && p.y > dst.y) {
    const r = f(p.x - 1, p.y - 1);
    append(p, isEqual(r) ? 'identity' : isSimilar(r) ? 'modified' : p.y - dst.y >= p.x - dst.x ? 'uniqueY' : 'uniqueX');
  }
  while (p.x > dst.x) append(p, 'uniqueX');
  while (p.y > dst.y) append(p, 'uniqueY');
}

/** zigzag: 0, -1, +1, -2, +2, … along a diagonal. */
const zigzag = (i: number): number => ((i & 1) !== 0 ? ~i : i) >> 1;

interface Search {
  fwd: Path;
  rev: Path;
  fwdFrontier: { x: number; y: number };
  revFrontier: { x: number; y: number };
  budget: number;
}

/** One forward pass: follow the first match on the frontier's diagonal, then advance. */
function searchForward(s: Search, f: EqualFunc): void {
  const { fwd, rev } = s;
  for (let stop1 = false, stop2 = false, i = 0; !(stop1 && stop2) && s.budget > 0; i++) {
    const z = zigzag(i);
    const p = { x: s.fwdFrontier.x + z, y: s.fwdFrontier.y - z };
    if (p.x >= rev.x || p.y < fwd.y) stop1 = true;
    else if (p.y >= rev.y || p.x < fwd.x) stop2 = true;
    else if (isEqual(f(p.x, p.y))) {
      connect(fwd, p, f);
      append(fwd, 'identity');
      while (fwd.x < rev.x && fwd.y < rev.y && isEqual(f(fwd.x, fwd.y))) append(fwd, 'identity');
      s.fwdFrontier = { x: fwd.x, y: fwd.y };
      stop1 = stop2 = true;
    } else s.budget--;
  }
  if (rev.x - s.fwdFrontier.x >= rev.y - s.fwdFrontier.y) s.fwdFrontier.x++;
  else s.fwdFrontier.y++;
}

/** One reverse pass, the mirror image of searchForward from the end of both lists. */
function searchReverse(s: Search, f: EqualFunc): void {
  const { fwd, rev } = s;
  for (let stop1 = false, stop2 = false, i = 0; !(stop1 && stop2) && s.budget > 0; i++) {
    const z = zigzag(i);
    const p = { x: s.revFrontier.x - z, y: s.revFrontier.y + z };
    if (fwd.x >= p.x || rev.y < p.y) stop1 = true;
    else if (fwd.y >= p.y || rev.x < p.x) stop2 = true;
    else if (isEqual(f(p.x - 1, p.y - 1))) {
      connect(rev, p, f);
      append(rev, 'identity');
      while (fwd.x < rev.x && fwd.y < rev.y && isEqual(f(rev.x - 1, rev.y - 1))) append(rev, 'identity');
      s.revFrontier = { x: rev.x, y: rev.y };
      stop1 = stop2 = true;
    } else s.budget--;
  }
  if (s.revFrontier.x - fwd.x >= s.revFrontier.y - fwd.y) s.revFrontier.x--;
  else s.revFrontier.y--;
}

/** diff.Difference: the edit script turning a list of nx elements into one of ny. */
export function difference(nx: number, ny: number, f: EqualFunc): Edit[] {
  const s: Search = {
    fwd: { dir: 1, x: 0, y: 0, es: [] },
    rev: { dir: -1, x: nx, y: ny, es: [] },
    fwdFrontier: { x: 0, y: 0 },
    revFrontier: { x: nx, y: ny },
    budget: 4 * (nx + ny),
  };
  const searching = (): boolean => s.fwdFrontier.x < s.revFrontier.x && s.fwdFrontier.y < s.revFrontier.y && s.budget > 0;
  for (let forward = true; searching(); forward = !forward) {
    if (forward) searchForward(s, f);
    else searchReverse(s, f);
  }
  connect(s.fwd, { x: s.rev.x, y: s.rev.y }, f);
  return [...s.fwd.es, ...s.rev.es.reverse()];
}
