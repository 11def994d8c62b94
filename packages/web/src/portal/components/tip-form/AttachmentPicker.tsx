import { formatUploadSize, UPLOAD_ACCEPT, UPLOAD_LIMITS } from '@antt/shared/uploads/upload-limits';
import { Button, CloseButton, FileButton, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileText, IconMovie, IconMusic, IconPaperclip, IconPhoto, type Icon } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadType } from '@antt/shared/uploads/upload-limits';
import { isPhoto, type AttachmentProblem } from '../../tip-form/attachment-check.ts';
import { checkPicked, readPicked, type PickedAttachment } from '../../tip-form/picked-attachments.ts';

type AttachmentPickerProps = {
  picked: PickedAttachment[];
  onChange: (picked: PickedAttachment[]) => void;
};

function iconOf(type: UploadType | null): Icon {
  if (type === null) return IconPaperclip;
  if (isPhoto(type)) return IconPhoto;
  if (type === 'application/pdf') return IconFileText;
  return type.startsWith('audio/') ? IconMusic : IconMovie;
}

const PROBLEM_LIMIT: Record<AttachmentProblem, number | null> = {
  type: null,
  empty: null,
  too_large: UPLOAD_LIMITS.maxFileBytes,
  total_too_large: UPLOAD_LIMITS.maxTotalBytes,
  too_many: UPLOAD_LIMITS.maxFiles,
};

/** Photos and documents, with the limits shown up front and each file checked as it is picked. */
export function AttachmentPicker({ picked, onChange }: AttachmentPickerProps) {
  const { t } = useTranslation('portal');
  const checked = checkPicked(picked);
  // Cleared after each pick, so a file removed by mistake can be picked again.
  const resetRef = useRef<() => void>(null);

  const add = async (files: File[]) => {
    if (files.length === 0) return;
    onChange([...picked, ...(await readPicked(files))]);
    resetRef.current?.();
  };

  const problemText = (problem: AttachmentProblem) => {
    const limit = PROBLEM_LIMIT[problem];
    const max = limit === null ? '' : problem === 'too_many' ? String(limit) : formatUploadSize(limit);
    return t(`submit.files.problems.${problem}`, { max });
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" id="attachment-limits">
        {t('submit.files.limits', {
          maxFiles: UPLOAD_LIMITS.maxFiles,
          maxFile: formatUploadSize(UPLOAD_LIMITS.maxFileBytes),
          maxTotal: formatUploadSize(UPLOAD_LIMITS.maxTotalBytes),
        })}
      </Text>
      {checked.length > 0 && (
        <List spacing="xs" listStyleType="none" aria-label={t('submit.files.label')}>
          {checked.map((file) => {
            const FileIcon = iconOf(file.type);
            return (
              <List.Item key={file.key}>
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <ThemeIcon variant="light" color={file.problem ? 'red' : 'gray'} aria-hidden="true">
                    <FileIcon size={18} />
                  </ThemeIcon>
                  <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" fw={500} truncate="end">
                      {file.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatUploadSize(file.size)}
                    </Text>
                    {file.problem && (
                      <Text size="sm" c="red.8" data-testid="attachment-problem">
                        {problemText(file.problem)}
                      </Text>
                    )}
                  </Stack>
                  <CloseButton
                    aria-label={t('submit.files.remove', { name: file.name })}
                    onClick={() => onChange(picked.filter((p) => p.key !== file.key))}
                  />
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
      {checked.some((file) => file.type === 'application/pdf') && (
        <Text size="xs" c="orange.9">
          {t('submit.files.pdfNote')}
        </Text>
      )}
      <FileButton onChange={(files) => void add(files)} accept={UPLOAD_ACCEPT} multiple resetRef={resetRef}>
        {(props) => (
          <Button
            {...props}
            variant="default"
            leftSection={<IconPaperclip size={18} aria-hidden="true" />}
            aria-describedby="attachment-limits"
            w={{ base: '100%', xs: 'auto' }}
          >
            {t('submit.files.choose')}
          </Button>
        )}
      </FileButton>
    </Stack>
  );
}
