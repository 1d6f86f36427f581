import { describe, expect, it } from 'vitest';
import { commandFor, type FocusContext, type KeyPress } from '../../../renderer/src/lib/keyboard';

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });
const onRadio: FocusContext = { editable: false, inItem: true, onItemFrame: false };
const onFrame: FocusContext = { editable: false, inItem: true, onItemFrame: true };
const inNotes: FocusContext = { editable: true, inItem: true, onItemFrame: false };
const inStartForm: FocusContext = { editable: true, inItem: false, onItemFrame: false };
const onBody: FocusContext = { editable: false, inItem: false, onItemFrame: false };

describe('keyboard map', () => {
  it('maps 1–9, D and N to answers, J and K to moves, H to help, ? to the list', () => {
    expect(commandFor(key('3'), onRadio)).toEqual({ type: 'choose', value: 3 });
    expect(commandFor(key('9'), onFrame)).toEqual({ type: 'choose', value: 9 });
    expect(commandFor(key('d'), onFrame)).toEqual({ type: 'dont-know' });
    expect(commandFor(key('N', { shiftKey: true }), onFrame)).toEqual({ type: 'not-applicable' });
    expect(commandFor(key('j'), onBody)).toEqual({ type: 'next' });
    expect(commandFor(key('k'), onRadio)).toEqual({ type: 'previous' });
    expect(commandFor(key('h'), onFrame)).toEqual({ type: 'toggle-help' });
    expect(commandFor(key('?', { shiftKey: true }), onBody)).toEqual({ type: 'shortcuts' });
    expect(commandFor(key('F1'), onBody)).toEqual({ type: 'guide' });
    expect(commandFor(key('F1'), inNotes)).toEqual({ type: 'guide' });
    expect(commandFor(key('F1', { ctrlKey: true }), onBody)).toBeNull();
    expect(commandFor(key('0'), onFrame)).toBeNull();
    expect(commandFor(key('x'), onFrame)).toBeNull();
  });

  it('reads digits from the digit row on keyboards where it types other characters unshifted (AZERTY)', () => {
    expect(commandFor(key('&', { code: 'Digit1' }), onFrame)).toEqual({ type: 'choose', value: 1 });
    expect(commandFor(key('é', { code: 'Digit2' }), onRadio)).toEqual({ type: 'choose', value: 2 });
    expect(commandFor(key('3', { code: 'Numpad3' }), onFrame)).toEqual({ type: 'choose', value: 3 });
    expect(commandFor(key('é', { code: 'Digit2' }), inNotes)).toBeNull();
  });

  it('leaves arrows to radio groups, and moves between items only from an item frame', () => {
    expect(commandFor(key('ArrowDown'), onRadio)).toBeNull();
    expect(commandFor(key('ArrowUp'), onBody)).toBeNull();
    expect(commandFor(key('ArrowDown'), onFrame)).toEqual({ type: 'next' });
    expect(commandFor(key('ArrowUp'), onFrame)).toEqual({ type: 'previous' });
  });

  it('never takes single keys from a text field', () => {
    for (const k of ['1', 'd', 'n', 'j', 'k', 'h', '?', 'ArrowDown']) expect(commandFor(key(k), inNotes)).toBeNull();
  });

  it('undoes and redoes with Ctrl or Cmd, except in the start form where the field keeps its own undo', () => {
    expect(commandFor(key('z', { ctrlKey: true }), onBody)).toEqual({ type: 'undo' });
    expect(commandFor(key('Z', { ctrlKey: true, shiftKey: true }), onRadio)).toEqual({ type: 'redo' });
    expect(commandFor(key('y', { ctrlKey: true }), onFrame)).toEqual({ type: 'redo' });
    expect(commandFor(key('z', { metaKey: true }), inNotes)).toEqual({ type: 'undo' });
    expect(commandFor(key('z', { ctrlKey: true }), inStartForm)).toBeNull();
    // A list box outside the items (the target stage) has no undo of its own: the assessment's applies.
    expect(commandFor(key('z', { ctrlKey: true }), { ...inStartForm, textEntry: false })).toEqual({ type: 'undo' });
    expect(commandFor(key('z', { ctrlKey: true, altKey: true }), onBody)).toBeNull();
  });

  it('leaves a field for its item frame with Esc', () => {
    expect(commandFor(key('Escape'), inNotes)).toEqual({ type: 'leave-field' });
    expect(commandFor(key('Escape'), onRadio)).toEqual({ type: 'leave-field' });
    expect(commandFor(key('Escape'), onFrame)).toBeNull();
    expect(commandFor(key('Escape'), inStartForm)).toBeNull();
  });

  it('ignores shortcuts combined with Alt, Ctrl or Cmd', () => {
    expect(commandFor(key('3', { altKey: true }), onFrame)).toBeNull();
    expect(commandFor(key('j', { ctrlKey: true }), onFrame)).toBeNull();
    expect(commandFor(key('d', { metaKey: true }), onFrame)).toBeNull();
  });
});
