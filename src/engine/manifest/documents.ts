// How kubectl cuts a file into documents before parsing any of them (apimachinery
// util/yaml YAMLReader): line by line, a line starting with `---` ends a document, and only
// a comment may follow the dashes. Each document is then parsed on its own, so go-yaml's
// line numbers count from the document's first line.

export interface DocumentChunk {
  text: string;
  /** Offset of the chunk's first character in the whole file. */
  offset: number;
  /** 0-based line of the chunk's first line in the whole file. */
  line: number;
}

export interface SplitResult {
  chunks: DocumentChunk[];
  /** `invalid Yaml document separator: x`, with where it is, when a separator line is bad. */
  error?: { message: string; offset: number };
}

export function splitDocuments(text: string): SplitResult {
  const chunks: DocumentChunk[] = [];
  let start = 0;
  let startLine = 0;
  let offset = 0;
  let line = 0;
  while (offset < text.length) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl + 1;
    const content = text.slice(offset, end);
    if (content.startsWith('---')) {
      const trimmed = content.slice(3).trim();
      if (trimmed.length > 0 && !trimmed.startsWith('#')) {
        return { chunks, error: { message: `invalid Yaml document separator: ${trimmed}`, offset } };
      }
      if (offset > start) chunks.push({ text: text.slice(start, offset), offset: start, line: startLine });
      start = end;
      startLine = line + 1;
    }
    offset = end;
    line++;
  }
  if (text.length > start) chunks.push({ text: text.slice(start), offset: start, line: startLine });
  return { chunks };
}

/** Offsets of line starts, to turn any file offset into a 1-based line and column. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function positionAt(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}
