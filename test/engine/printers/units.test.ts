import { describe, expect, it } from 'vitest';
import { canonicalQuantity } from '../../../src/engine/kubectl/printers';
import { addQuantities, formatQuantity, parseQuantity } from '../../../src/engine/kubectl/printers/quantity';
import { DESCRIBE_SETTINGS, tabwrite } from '../../../src/engine/kubectl/printers/tabwriter';

describe('resource quantities as kubectl prints them', () => {
  it.each([
    ['500m', '500m'],
    ['0.5', '500m'],
    ['1', '1'],
    ['1000m', '1'],
    ['1500m', '1500m'],
    ['128Mi', '128Mi'],
    ['1024Ki', '1Mi'],
    ['4015788Ki', '4015788Ki'],
    ['1.5Gi', '1536Mi'],
    ['129e6', '129e6'],
    ['129M', '129M'],
    ['134217728', '134217728'],
    ['0', '0'],
  ])('%s prints as %s', (input, out) => {
    expect(canonicalQuantity(input)).toBe(out);
  });

  it('adds keeping the first format, as a node total does', () => {
    const sum = addQuantities(parseQuantity('100m')!, parseQuantity('1')!);
    expect(formatQuantity(sum)).toBe('1100m');
    expect(formatQuantity(addQuantities(parseQuantity('64Mi')!, parseQuantity('64Mi')!))).toBe('128Mi');
  });
});

describe('Go text/tabwriter port', () => {
  it('aligns each run of tabbed lines separately; a line without a tab ends the run', () => {
    const text = 'Name:\tweb\nAnnotations:\t<none>\nIPs:\n  IP:\t10.0.0.1\nControlled By:\tReplicaSet/web\n';
    expect(tabwrite(text, DESCRIBE_SETTINGS)).toBe(
      'Name:         web\nAnnotations:  <none>\nIPs:\n  IP:           10.0.0.1\nControlled By:  ReplicaSet/web\n',
    );
  });
  it('does not pad the last cell of a line', () => {
    expect(tabwrite('a\tb \nccc\td\n', DESCRIBE_SETTINGS)).toBe('a    b \nccc  d\n');
  });
});
