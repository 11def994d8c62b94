import type { TipDetailDto } from '@antt/shared';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodType } from 'zod';
import { fieldErrors } from '@/modules/api/client.ts';
import { validate, type FieldIssues } from '@/ui/forms/validate.ts';
import type { TipStep, TipStepRequests } from '../../api/tips.api.ts';
import { useTipStep } from '../../hooks/useTips.ts';

/**
 * A workflow step's form: checks the values with the step's shared schema (adding the tip's
 * version), sends it, closes on success; problems go next to their fields, the server's
 * refusal to the dialog.
 */
export function useStepForm<S extends TipStep>(
  tip: TipDetailDto,
  step: S,
  schema: ZodType<TipStepRequests[S]>,
  onDone: () => void,
) {
  const { t } = useTranslation('tips');
  const mutation = useTipStep(tip.id, step);
  const [issues, setIssues] = useState<FieldIssues<string>>({});

  const submit = (values: Record<string, unknown>) => {
    const checked = validate<TipStepRequests[S], string>(schema, { ...values, version: tip.version });
    if (!checked.ok) return setIssues(checked.issues);
    setIssues({});
    mutation.mutate(checked.data, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: t('actions.done') });
        onDone();
      },
      onError: (error) => {
        const fromServer: FieldIssues<string> = {};
        for (const f of fieldErrors(error))
          fromServer[f.path.replace(/^body\./, '').split('.')[0]!] = 'server';
        setIssues(fromServer);
      },
    });
  };

  /** The sentence under a field with a problem. */
  const problem = (field: string): string | undefined => {
    const code = issues[field];
    if (!code || code === 'server') return code ? ' ' : undefined;
    if (code === 'too_big') return t('actions.errors.tooLong');
    if (
      code === 'too_small' ||
      code === 'invalid_value' ||
      code === 'invalid_type' ||
      code === 'invalid_union'
    )
      return t('actions.errors.required');
    return t('actions.errors.date');
  };

  const reset = () => {
    setIssues({});
    mutation.reset();
  };

  return { submit, problem, pending: mutation.isPending, error: mutation.error, reset };
}
