import type { CampaignStatusDto } from '@antt/shared';
import { Card, Group, RingProgress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount, formatShareOfTarget } from '../campaign-numbers.ts';
import { VERDICT_COLOURS } from '../campaign-verdict.ts';
import type { ElementNames } from '../hooks/useDataElements.ts';
import { VerdictBadge } from './VerdictBadge.tsx';

/** The province's progress on each element of the campaign: a ring of the share of target, the figures, the verdict. */
export function ElementProgressCards({ status, names }: { status: CampaignStatusDto; names: ElementNames }) {
  const { t, i18n } = useTranslation('campaigns');
  const language = i18n.language;
  return (
    <SimpleGrid
      cols={{
        base: 1,
        sm: Math.min(2, status.total.progress.length),
        lg: Math.min(3, status.total.progress.length),
      }}
      spacing="md"
    >
      {status.total.progress.map((p) => {
        const share = formatShareOfTarget(p.share, language);
        return (
          <Card key={p.element} withBorder radius="md" padding="md" data-testid="element-progress">
            <Group wrap="nowrap" gap="md" align="center">
              <RingProgress
                size={96}
                thickness={10}
                roundCaps
                sections={[
                  {
                    value: Math.min(100, Math.max(0, (p.share ?? 0) * 100)),
                    color: VERDICT_COLOURS[p.verdict],
                  },
                ]}
                label={
                  <>
                    <Text ta="center" fw={700} size="sm" lh={1.2}>
                      {share}
                    </Text>
                    <Text ta="center" size="xs" c="dimmed" lh={1.2}>
                      {t('share.caption')}
                    </Text>
                  </>
                }
                aria-label={t('share.label', { name: names.long(p.element), share })}
              />
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Text fw={600} size="sm" lh={1.3}>
                  {names.long(p.element)}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('card.reached', {
                    value: formatCount(p.value, language),
                    target: formatCount(p.target, language),
                  })}
                </Text>
                <div>
                  <VerdictBadge verdict={p.verdict} />
                </div>
              </Stack>
            </Group>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
