// The inspector's YAML, a line at a time, so a long value that wraps in the narrow pane keeps
// a hanging indent under its key instead of falling back to column 0 (which reads as broken YAML).

export interface YamlLine {
  /** 1-based line number: a line's identity in the document. */
  n: number;
  /** The leading spaces, kept as text so that copying the YAML copies it whole. */
  lead: string;
  /** The rest of the line. */
  body: string;
  /** Where wrapped rows of this line start, in characters: under the key's value or the list item's text. */
  hang: number;
}

export function yamlLines(text: string): YamlLine[] {
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  return lines.map((line, i) => {
    const lead = /^ */.exec(line)![0];
    return { n: i + 1, lead, body: line.slice(lead.length), hang: lead.length + 2 };
  });
}
