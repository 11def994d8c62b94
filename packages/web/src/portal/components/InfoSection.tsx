import { Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

type InfoSectionProps = {
  id: string;
  title: string;
  icon: Icon;
  /** Bulleted points, each one sentence or two. */
  points?: string[];
  /** Numbered steps instead of bullets. */
  ordered?: boolean;
  children?: ReactNode;
  /** The legal source, shown small under the text. */
  basis?: string;
};

/** One block of the landing page: a titled card with points and, where it applies, its legal basis. */
export function InfoSection({
  id,
  title,
  icon: SectionIcon,
  points,
  ordered,
  children,
  basis,
}: InfoSectionProps) {
  return (
    <Paper
      component="section"
      aria-labelledby={`${id}-title`}
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
    >
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" size="md" radius="sm" aria-hidden="true" style={{ flex: 'none' }}>
            <SectionIcon size={18} />
          </ThemeIcon>
          <Title order={2} id={`${id}-title`} fz="h4" lh={1.35}>
            {title}
          </Title>
        </Group>
        {points && (
          <List type={ordered ? 'ordered' : 'unordered'} spacing="xs" size="sm" withPadding>
            {points.map((point) => (
              <List.Item key={point}>{point}</List.Item>
            ))}
          </List>
        )}
        {children}
        {basis && (
          <Text size="xs" c="dimmed" fs="italic">
            {basis}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
