// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { shortcutFor } from '../../src/ui/lib/shortcuts';

function key(key: string, target: Element | null, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) {
  return { key, target, ctrlKey: false, metaKey: false, altKey: false, ...mods };
}

describe('keyboard shortcuts', () => {
  const body = document.body;
  const input = document.createElement('input');
  const button = document.createElement('button');
  body.append(input, button);

  it('play, step and speed from the page', () => {
    expect(shortcutFor(key(' ', body))).toBe('toggle');
    expect(shortcutFor(key('ArrowRight', body))).toBe('forward');
    expect(shortcutFor(key('ArrowLeft', body))).toBe('back');
    expect(shortcutFor(key('[', body))).toBe('slower');
    expect(shortcutFor(key(']', body))).toBe('faster');
  });

  it('leaves typed keys to the terminal and Space to a focused button', () => {
    expect(shortcutFor(key(' ', input))).toBeUndefined();
    expect(shortcutFor(key('ArrowLeft', input))).toBeUndefined();
    expect(shortcutFor(key('?', input))).toBeUndefined();
    expect(shortcutFor(key(' ', button))).toBeUndefined();
    expect(shortcutFor(key('?', button))).toBe('help');
    expect(shortcutFor(key(' ', body, { ctrlKey: true }))).toBeUndefined();
  });

  it('toggles presenter mode with f, from the page or a button, never from the terminal', () => {
    const select = document.createElement('select');
    body.append(select);
    expect(shortcutFor(key('f', body))).toBe('present');
    expect(shortcutFor(key('F', body))).toBe('present');
    expect(shortcutFor(key('f', button))).toBe('present');
    expect(shortcutFor(key('f', input))).toBeUndefined();
    expect(shortcutFor(key('f', select))).toBeUndefined();
    expect(shortcutFor(key('f', body, { metaKey: true }))).toBeUndefined();
  });
});
