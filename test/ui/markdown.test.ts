import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/ui/lib/markdown';

describe('lesson markdown', () => {
  it('reads headings, lists, code and inline marks as data', () => {
    const blocks = parseMarkdown('# Title\n\nType `kubectl get pods` and **watch**.\n\n1. one\n2. two\n\n```sh\nkubectl apply -f pod.yaml\n```\n');
    expect(blocks).toEqual([
      { type: 'heading', level: 1, inline: [{ type: 'text', text: 'Title' }] },
      {
        type: 'paragraph',
        inline: [
          { type: 'text', text: 'Type ' },
          { type: 'code', text: 'kubectl get pods' },
          { type: 'text', text: ' and ' },
          { type: 'strong', text: 'watch' },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two' }]] },
      { type: 'code', lang: 'sh', text: 'kubectl apply -f pod.yaml' },
    ]);
  });

  it('keeps HTML as text', () => {
    expect(parseMarkdown('<img src=x onerror=alert(1)>')).toEqual([{ type: 'paragraph', inline: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] }]);
  });
});
