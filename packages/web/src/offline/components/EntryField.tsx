import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormElement } from '../entry-form.ts';
import type { PendingChange, ServerValue } from '../pending-queue.ts';
import { formatVietnameseNumber, parseVietnameseNumber } from '../vietnamese-number.ts';
import { ConflictNotice } from './ConflictNotice.tsx';
import { RefusalNotice } from './RefusalNotice.tsx';

type EntryFieldProps = {
  element: FormElement;
  server: ServerValue | null;
  pending: PendingChange | undefined;
  disabled: boolean;
  onValue: (value: number | null) => void;
  onKeepTheirs: (opId: string) => void;
  onKeepMine: (opId: string) => void;
  onResend: (opId: string, comment: string) => void;
  onDiscard: (opId: string) => void;
};

/**
 * One figure: a large input that takes the Vietnamese number format, saved to the phone on every
 * keystroke, and what is known about it: not synced yet, in conflict, or refused.
 */
export function EntryField({
  element,
  server,
  pending,
  disabled,
  onValue,
  onKeepTheirs,
  onKeepMine,
  onResend,
  onDiscard,
}: EntryFieldProps) {
  const { t, i18n } = useTranslation('offline');
  const id = useId();
  const shown = pending ? pending.value : (server?.value ?? null);
  const [text, setText] = useState(() => formatVietnameseNumber(shown));
  const [editing, setEditing] = useState(false);
  const [invalid, setInvalid] = useState(false);

  // A value settled from outside (a sync, a conflict decision) replaces the text, unless typing.
  useEffect(() => {
    if (!editing) {
      setText(formatVietnameseNumber(shown));
      setInvalid(false);
    }
  }, [shown, editing]);

  const label = i18n.language === 'en' ? element.nameEn : element.nameVi;
  const inConflict = pending?.state === 'conflict';
  return (
    <div className="field" data-testid={`field-${element.code}`} data-state={pending?.state ?? 'synced'}>
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <input
          id={id}
          type="text"
          inputMode={element.valueType === 'integer' ? 'numeric' : 'decimal'}
          autoComplete="off"
          value={text}
          disabled={disabled || inConflict}
          aria-invalid={invalid || undefined}
          onFocus={() => setEditing(true)}
          onBlur={() => {
            setEditing(false);
            if (!invalid) setText(formatVietnameseNumber(shown));
          }}
          onChange={(event) => {
            setText(event.target.value);
            const parsed = parseVietnameseNumber(event.target.value);
            setInvalid(!parsed.ok);
            if (parsed.ok) onValue(parsed.value);
          }}
        />
        {pending?.state === 'queued' && <span className="badge pending">{t('field.notSynced')}</span>}
      </div>
      {invalid && <p className="field-error">{t('field.invalid')}</p>}
      {pending?.state === 'conflict' && (
        <ConflictNotice
          change={pending}
          onKeepTheirs={() => onKeepTheirs(pending.opId)}
          onKeepMine={() => onKeepMine(pending.opId)}
        />
      )}
      {pending?.state === 'refused' && (
        <RefusalNotice
          change={pending}
          onResend={(comment) => onResend(pending.opId, comment)}
          onDiscard={() => onDiscard(pending.opId)}
        />
      )}
    </div>
  );
}
