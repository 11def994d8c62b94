import { Group, Text } from '@mantine/core';
import { ShieldMark } from './ShieldMark.tsx';

type BrandMarkProps = {
  /** Product name shown beside the shield, e.g. "ANTT". */
  name: string;
  size?: number;
};

/** The shield and the product name. */
export function BrandMark({ name, size = 28 }: BrandMarkProps) {
  return (
    <Group gap={8} wrap="nowrap">
      <ShieldMark size={size} />
      <Text fw={700} fz={size * 0.68} lh={1} c="dark.8" style={{ letterSpacing: '0.04em' }}>
        {name}
      </Text>
    </Group>
  );
}
