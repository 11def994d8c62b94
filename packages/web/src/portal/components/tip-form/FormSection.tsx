import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One numbered block of the submission form. */
export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper
      component="section"
      aria-labelledby={`${id}-title`}
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
    >
      <Stack gap="md">
        <Title order={2} id={`${id}-title`} fz="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
