import { describe, expect, it } from 'vitest';
import { yamlLines } from '../../src/ui/lib/yamlLines';

describe('yamlLines', () => {
  it('keeps each line whole, its indentation apart, and hangs wrapped rows two columns in', () => {
    const lines = yamlLines(
      'spec:\n  containers:\n  - image: luksa/kubia\n    terminationMessagePath: /dev/termination-log\n',
    );
    expect(lines).toEqual([
      { n: 1, lead: '', body: 'spec:', hang: 2 },
      { n: 2, lead: '  ', body: 'containers:', hang: 4 },
      { n: 3, lead: '  ', body: '- image: luksa/kubia', hang: 4 },
      { n: 4, lead: '    ', body: 'terminationMessagePath: /dev/termination-log', hang: 6 },
    ]);
  });

  it('gives back the text it was given, line for line (copying the YAML copies it whole)', () => {
    const text = 'metadata:\n  annotations:\n    a: |\n      {"k":"v"}\n\n  name: x';
    expect(
      yamlLines(text)
        .map((l) => l.lead + l.body)
        .join('\n'),
    ).toBe(text);
  });
});
