import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type Fact = { label: string; value: ReactNode; wide?: boolean };

/** Label-over-value pairs in a grid; empty values are left out. */
export function FactList({ facts, cols = 2 }: { facts: Fact[]; cols?: number }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: cols }} spacing="sm" verticalSpacing="sm">
      {facts
        .filter((f) => f.value !== null && f.value !== undefined && f.value !== '')
        .map((fact) => (
          <Stack gap={0} key={fact.label} style={fact.wide ? { gridColumn: '1 / -1' } : undefined}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {fact.label}
            </Text>
            <Text size="sm" component="div">
              {fact.value}
            </Text>
          </Stack>
        ))}
    </SimpleGrid>
  );
}
