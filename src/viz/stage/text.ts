// Text in the stage's boxes: SVG does not wrap or clip, so labels are cut to fit.

/** About how wide a character of the stage's 11px sans-serif is. */
const CHAR_W = 6.1;

export function fit(text: string, width: number, charW = CHAR_W): string {
  const max = Math.floor(width / charW);
  if (text.length <= max) return text;
  return max <= 1 ? '' : text.slice(0, max - 1) + '…';
}

