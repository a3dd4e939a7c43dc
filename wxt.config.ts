import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// Test-only variant (test/e2e/storage-quota.e2e.test.ts): without `unlimitedStorage`, so Chromium's real
// 10 MB storage.local quota can be hit. Built into its own folder so the normal build is never replaced.
const QUOTA_TEST = process.env.TIN_GON_TEST_QUOTA === '1';
const PERMISSIONS = ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus'];
// Test-only variant (test/e2e/firefox-smoke.e2e.test.ts): the e2e probe compiled in (platform/e2e-probe.ts)
// and a host permission in place of the toolbar click no driver can make in Firefox; its own folder too.
const PROBE_TEST = process.env.WXT_TIN_GON_PROBE === '1';

// See README "Security and privacy": no host permissions, the extraction script is injected on click.
export default defineConfig({
  ...(QUOTA_TEST ? { outDir: '.output-quota' } : PROBE_TEST ? { outDir: '.output-probe' } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  // The store's sources package: the code and its tests, not local test artifacts or test-only builds.
  zip: { excludeSources: ['test-results/**', '.output-quota/**', '.output-probe/**'] },
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The injected script must stay small (< 60 KB gzipped): it does not carry DOMPurify. Its HTML is
    // rebuilt by the sanitiser's allow-list there, and sanitised again, with DOMPurify, before any render.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === 'extract')) return;
      const stub = fileURLToPath(new URL('./platform/dompurify-off.ts', import.meta.url));
      const alias = config.resolve?.alias;
      const entries = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [{ find: /^dompurify$/, replacement: stub }, ...entries] };
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Tin Gọn',
    description: 'Bản tin gọn cho báo Việt: bài sạch, nhân vật và hiệp định, lưu trên máy của bạn.',
    // activeTab + scripting: read the article only when the user clicks, uses the menu or the shortcut.
    permissions: QUOTA_TEST ? PERMISSIONS.filter((p) => p !== 'unlimitedStorage') : PROBE_TEST ? [...PERMISSIONS, '<all_urls>'] : PERMISSIONS,
    // WXT turns `action` into browser_action for Firefox's MV2 build.
    action: { default_title: 'Tin Gọn: bản tin gọn / digest this article' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    commands: {
      'save-digest': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Lưu bản tin / Save digest',
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
