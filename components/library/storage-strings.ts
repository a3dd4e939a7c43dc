// The library's words about storage problems (the banner shown when the library opens on damaged storage,
// and the note merged with another window's edit), in Vietnamese and English.
import type { Lang } from '../../lib/i18n/index';

const vi = {
  reportUnreadable: '{count} bản tin không đọc được (dữ liệu hỏng hoặc ghi dở). Chúng vẫn được giữ nguyên trong bộ nhớ, không bị xoá.',
  reportNewer: '{count} bản tin được lưu bởi phiên bản mới hơn của Tin Gọn. Hãy cập nhật tiện ích để xem; chúng được giữ nguyên.',
  reportMetaNewer: 'Dữ liệu được lưu bởi phiên bản mới hơn của Tin Gọn: chỉ xem được, chưa lưu thay đổi được. Hãy cập nhật tiện ích.',
  reportIndexRebuilt: 'Chỉ mục thư viện bị thiếu, hỏng hoặc lệch và đã được dựng lại từ các bản tin.',
  reportIndexInMemory: 'Chỉ mục thư viện bị thiếu hoặc hỏng; danh sách được dựng lại từ các bản tin nhưng chưa ghi lại được.',
  reportMetaRepaired: 'Thông tin phiên bản dữ liệu bị hỏng và sẽ được ghi lại; không bản tin nào bị mất.',
  reportDetails: 'Chi tiết',
  close: 'Đóng',
  'reason-not-an-object': 'không phải bản tin',
  'reason-unparseable': 'dữ liệu bị cắt dở',
  'reason-missing-fields': 'thiếu trường',
  'reason-wrong-types': 'sai kiểu dữ liệu',
  'reason-newer-schema': 'phiên bản mới hơn',
  notesMerged: 'Ghi chú này vừa được sửa ở cửa sổ khác; hai bản đã được gộp, không mất chữ nào.',
};

export type StorageStringKey = keyof typeof vi;

const en: Record<StorageStringKey, string> = {
  reportUnreadable: '{count} digests could not be read (damaged or half-written data). They are kept in storage, not deleted.',
  reportNewer: '{count} digests were saved by a newer version of Tin Gọn. Update the extension to see them; they are kept as they are.',
  reportMetaNewer: 'The data was saved by a newer version of Tin Gọn: you can read it, but changes cannot be saved. Please update the extension.',
  reportIndexRebuilt: 'The library index was missing, damaged or out of step and has been rebuilt from the digests.',
  reportIndexInMemory: 'The library index was missing or damaged; the list was rebuilt from the digests but could not be written back yet.',
  reportMetaRepaired: 'The data version record was damaged and will be rewritten; no digest was lost.',
  reportDetails: 'Details',
  close: 'Close',
  'reason-not-an-object': 'not a digest',
  'reason-unparseable': 'data cut short',
  'reason-missing-fields': 'missing fields',
  'reason-wrong-types': 'wrong data types',
  'reason-newer-schema': 'newer version',
  notesMerged: 'This note was also edited in another window; both versions were merged, nothing was lost.',
};

export function storageStrings(lang: Lang): (key: StorageStringKey, vars?: Record<string, string | number>) => string {
  const table = lang === 'vi' ? vi : en;
  return (key, vars = {}) => table[key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
