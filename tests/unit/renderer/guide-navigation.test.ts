// The store pulls in the browser platform, which uses Vite's import.meta.glob: give this Node program its types.
/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../core/platform-methods';
import { connectShell } from '../../../renderer/src/platform/shell';
import { createAppStore } from '../../../renderer/src/store';
import { fakePlatform } from '../../helpers/fake-platform';

describe('opening the user guide', () => {
  it('remembers the screen it was opened from, at the section asked for, and goes back to it', () => {
    const store = createAppStore(fakePlatform().api, 'desktop');
    store.getState().go('roadmap');
    store.getState().openGuide('roadmap');
    expect(store.getState()).toMatchObject({ view: 'guide', guideFrom: 'roadmap', guideSection: { id: 'roadmap' } });
    // Opened again from inside the guide (Help, F1): it still returns to the screen before it.
    store.getState().openGuide();
    expect(store.getState()).toMatchObject({ view: 'guide', guideFrom: 'roadmap', guideSection: null });
    store.getState().closeGuide();
    expect(store.getState()).toMatchObject({ view: 'roadmap', guideFrom: null, guideSection: null });
  });

  it('opens from the desktop Help menu', () => {
    const store = createAppStore(fakePlatform().api, 'desktop');
    let send: (command: MenuCommand) => void = () => undefined;
    connectShell(store, {
      onMenuCommand: (listener) => {
        send = listener;
        return () => undefined;
      },
    });
    send('guide');
    expect(store.getState()).toMatchObject({ view: 'guide', guideFrom: 'start' });
  });
});
