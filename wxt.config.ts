import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

const LIB_DIR = fileURLToPath(new URL('./lib/', import.meta.url));
const PERMISSIONS = ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus'];

/** A build the tests need beside the product: its own output folder and its permissions. */
interface BuildVariant {
  outDir?: string;
  permissions: string[];
}

/**
 * The product build, or a test-only variant chosen by an environment variable (never set for a shipped build):
 * - TIN_GON_TEST_QUOTA=1 (test/e2e/storage-quota.e2e.test.ts): without `unlimitedStorage`, so Chromium's real
 *   10 MB storage.local quota can be hit;
 * - WXT_TIN_GON_PROBE=1 (test/e2e/firefox-smoke.e2e.test.ts): the e2e probe compiled in (platform/e2e-probe.ts)
 *   and a host permission in place of the toolbar click no driver can make in Firefox.
 * Each variant builds into its own folder, so the product build is never replaced.
 */
function buildVariant(env: NodeJS.ProcessEnv): BuildVariant {
  if (env.TIN_GON_TEST_QUOTA === '1') {
    return { outDir: '.output-quota', permissions: PERMISSIONS.filter((p) => p !== 'unlimitedStorage') };
  }
  if (env.WXT_TIN_GON_PROBE === '1') return { outDir: '.output-probe', permissions: [...PERMISSIONS, '<all_urls>'] };
  return { permissions: PERMISSIONS };
}
const variant = buildVariant(process.env);

// See README "Security and privacy": no host permissions, the extraction script is injected on click.
export default defineConfig({
  ...(variant.outDir ? { outDir: variant.outDir } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  // The store's sources package: the code and its tests, not local test artifacts or test-only builds.
  zip: { excludeSources: ['test-results/**', '.output-quota/**', '.output-probe/**'] },
  vite: () => ({
    plugins: [preact()],
    // lib/ is pure: importing one of its modules does nothing but define it. Said to the bundler, a module whose
    // exports go unused is dropped with what it imports, so reaching lib/ through a folder's index.ts costs the
    // injected script nothing (without it, one import from lib/sanitize would bring tldts and DOMPurify).
    build: { rollupOptions: { treeshake: { moduleSideEffects: (id: string) => !id.startsWith(LIB_DIR) } } },
  }),
  hooks: {
    // WXT takes the toolbar button's tooltip from the popup's <title>; this one comes from public/_locales.
    'build:manifestGenerated': (_wxt, manifest) => {
      const action = manifest.action ?? manifest.browser_action;
      if (action) action.default_title = '__MSG_actionTitle__';
    },
    // The injected script must stay small (< 60 KB gzipped): it does not carry DOMPurify. Its HTML is
    // rebuilt by the sanitiser's allow-list there, and sanitised again, with DOMPurify, before any render.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'extract')) return;
      const stub = fileURLToPath(new URL('./platform/dompurify-off.ts', import.meta.url));
      const alias = config.resolve?.alias;
      const entries = Array.isArray(alias)
        ? alias
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [{ find: /^dompurify$/, replacement: stub }, ...entries] };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    // Name, description and titles in the browser's language (public/_locales); English elsewhere.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // activeTab + scripting: read the article only when the user clicks, uses the menu or the shortcut.
    permissions: variant.permissions,
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    commands: {
      'save-digest': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveDigest__',
      },
    },
    // Extension pages run only their own bundled scripts; article HTML is sanitised before rendering too.
    // Images of a saved digest are requested without cookies (Chromium applies this to every extension page:
    // cross-origin no-cors requests omit credentials); images still load without CORS. Checked in Chromium by
    // test/e2e/privacy.e2e.test.ts with a tracker cookie set. Firefox ignores the key (see docs/security-and-privacy.md).
    ...(manifestVersion === 3 ? { cross_origin_embedder_policy: { value: 'credentialless' } } : {}),
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'" }
        : "script-src 'self'; object-src 'self'",
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tin-gon@tin-gon.local',
              strict_min_version: '115.0',
              // Nothing leaves the machine (AMO's required declaration for new listings).
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
