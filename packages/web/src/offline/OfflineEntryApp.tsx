import { useTranslation } from 'react-i18next';
import { messageInLanguage } from '@/modules/api/message-in-language.ts';
import { DayPicker } from './components/DayPicker.tsx';
import { EntryField } from './components/EntryField.tsx';
import { StatusBar } from './components/StatusBar.tsx';
import { pendingFor } from './pending-queue.ts';
import { useOfflineEntry } from './useOfflineEntry.ts';

/** Where the staff sign-in sends the officer back to. */
const SIGN_IN = '/sign-in?next=%2Fnhap-lieu%2F';

/** The offline-capable Project 06 entry page for a commune officer's phone. */
export function OfflineEntryApp() {
  const { t, i18n } = useTranslation('offline');
  const entry = useOfflineEntry();
  const { form, queue, officer } = entry;

  return (
    <main className="page" data-phase={entry.phase} data-queue-saved={entry.queueSaved}>
      <header className="header">
        <div>
          <h1>{t('title')}</h1>
          {officer && (
            <p className="subtitle">
              {officer.unit.name} · {t('officer', { name: officer.displayName })}
            </p>
          )}
        </div>
        <button
          type="button"
          className="link-button"
          onClick={() => void i18n.changeLanguage(i18n.language === 'en' ? 'vi' : 'en')}
        >
          {t('language')}
        </button>
      </header>

      {entry.phase === 'signed-out' && (
        <section className="notice">
          <p className="notice-title">{t('signedOut.title')}</p>
          <p>{t('signedOut.body')}</p>
          {queue.length > 0 && <p>{t('signedOut.kept', { count: queue.length })}</p>}
          <a className="button primary" href={SIGN_IN}>
            {t('signedOut.link')}
          </a>
        </section>
      )}
      {entry.phase === 'first-visit-offline' && <p className="notice">{t('firstVisitOffline')}</p>}
      {entry.phase === 'no-unit' && <p className="notice">{t('noUnit')}</p>}
      {entry.problem && (
        <p className="notice refused" role="alert">
          {t(entry.problem.kind === 'load' ? 'loadFailed' : 'syncFailed', {
            message: messageInLanguage(entry.problem.message, i18n.language),
          })}
        </p>
      )}

      {entry.phase === 'ready' && (
        <>
          <StatusBar
            connection={entry.connection}
            lastSyncAt={entry.lastSyncAt}
            unsynced={queue.length}
            needsDecision={queue.filter((change) => change.state !== 'queued').length}
            syncing={entry.syncing}
            onSyncNow={entry.syncNow}
          />
          <DayPicker day={entry.day} onDay={entry.setDay} />
          {form === null && <p className="notice">{t('noElements')}</p>}
          {form && form.loadedAt === null && <p className="notice info">{t('notLoaded')}</p>}
          {form && form.approvalState === 'approved' && <p className="notice info">{t('locked')}</p>}
          {form && !form.canEnter && form.approvalState !== 'approved' && (
            <p className="notice info">{t('cannotEnter')}</p>
          )}
          {form && (
            <form className="fields" onSubmit={(event) => event.preventDefault()}>
              {form.elements.map((element) => (
                <EntryField
                  key={`${form.period}|${element.code}`}
                  element={element}
                  server={form.values[element.code] ?? null}
                  pending={pendingFor(queue, {
                    element: element.code,
                    unit: form.unit.code,
                    period: form.period,
                  })}
                  disabled={!form.canEnter}
                  onValue={(value) => entry.enter(element.code, value)}
                  onKeepTheirs={entry.keepTheirs}
                  onKeepMine={entry.keepMine}
                  onResend={entry.resendWithComment}
                  onDiscard={entry.discard}
                />
              ))}
            </form>
          )}
        </>
      )}
    </main>
  );
}
