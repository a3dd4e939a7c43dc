import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Security and privacy": no host permissions, the extraction script is injected on click.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Tin Gọn',
    description: 'Bản tin gọn cho báo Việt: bài sạch, nhân vật và hiệp định, lưu trên máy của bạn.',
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus'],
    browser_specific_settings: { gecko: { id: 'tin-gon@tin-gon.local' } },
  },
});
