// What the library could not read when it opened, said plainly: which records, why, and that they were kept
// (nothing is deleted); that the index was rebuilt; that a newer Tin Gọn wrote here. From the store's
// inspect() report (lib/storage/index-check.ts).
import type { StorageReport } from '../../lib/storage';
import { useLibrary } from './context';

const REASONS = ['not-an-object', 'unparseable', 'missing-fields', 'wrong-types', 'newer-schema'] as const;

export function StorageReportBanner({ report, onDismiss }: { report: StorageReport | null; onDismiss: () => void }) {
  const { t } = useLibrary();
  if (!report) return null;
  const newer = report.unreadable.filter((p) => p.reason === 'newer-schema').length;
  const damaged = report.unreadable.length - newer;
  const rebuilt = report.index !== 'ok';
  if (!damaged && !newer && !rebuilt && report.meta !== 'newer' && report.meta !== 'corrupt') return null;
  return (
    <div class="lib-notice lib-report" role="status" data-testid="storage-report">
      {damaged > 0 && <p>{t('report.unreadable', { count: damaged })}</p>}
      {newer > 0 && <p>{t('report.newer', { count: newer })}</p>}
      {report.meta === 'newer' && <p>{t('report.metaNewer')}</p>}
      {rebuilt && <p>{report.indexRepaired ? t('report.indexRebuilt') : t('report.indexInMemory')}</p>}
      {report.meta === 'corrupt' && <p>{t('report.metaRepaired')}</p>}
      {report.unreadable.length > 0 && (
        <details>
          <summary>{t('report.details')}</summary>
          <ul>
            {report.unreadable.map((p) => (
              <li key={p.key}>
                <code>{p.key}</code>: {REASONS.includes(p.reason) ? t(`report.reason.${p.reason}`) : p.reason} (
                {p.detail})
              </li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" class="link-button" onClick={onDismiss}>
        {t('common.close')}
      </button>
    </div>
  );
}
