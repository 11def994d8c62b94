import { Alert, List, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { messageInLanguage } from '@/modules/api/message-in-language.ts';
import { cellOf, type CellKey } from '../entry-grid.ts';
import type { RefusedCell } from '../refused-values.ts';

type RefusedValuesListProps = {
  refused: RefusedCell[];
  /** The cell's day and element as the grid names them. */
  cellName: (key: CellKey) => { day: string; element: string };
  comments: ReadonlyMap<CellKey, string>;
  onComment: (key: CellKey, comment: string) => void;
};

/**
 * Why the batch was refused, value by value; an unusual value gets a box for its reason, which
 * goes with the value on the next save.
 */
export function RefusedValuesList({ refused, cellName, comments, onComment }: RefusedValuesListProps) {
  const { t, i18n } = useTranslation('datasets');
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle size={18} />}
      title={t('save.refusedTitle', { count: refused.length })}
      data-testid="refused-values"
    >
      <Stack gap="xs">
        <Text size="sm">{t('save.refusedHint')}</Text>
        <List size="sm" spacing={6}>
          {refused.map((problem) => {
            const message = messageInLanguage(problem.message, i18n.language);
            const { day, element } = cellName(problem.key);
            // Most rules name the element themselves; the day is always said.
            const place = message.includes(element) ? day : `${day} · ${element}`;
            return (
              <List.Item key={problem.key} data-period={cellOf(problem.key).period}>
                <Text span fw={600} size="sm">
                  {place}:
                </Text>{' '}
                {message}
                {problem.rule === 'outlier_needs_comment' && (
                  <TextInput
                    mt={4}
                    size="xs"
                    maw={480}
                    label={t('save.commentLabel')}
                    placeholder={t('save.commentPlaceholder')}
                    value={comments.get(problem.key) ?? ''}
                    onChange={(e) => onComment(problem.key, e.currentTarget.value)}
                  />
                )}
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Alert>
  );
}
