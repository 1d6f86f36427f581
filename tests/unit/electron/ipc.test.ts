import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PLATFORM_ARGS, PLATFORM_METHODS, type PlatformApi } from '../../../core/platform';
import { MENU_CHANNEL, PLATFORM_METHOD_NAMES, channelOf } from '../../../core/platform-methods';
import { createHandlers, type Dialogs } from '../../../electron/main/handlers';
import { createDispatcher } from '../../../electron/main/ipc';
import { APP_ENTRY, APP_SCHEME, secureWebPreferences } from '../../../electron/main/security';

// ---------------------------------------------------------------------------
// A fake of the parts of Electron that electron/main/index.ts and the preload
// touch. It records everything so the tests can replay events.
// ---------------------------------------------------------------------------
type Listener = (...args: never[]) => unknown;
type MenuTemplate = { label?: string; role?: string; click?: () => void; submenu?: MenuTemplate }[];

const fake = vi.hoisted(() => {
  const state = {
    userData: '',
    documents: '',
    windows: [] as FakeWindow[],
    appListeners: new Map<string, Listener>(),
    ipcHandlers: new Map<string, Listener>(),
    protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    privilegedSchemes: [] as unknown[],
    permissionRequestHandler: null as null | Listener,
    permissionCheckHandler: null as null | Listener,
    openDialogCalls: [] as unknown[][],
    saveDialogCalls: [] as unknown[][],
    locale: 'fr-FR',
    /** Every application menu set, as its template. */
    menus: [] as MenuTemplate[],
    rendererListeners: new Map<string, Listener>(),
  };

  class FakeWebContents {
    listeners = new Map<string, Listener>();
    sent: unknown[][] = [];
    send(...args: unknown[]) {
      this.sent.push(args);
    }
    windowOpenHandler: null | ((details: { url: string }) => { action: string }) = null;
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler;
    }
  }

  class FakeWindow {
    options: Record<string, unknown>;
    webContents = new FakeWebContents();
    onceListeners = new Map<string, Listener>();
    loadedUrls: string[] = [];
    shown = false;
    focused = 0;
    static getAllWindows() {
      return state.windows;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      this.focused++;
    }
    constructor(options: Record<string, unknown>) {
      this.options = options;
      state.windows.push(this);
    }
    once(event: string, listener: Listener) {
      this.onceListeners.set(event, listener);
      return this;
    }
    show() {
      this.shown = true;
    }
    async loadURL(url: string) {
      this.loadedUrls.push(url);
    }
  }

  const electron = {
    app: {
      isPackaged: false,
      whenReady: () => Promise.resolve(),
      on: (event: string, listener: Listener) => {
        state.appListeners.set(event, listener);
      },
      getPath: (name: string) => {
        if (name === 'userData') return state.userData;
        if (name === 'documents') return state.documents;
        throw new Error(`unexpected getPath(${name})`);
      },
      quit: vi.fn(),
      requestSingleInstanceLock: () => true,
      getLocale: () => state.locale,
    },
    Menu: {
      buildFromTemplate: (template: MenuTemplate) => template,
      setApplicationMenu: (menu: MenuTemplate) => void state.menus.push(menu),
    },
    BrowserWindow: FakeWindow,
    ipcMain: {
      handle: (channel: string, listener: Listener) => {
        if (state.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
        state.ipcHandlers.set(channel, listener);
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: { url: string }) => Promise<Response>) => {
        state.protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => {
          state.permissionRequestHandler = handler;
        },
        setPermissionCheckHandler: (handler: Listener) => {
          state.permissionCheckHandler = handler;
        },
      },
    },
    dialog: {
      showOpenDialog: async (...args: unknown[]) => {
        state.openDialogCalls.push(args);
        return { canceled: true, filePaths: [] };
      },
      showSaveDialog: async (...args: unknown[]) => {
        state.saveDialogCalls.push(args);
        return { canceled: true };
      },
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (...args: unknown[]) => ({ echoed: args })),
      on: (channel: string, listener: Listener) => void state.rendererListeners.set(channel, listener),
      removeListener: (channel: string, listener: Listener) => {
        if (state.rendererListeners.get(channel) === listener) state.rendererListeners.delete(channel);
      },
    },
  };
  return { state, electron, FakeWindow };
});

vi.mock('electron', () => fake.electron);

const fakeDialogs: Dialogs = {
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true }),
};

/** One valid argument list per method. */
const VALID_ARGS: Record<(typeof PLATFORM_METHOD_NAMES)[number], unknown[]> = {
  listQuestionnaires: [],
  pickFiles: [{ purpose: 'responses', multiple: true }],
  storeQuestionnaire: [{ id: 'my-questionnaire-2', questionnaire: '{"a":1}', actions: '{"b":2}' }],
  openAssessment: [],
  saveFile: [{ kind: 'assessment', data: '{"x":1}', suggestedName: 'assessment.capamap.json', path: '/home/me/a.json' }],
  autosave: ['{"draft":true}', { assessmentId: 'a-0001', session: 's1', summary: { institution: 'Ministry', country: 'Asterra', answers: 3 } }],
  listHistory: [],
  loadHistory: ['001767225600000-abc123'],
  resealHistory: [{ id: '001767225600000-abc123', text: '{"format":"capamap.encrypted"}' }],
  loadAutosave: [],
  clearAutosave: [],
  setInterfaceLanguage: ['fr'],
};

function spyHandlers() {
  const calls: { method: string; args: unknown[] }[] = [];
  const handlers = Object.fromEntries(
    PLATFORM_METHOD_NAMES.map((method) => [
      method,
      async (...args: unknown[]) => {
        calls.push({ method, args });
        return { from: method };
      },
    ]),
  ) as unknown as PlatformApi;
  return { handlers, calls };
}

describe('createDispatcher', () => {
  it.each(['deleteEverything', 'listquestionnaires', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'capamap:autosave'])('rejects the unknown method "%s" without calling any handler', async (method) => {
    const { handlers, calls } = spyHandlers();
    await expect(createDispatcher(handlers)(method, [])).rejects.toThrow(/^Unknown operation "/);
    expect(calls).toEqual([]);
  });

  it('keeps the unknown-method message on one short line', async () => {
    const { handlers } = spyHandlers();
    const error = await createDispatcher(handlers)(`evil\nmethod${'x'.repeat(10_000)}`, []).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toMatch(/\n/);
    expect((error as Error).message.length).toBeLessThan(200);
  });

  const BAD_ARGS: [string, unknown][] = [
    ['listQuestionnaires', ['extra']],
    ['pickFiles', []],
    ['pickFiles', [{ purpose: 'passwords', multiple: true }]],
    ['pickFiles', [{ purpose: 'questionnaire', multiple: 'yes' }]],
    ['pickFiles', [{ purpose: 'questionnaire', multiple: false, path: '/etc/passwd' }]],
    ['storeQuestionnaire', [{ id: '../../evil', questionnaire: '{}', actions: '{}' }]],
    ['storeQuestionnaire', [{ id: 'UPPER', questionnaire: '{}', actions: '{}' }]],
    ['storeQuestionnaire', [{ id: 'ok', questionnaire: '{}' }]],
    ['openAssessment', [{ path: '/etc/passwd' }]],
    ['saveFile', [{ kind: 'assessment', data: '{}', suggestedName: '../escape.json' }]],
    ['saveFile', [{ kind: 'assessment', data: '{}', suggestedName: 'C:\\evil.json' }]],
    ['saveFile', [{ kind: 'assessment', data: '{}', suggestedName: '' }]],
    ['saveFile', [{ kind: 'assessment', data: 42, suggestedName: 'a.json' }]],
    ['saveFile', [{ kind: 'assessment', data: '{}', suggestedName: 'a.json', path: '' }]],
    ['saveFile', [{ kind: 'assessment', data: new Uint8Array([1]), suggestedName: 'a.json' }]],
    ['saveFile', [{ kind: 'csv', data: 'a,b', suggestedName: 'a.csv', path: '/home/me/a.csv' }]],
    ['saveFile', [{ kind: 'pdf', data: 'JVBERi0xLjQK', suggestedName: 'r.pdf' }]],
    ['saveFile', [{ kind: 'pdf', data: new Uint8Array([1]), suggestedName: 'sub/r.pdf' }]],
    ['saveFile', [{ kind: 'spreadsheet', data: 'a', suggestedName: 'a.xls' }]],
    ['saveFile', [{ data: 'a', suggestedName: 'a.json' }]],
    ['autosave', []],
    ['autosave', [42]],
    ['autosave', ['x'.repeat(20 * 1024 * 1024 + 1)]],
    ['loadAutosave', [1]],
    ['clearAutosave', [null]],
    ['setInterfaceLanguage', ['de']],
    ['setInterfaceLanguage', [42]],
    ['setInterfaceLanguage', []],
  ];

  it.each(BAD_ARGS)('rejects bad arguments to %s with one line naming it', async (method, args) => {
    const { handlers, calls } = spyHandlers();
    const error = await createDispatcher(handlers)(method, args as unknown[]).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message.startsWith(`Invalid request to ${method}: `)).toBe(true);
    expect(message).not.toMatch(/\n/);
    expect(message.length).toBeLessThan(300);
    expect(calls).toEqual([]);
  });

  it('rejects args that are not a list', async () => {
    const { handlers, calls } = spyHandlers();
    await expect(createDispatcher(handlers)('autosave', 'text' as unknown as unknown[])).rejects.toThrow(/^Invalid request to autosave: /);
    expect(calls).toEqual([]);
  });

  it('keeps the message on one line when a key smuggles newlines', async () => {
    const { handlers } = spyHandlers();
    const args = [{ purpose: 'questionnaire', multiple: true, ['line one\nline two\r\nline three']: 1 }];
    const error = await createDispatcher(handlers)('pickFiles', args).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^Invalid request to pickFiles: /);
    expect((error as Error).message).not.toMatch(/[\r\n]/);
  });

  it('names the offending field', async () => {
    const { handlers } = spyHandlers();
    await expect(createDispatcher(handlers)('pickFiles', [{ purpose: 'x', multiple: true }])).rejects.toThrow(/0\.purpose/);
  });

  it.each(PLATFORM_METHOD_NAMES)('passes good arguments to %s and returns its result', async (method) => {
    const { handlers, calls } = spyHandlers();
    const result = await createDispatcher(handlers)(method, VALID_ARGS[method]);
    expect(result).toEqual({ from: method });
    expect(calls).toEqual([{ method, args: VALID_ARGS[method] }]);
  });

  it('passes optional fields through when absent', async () => {
    const { handlers, calls } = spyHandlers();
    await createDispatcher(handlers)('saveFile', [{ kind: 'assessment', data: '{}', suggestedName: 'a.json' }]);
    expect(calls).toEqual([{ method: 'saveFile', args: [{ kind: 'assessment', data: '{}', suggestedName: 'a.json' }] }]);
  });

  it('passes PDF bytes through as the same Uint8Array', async () => {
    const { handlers, calls } = spyHandlers();
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    await createDispatcher(handlers)('saveFile', [{ kind: 'pdf', data: bytes, suggestedName: 'r.pdf' }]);
    expect((calls[0]!.args[0] as { data: unknown }).data).toBe(bytes);
  });

  it('propagates a handler failure unchanged', async () => {
    const { handlers } = spyHandlers();
    handlers.loadAutosave = async () => {
      throw new Error('disk on fire');
    };
    await expect(createDispatcher(handlers)('loadAutosave', [])).rejects.toThrow('disk on fire');
  });
});

describe('contract parity', () => {
  const expected = [...PLATFORM_METHOD_NAMES].sort();

  it('PLATFORM_METHOD_NAMES has no duplicates', () => {
    expect(new Set(PLATFORM_METHOD_NAMES).size).toBe(PLATFORM_METHOD_NAMES.length);
  });

  it('PLATFORM_ARGS validates exactly the named methods', () => {
    expect(Object.keys(PLATFORM_ARGS).sort()).toEqual(expected);
    expect([...PLATFORM_METHODS].sort()).toEqual(expected);
  });

  it('createHandlers implements exactly the contract', () => {
    const handlers = createHandlers({ dialogs: fakeDialogs, bundledDir: '/nonexistent', userDataDir: '/nonexistent', documentsDir: '/nonexistent' });
    expect(Object.keys(handlers).sort()).toEqual(expected);
    for (const method of expected) expect(typeof handlers[method as keyof PlatformApi], method).toBe('function');
  });

  it('every method has a distinct channel in the capamap namespace', () => {
    const channels = PLATFORM_METHOD_NAMES.map(channelOf);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^capamap:[a-zA-Z]+$/);
  });

  describe('the preload', () => {
    let api: Record<string, (...args: unknown[]) => Promise<unknown>>;

    beforeAll(async () => {
      fake.electron.contextBridge.exposeInMainWorld.mockClear();
      await import('../../../electron/preload/index');
      expect(fake.electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
      const [name, exposed] = fake.electron.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, typeof api];
      expect(name).toBe('api');
      api = exposed;
    });

    beforeEach(() => {
      fake.electron.ipcRenderer.invoke.mockClear();
    });

    it('exposes exactly the contract and the menu subscription, nothing of ipcRenderer', () => {
      expect(Object.keys(api).sort()).toEqual([...expected, 'onMenuCommand'].sort());
      expect(api).not.toHaveProperty('invoke');
      expect(api).not.toHaveProperty('send');
      expect(api).not.toHaveProperty('on');
      expect(api).not.toHaveProperty('ipcRenderer');
      for (const method of expected) expect(typeof api[method], method).toBe('function');
    });

    it('exposes a frozen object the page cannot extend', () => {
      expect(Object.isFrozen(api)).toBe(true);
    });

    it("relays the menu's commands from its channel, ignores anything else, and stops when asked", () => {
      const heard: unknown[] = [];
      const stop = (api.onMenuCommand as unknown as (listener: (c: unknown) => void) => () => void)((command) => heard.push(command));
      const relay = fake.state.rendererListeners.get(MENU_CHANNEL) as (event: unknown, command: unknown) => void;
      for (const command of ['open', 'save', 'delete-everything', { toString: 'open' }, 'saveAs', 'shortcuts']) relay({}, command);
      expect(heard).toEqual(['open', 'save', 'saveAs', 'shortcuts']);
      stop();
      expect(fake.state.rendererListeners.has(MENU_CHANNEL)).toBe(false);
    });

    it.each(PLATFORM_METHOD_NAMES)('%s invokes its channel with the arguments and returns the answer', async (method) => {
      const result = await api[method]!(...VALID_ARGS[method]);
      expect(fake.electron.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
      expect(fake.electron.ipcRenderer.invoke).toHaveBeenCalledWith(channelOf(method), ...VALID_ARGS[method]);
      expect(result).toEqual({ echoed: [channelOf(method), ...VALID_ARGS[method]] });
    });
  });
});

describe('electron/main/index.ts glue', () => {
  let base: string;
  let window: InstanceType<typeof fake.FakeWindow>;

  const invoke = (method: string, senderUrl: string | null, ...args: unknown[]) => {
    const handler = fake.state.ipcHandlers.get(channelOf(method)) as ((event: unknown, ...a: unknown[]) => Promise<unknown>) | undefined;
    if (!handler) throw new Error(`no handler for ${method}`);
    const event = { senderFrame: senderUrl === null ? null : { url: senderUrl } };
    // The real handler throws synchronously or rejects; either way the renderer sees a rejection.
    return Promise.resolve().then(() => handler(event, ...args));
  };

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'capamap-glue-'));
    fake.state.userData = join(base, 'userData');
    fake.state.documents = join(base, 'Documents');
    await import('../../../electron/main/index');
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    window = fake.state.windows[0]!;
  });

  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('registers app:// as a standard, secure scheme before ready', () => {
    expect(fake.state.privilegedSchemes).toEqual([expect.objectContaining({ scheme: APP_SCHEME, privileges: expect.objectContaining({ standard: true, secure: true }) })]);
  });

  it('opens one window with the secure webPreferences and the bundled preload', () => {
    const prefs = window.options.webPreferences as Record<string, unknown>;
    // Not packaged here, so the developer tools stay available; a packaged build gets devTools: false.
    expect(prefs).toEqual(secureWebPreferences(prefs.preload as string, true));
    expect(prefs.preload).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(window.options.title).toBe('CapaMap');
  });

  it('loads the app entry, and shows the window only when ready', () => {
    expect(window.loadedUrls).toEqual([APP_ENTRY]);
    expect(window.shown).toBe(false);
    (window.onceListeners.get('ready-to-show') as () => void)();
    expect(window.shown).toBe(true);
  });

  it('registers one IPC handler per contract method and nothing else', () => {
    expect([...fake.state.ipcHandlers.keys()].sort()).toEqual(PLATFORM_METHOD_NAMES.map(channelOf).sort());
  });

  it('answers a call from the app window through the real handlers', async () => {
    await invoke('autosave', APP_ENTRY, '{"draft":1}');
    expect(await readFile(join(fake.state.userData, 'autosave.capamap.json'), 'utf8')).toBe('{"draft":1}');
    expect(await invoke('loadAutosave', 'app://capamap/index.html#/dashboard')).toMatchObject({ text: '{"draft":1}' });
    await invoke('clearAutosave', APP_ENTRY);
    expect(await invoke('loadAutosave', APP_ENTRY)).toBeNull();
  });

  it('validates arguments from the app window', async () => {
    await expect(invoke('pickFiles', APP_ENTRY, { purpose: 'passwords', multiple: true })).rejects.toThrow(/^Invalid request to pickFiles: /);
  });

  it('binds dialogs to the window', async () => {
    fake.state.openDialogCalls.length = 0;
    expect(await invoke('openAssessment', APP_ENTRY)).toBeNull();
    expect(fake.state.openDialogCalls).toHaveLength(1);
    expect(fake.state.openDialogCalls[0]![0]).toBe(window);
  });

  it.each(['https://example.com/', 'file:///etc/passwd', 'app://evil/index.html', 'http://capamap/index.html', 'about:blank', '', null])(
    'refuses a call from an untrusted sender (%s) before it reaches a handler',
    async (senderUrl) => {
      const autosave = join(fake.state.userData, 'autosave.capamap.json');
      await rm(autosave, { force: true });
      await expect(invoke('autosave', senderUrl, 'from elsewhere')).rejects.toThrow(/refused/i);
      expect(await stat(autosave).catch(() => null)).toBeNull();
      fake.state.openDialogCalls.length = 0;
      await expect(invoke('openAssessment', senderUrl)).rejects.toThrow(/refused/i);
      expect(fake.state.openDialogCalls).toEqual([]);
    },
  );

  it.each(['https://example.com', 'file:///etc/passwd', 'app://capamap/other.html', 'http://localhost:5173/'])('prevents navigation to %s', (url) => {
    const willNavigate = window.webContents.listeners.get('will-navigate') as (event: { preventDefault: () => void }, url: string) => void;
    const event = { preventDefault: vi.fn() };
    willNavigate(event, url);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('focuses the existing window when a second instance starts', () => {
    const window = fake.state.windows[0]!;
    const before = window.focused;
    (fake.state.appListeners.get('second-instance') as () => void)();
    expect(window.focused).toBe(before + 1);
  });

  it('lets the app entry reload', () => {
    const willNavigate = window.webContents.listeners.get('will-navigate') as (event: { preventDefault: () => void }, url: string) => void;
    const event = { preventDefault: vi.fn() };
    willNavigate(event, APP_ENTRY);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it.each(['https://example.com', APP_ENTRY, 'file:///etc/passwd'])('denies window.open(%s) and opens nothing externally', (url) => {
    expect(window.webContents.windowOpenHandler).toBeTypeOf('function');
    expect(window.webContents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      (fake.state.permissionRequestHandler as (wc: unknown, p: string, cb: (granted: boolean) => void) => void)({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect((fake.state.permissionCheckHandler as (wc: unknown, p: string) => boolean)({}, permission)).toBe(false);
    }
  });

  it('blocks <webview> in any web contents', () => {
    const contents = {
      listeners: new Map<string, Listener>(),
      on(event: string, l: Listener) {
        this.listeners.set(event, l);
      },
    };
    (fake.state.appListeners.get('web-contents-created') as (e: unknown, c: typeof contents) => void)({}, contents);
    const event = { preventDefault: vi.fn() };
    (contents.listeners.get('will-attach-webview') as (e: typeof event) => void)(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('serves app:// through the guarded protocol handler', async () => {
    const handler = fake.state.protocolHandlers.get(APP_SCHEME);
    expect(handler).toBeTypeOf('function');
    const response = await handler!({ url: 'app://capamap/%2e%2e%2f%2e%2e%2fpackage.json' });
    expect(response.status).toBe(404);
  });

  it("sets its own menu at once, in the system's language, and rebuilds it in the language the page announces", async () => {
    await vi.waitFor(() => expect(fake.state.menus.length).toBeGreaterThan(0));
    expect(fake.state.menus.at(-1)!.map((m) => m.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    await invoke('setInterfaceLanguage', APP_ENTRY, 'es');
    expect(fake.state.menus.at(-1)!.map((m) => m.label)).toEqual(['Archivo', 'Edición', 'Ver', 'Ayuda']);
    await expect(invoke('setInterfaceLanguage', APP_ENTRY, 'xx')).rejects.toThrow(/^Invalid request to setInterfaceLanguage: /);
  });

  it("sends the menu's File commands to the window", () => {
    const file = fake.state.menus.at(-1)![0]!.submenu!;
    window.webContents.sent.length = 0;
    for (const item of file.filter((i) => i.click)) item.click!();
    expect(window.webContents.sent).toEqual([
      [MENU_CHANNEL, 'open'],
      [MENU_CHANNEL, 'save'],
      [MENU_CHANNEL, 'saveAs'],
    ]);
  });

  it('quits when the window closes', () => {
    (fake.state.appListeners.get('window-all-closed') as () => void)();
    expect(fake.electron.app.quit).toHaveBeenCalled();
  });
});
