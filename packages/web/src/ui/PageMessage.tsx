import { Center, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A full-width notice in place of a screen (not found, not allowed). */
export function PageMessage({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Center py="xl">
      <Stack align="center" gap="xs" maw={480} ta="center">
        <Title order={1} fz="h3">
          {title}
        </Title>
        {children && <Text c="dimmed">{children}</Text>}
      </Stack>
    </Center>
  );
}
