// Packing boxes into a rectangle: the node grid and the pods inside a node.
import type { Box } from './types';

export interface Grid {
  cols: number;
  rows: number;
  cellW: number;
  cellH: number;
}

/**
 * The column count that gives `n` cells the most room in `area` while keeping each cell
 * close to the aspect ratio `aspect` (width / height) — wide nodes, squarish pods.
 */
export function fitGrid(n: number, area: { w: number; h: number }, gap: number, aspect: number): Grid {
  let best: Grid = { cols: 1, rows: Math.max(1, n), cellW: area.w, cellH: area.h };
  let bestScore = -1;
  for (let cols = 1; cols <= Math.max(1, n); cols++) {
    const rows = Math.max(1, Math.ceil(n / cols));
    const cellW = (area.w - gap * (cols - 1)) / cols;
    const cellH = (area.h - gap * (rows - 1)) / rows;
    if (cellW <= 0 || cellH <= 0) continue;
    // The largest box of the wanted aspect that fits the cell.
    const w = Math.min(cellW, cellH * aspect);
    const score = w * (w / aspect);
    if (score > bestScore + 1e-9) {
      bestScore = score;
      best = { cols, rows, cellW, cellH };
    }
  }
  return best;
}

/** The i-th cell of a grid laid over `area`, row by row. */
export function cell(grid: Grid, area: Box, gap: number, i: number): Box {
  const col = i % grid.cols;
  const row = Math.floor(i / grid.cols);
  return { x: area.x + col * (grid.cellW + gap), y: area.y + row * (grid.cellH + gap), w: grid.cellW, h: grid.cellH };
}

/** Split a box into `n` equal boxes side by side. */
export function row(area: Box, n: number, gap: number): Box[] {
  const w = (area.w - gap * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => ({ x: area.x + i * (w + gap), y: area.y, w, h: area.h }));
}

export function inset(b: Box, dx: number, dy = dx): Box {
  return { x: b.x + dx, y: b.y + dy, w: Math.max(0, b.w - 2 * dx), h: Math.max(0, b.h - 2 * dy) };
}
