import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// One config for Chrome (MV3, what the real-browser tests load) and Firefox.
export default defineConfig({
  // A separate output folder lets parallel builds (e.g. two benchmark runs) coexist.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The page probe (entrypoints/probe.ts, Chrome) is an unlisted script declared
    // here rather than a WXT content script: WXT's content-script wrapper builds
    // a ContentScriptContext on every page, which a page that is not an article
    // should not pay for (issue 2). The session makes its own context.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox') return;
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: ['http://*/*', 'https://*/*'], js: ['probe.js'], run_at: 'document_idle', all_frames: false },
      ];
    },
  },
  manifest: ({ browser }) => ({
    // Firefox wants an add-on id and a statement of what data is collected: none.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'dramatis@dramatis.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
    // Every string the reader sees comes from public/_locales/<lang>/messages.json.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Made by scripts/make-icons.ts; the background greys the icon on pages that are not articles.
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // storage: settings; unlimitedStorage keeps a large library from hitting the
    // default quota; scripting (Chrome): the background injects the page session
    // into a tab only where the small declared probe found an article, so other
    // pages never evaluate it (issue 2). Injecting needs host permissions, for
    // exactly the http(s) pages the probe's match patterns already run on, so
    // the reader is asked for nothing more than before.
    permissions: browser === 'firefox' ? ['storage', 'unlimitedStorage'] : ['storage', 'unlimitedStorage', 'scripting'],
    ...(browser === 'firefox' ? {} : { host_permissions: ['http://*/*', 'https://*/*'] }),
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: 'icon-dim/16.png', 32: 'icon-dim/32.png', 48: 'icon-dim/48.png', 128: 'icon-dim/128.png' },
    },
    // Rebindable in chrome://extensions/shortcuts and Firefox's add-on shortcut settings.
    // The handlers (utils/background/backgroundServices.ts, onShortcut) forward to the tab.
    commands: {
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+D' }, description: '__MSG_cmdToggleSidebar__' },
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: '__MSG_cmdToggleHighlights__' },
      'next-mention': { suggested_key: { default: 'Alt+Shift+Period' }, description: '__MSG_cmdNextMention__' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+Comma' }, description: '__MSG_cmdPreviousMention__' },
    },
    web_accessible_resources: [{ resources: ['sidebar.html', 'models/*'], matches: ['http://*/*', 'https://*/*'] }],
  }),
});
