// What the library could not read when it opened, said plainly: which records, why, and that they were kept
// (nothing is deleted); that the index was rebuilt; that a newer Tin Gọn wrote here. From the store's
// inspect() report (lib/storage/index-check.ts).
import type { StorageReport } from '../../lib/storage/digest-store';
import { useLibrary } from './context';
import { storageStrings } from './storage-strings';

const REASONS = ['not-an-object', 'unparseable', 'missing-fields', 'wrong-types', 'newer-schema'] as const;

export function StorageReportBanner({ report, onDismiss }: { report: StorageReport | null; onDismiss: () => void }) {
  const t = storageStrings(useLibrary().lang);
  if (!report) return null;
  const newer = report.unreadable.filter((p) => p.reason === 'newer-schema').length;
  const damaged = report.unreadable.length - newer;
  const rebuilt = report.index !== 'ok';
  if (!damaged && !newer && !rebuilt && report.meta !== 'newer' && report.meta !== 'corrupt') return null;
  return (
    <div class="lib-notice lib-report" role="status" data-testid="storage-report">
      {damaged > 0 && <p>{t('reportUnreadable', { count: damaged })}</p>}
      {newer > 0 && <p>{t('reportNewer', { count: newer })}</p>}
      {report.meta === 'newer' && <p>{t('reportMetaNewer')}</p>}
      {rebuilt && <p>{report.indexRepaired ? t('reportIndexRebuilt') : t('reportIndexInMemory')}</p>}
      {report.meta === 'corrupt' && <p>{t('reportMetaRepaired')}</p>}
      {report.unreadable.length > 0 && (
        <details>
          <summary>{t('reportDetails')}</summary>
          <ul>
            {report.unreadable.map((p) => (
              <li key={p.key}>
                <code>{p.key}</code>: {REASONS.includes(p.reason) ? t(`reason-${p.reason}`) : p.reason} ({p.detail})
              </li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" class="link-button" onClick={onDismiss}>
        {t('close')}
      </button>
    </div>
  );
}
