import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// One config for Chrome (MV3, what the real-browser tests load) and Firefox.
export default defineConfig({
  // A separate output folder lets parallel builds (e.g. two benchmark runs) coexist.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    // Firefox wants an add-on id and a statement of what data is collected: none.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'dramatis@dramatis.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
    name: 'Dramatis',
    description: 'Who is who in the news story in front of you. Runs entirely on your device.',
    // storage: settings; activeTab+scripting are not needed because the content
    // script is declared for http(s) pages; unlimitedStorage keeps a large library
    // from hitting the default quota.
    permissions: ['storage', 'unlimitedStorage'],
    action: { default_title: 'Dramatis: show the cast of this article' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Show or hide the Dramatis sidebar',
      },
    },
    web_accessible_resources: [{ resources: ['sidebar.html', 'models/*'], matches: ['http://*/*', 'https://*/*'] }],
  }),
});
