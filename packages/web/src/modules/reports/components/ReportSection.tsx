import type { ReportSectionKey, ReportSectionVersionDto } from '@antt/shared';
import { Alert, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHistory, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { QueryState } from '@/ui/QueryState.tsx';
import { useEditSection, useSectionVersions } from '../hooks/useReports.ts';

type ReportSectionProps = {
  reportId: string;
  sectionKey: ReportSectionKey;
  /** The latest version; undefined for a section the report has none of yet. */
  latest: ReportSectionVersionDto | undefined;
  mayEdit: boolean;
};

const paragraphsOf = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

/** One narrative section: its text, "Sửa" → a new version, and "Các phiên bản" with who wrote each and when. */
export function ReportSection({ reportId, sectionKey, latest, mayEdit }: ReportSectionProps) {
  const { t } = useTranslation(['reports', 'common']);
  const format = useFormat();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState<string | null>(null);
  const [showVersions, setShowVersions] = useState(false);
  const edit = useEditSection(reportId, sectionKey);
  const versions = useSectionVersions(reportId, sectionKey, showVersions);
  const title = t(`sectionTitles.${sectionKey}`);

  const save = () => {
    if (draft === null) return;
    edit.mutate(draft, {
      onSuccess: () => {
        setDraft(null);
        notifications.show({ color: 'green', message: t('view.saved') });
      },
    });
  };

  return (
    <Card withBorder radius="md" padding="md" data-testid={`report-section-${sectionKey}`}>
      <Group justify="space-between" align="flex-start" mb="xs" gap="xs">
        <Stack gap={0}>
          <Title order={3} fz="h4">
            {title}
          </Title>
          {latest && (
            <Text size="xs" c="dimmed">
              {t('view.version', { version: latest.version })} ·{' '}
              {t('view.versionBy', { by: latest.editedBy, at: format.dateTimeShort(latest.editedAt) })}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          {mayEdit && draft === null && (
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPencil size={16} aria-hidden="true" />}
              onClick={() => setDraft(latest?.text ?? '')}
              aria-label={`${t('view.edit')}: ${title}`}
            >
              {t('view.edit')}
            </Button>
          )}
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconHistory size={16} aria-hidden="true" />}
            onClick={() => setShowVersions((shown) => !shown)}
            aria-expanded={showVersions}
            aria-label={`${showVersions ? t('view.hideVersions') : t('view.versions')}: ${title}`}
          >
            {showVersions ? t('view.hideVersions') : t('view.versions')}
          </Button>
        </Group>
      </Group>

      {draft === null ? (
        <Stack gap={6}>
          {paragraphsOf(latest?.text ?? '').map((paragraph, i) => (
            <Text key={i} size="sm" style={{ textAlign: 'justify' }}>
              {paragraph}
            </Text>
          ))}
        </Stack>
      ) : (
        <Stack gap="xs">
          <Textarea
            label={t('view.editLabel', { title })}
            description={t('view.editHint')}
            autosize
            minRows={5}
            maxRows={20}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
          />
          {edit.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(edit.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setDraft(null)} disabled={edit.isPending}>
              {t('common:actions.cancel')}
            </Button>
            <Button onClick={save} loading={edit.isPending} disabled={draft.trim() === ''}>
              {t('view.save')}
            </Button>
          </Group>
        </Stack>
      )}

      {showVersions && (
        <Stack gap="xs" mt="sm" data-testid={`report-versions-${sectionKey}`}>
          <QueryState
            isPending={versions.isPending}
            error={versions.error}
            onRetry={() => void versions.refetch()}
          />
          {[...(versions.data ?? [])].reverse().map((version) => (
            <Card key={version.version} withBorder radius="sm" padding="sm" bg="var(--mantine-color-gray-0)">
              <Group gap="xs" mb={4}>
                <Text size="sm" fw={600}>
                  {t('view.version', { version: version.version })}
                </Text>
                {version.version === 1 && (
                  <Badge size="sm" variant="light" color="gray">
                    {t('view.generated')}
                  </Badge>
                )}
                {version.version === latest?.version && (
                  <Badge size="sm" variant="light" color="blue">
                    {t('view.current')}
                  </Badge>
                )}
                <Text size="xs" c="dimmed">
                  {t('view.versionBy', { by: version.editedBy, at: format.dateTimeShort(version.editedAt) })}
                </Text>
              </Group>
              {paragraphsOf(version.text).map((paragraph, i) => (
                <Text key={i} size="xs" style={{ textAlign: 'justify' }}>
                  {paragraph}
                </Text>
              ))}
            </Card>
          ))}
        </Stack>
      )}
    </Card>
  );
}
