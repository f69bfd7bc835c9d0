/** Messages from main (store reset, policy problems, …), each dismissible; worded here by kind, never in main's English. */
import { useTranslation } from 'react-i18next';
import { noticeKey } from '../../i18n/main-codes';
import { useAppStore } from '../../stores/app';

/** The notice list under the header. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((state) => state.notices);
  const dismiss = useAppStore((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t('notices.label')}>
      {notices.map((notice) => (
        <div key={notice.id} className={`banner notice notice-${notice.level}`} role={notice.level === 'error' ? 'alert' : 'status'} data-testid="notice" data-kind={notice.kind}>
          <p>{t(noticeKey(notice.kind))}</p>
          <button type="button" className="link-button" onClick={() => dismiss(notice.id)} aria-label={`${t('common.dismiss')}: ${t(noticeKey(notice.kind))}`}>
            {t('common.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
