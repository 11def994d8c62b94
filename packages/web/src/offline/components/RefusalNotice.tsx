import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageInLanguage } from '@/modules/api/message-in-language.ts';
import type { PendingChange } from '../pending-queue.ts';

type RefusalNoticeProps = {
  change: PendingChange;
  onResend: (comment: string) => void;
  onDiscard: () => void;
};

/** The server refused the figure by a rule: its reason, and for an outlier a place to explain it. */
export function RefusalNotice({ change, onResend, onDiscard }: RefusalNoticeProps) {
  const { t, i18n } = useTranslation('offline');
  const [comment, setComment] = useState('');
  const needsComment = change.refusal?.rule === 'outlier_needs_comment';
  const commentId = `comment-${change.element}`;
  return (
    <div className="notice refused" role="alert" data-testid={`refused-${change.element}`}>
      <p className="notice-title">{t('refused.title')}</p>
      <p>{messageInLanguage(change.refusal?.message ?? '', i18n.language)}</p>
      {needsComment && (
        <>
          <label htmlFor={commentId}>{t('refused.commentLabel')}</label>
          <textarea id={commentId} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
        </>
      )}
      <div className="notice-actions">
        <button type="button" className="button" onClick={onDiscard}>
          {t('refused.discard')}
        </button>
        {needsComment && (
          <button
            type="button"
            className="button primary"
            disabled={comment.trim() === ''}
            onClick={() => onResend(comment.trim())}
          >
            {t('refused.resend')}
          </button>
        )}
      </div>
    </div>
  );
}
