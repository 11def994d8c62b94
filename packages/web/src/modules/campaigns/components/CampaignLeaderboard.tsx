import { CAMPAIGN_VERDICTS, type CampaignStatusDto, type CampaignVerdict } from '@antt/shared';
import { Badge, Chip, Group, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import { IconArrowBigDownLines, IconArrowBigUpLines } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  filterByVerdict,
  isPartialBoard,
  leaderboardRows,
  rankedCount,
  verdictCounts,
  type LeaderboardRow,
} from '../campaign-leaderboard.ts';
import { formatCount } from '../campaign-numbers.ts';
import { ShareBar } from './ShareBar.tsx';
import { VerdictBadge } from './VerdictBadge.tsx';

const STANDING_COLOURS = { top: 'green', bottom: 'red' } as const;

/** Where a row stands, in words and an arrow: the board's first and last few. */
function StandingMark({ standing }: { standing: NonNullable<LeaderboardRow['standing']> }) {
  const { t } = useTranslation('campaigns');
  const Icon = standing === 'top' ? IconArrowBigUpLines : IconArrowBigDownLines;
  return (
    <Badge
      size="xs"
      variant="outline"
      color={STANDING_COLOURS[standing]}
      tt="none"
      leftSection={<Icon size={12} aria-hidden="true" />}
    >
      {t(`leaderboard.${standing}`)}
    </Badge>
  );
}

type CampaignLeaderboardProps = { status: CampaignStatusDto; elementName: string };

/** Units ranked by their share of the target on the campaign's first element, filterable by verdict. */
export function CampaignLeaderboard({ status, elementName }: CampaignLeaderboardProps) {
  const { t, i18n } = useTranslation('campaigns');
  const language = i18n.language;
  const [chosen, setChosen] = useState<CampaignVerdict[]>([]);
  const all = useMemo(() => leaderboardRows(status), [status]);
  const counts = verdictCounts(all);
  const rows = filterByVerdict(all, chosen);
  const ranked = rankedCount(status);

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('leaderboard.explain', { element: elementName })}
      </Text>
      {isPartialBoard(status) && (
        <Text size="sm" fw={600}>
          {t('leaderboard.partial', { count: status.rankedUnits })}
        </Text>
      )}
      <Stack gap={6}>
        <Text size="sm" fw={600} id="leaderboard-filter">
          {t('leaderboard.filter')}
        </Text>
        <Chip.Group multiple value={chosen} onChange={(value) => setChosen(value as CampaignVerdict[])}>
          <Group gap="xs" role="group" aria-labelledby="leaderboard-filter">
            {CAMPAIGN_VERDICTS.filter((v) => counts[v] > 0).map((verdict) => (
              <Chip key={verdict} value={verdict} size="sm" variant="outline">
                {t('leaderboard.chip', { verdict: t(`verdicts.${verdict}`), count: counts[verdict] })}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Stack>
      <Table verticalSpacing="xs" data-testid="campaign-leaderboard">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56} ta="center">
              {t('leaderboard.rank')}
            </Table.Th>
            <Table.Th>{t('leaderboard.unit')}</Table.Th>
            <Table.Th visibleFrom="sm" miw={220}>
              {t('table.share')}
            </Table.Th>
            <Table.Th visibleFrom="md" ta="right">
              {t('leaderboard.figures')}
            </Table.Th>
            <Table.Th visibleFrom="sm" w={190}>
              {t('table.verdict')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const figures = t('leaderboard.figuresOf', {
              value: formatCount(row.value, language),
              target: formatCount(row.target, language),
            });
            return (
              <Table.Tr
                key={row.code}
                data-rank={row.rank ?? ''}
                data-standing={row.standing ?? ''}
                bg={row.standing ? `${STANDING_COLOURS[row.standing]}.0` : undefined}
              >
                <Table.Td ta="center">
                  <ThemeIcon
                    size={28}
                    radius="xl"
                    variant={row.standing ? 'filled' : 'light'}
                    color={row.standing ? STANDING_COLOURS[row.standing] : 'gray'}
                    aria-label={
                      row.rank === null
                        ? t('leaderboard.noRank')
                        : t('leaderboard.rankOf', { rank: row.rank, count: ranked })
                    }
                  >
                    <Text span fw={700} size="sm" data-testid="leaderboard-rank">
                      {row.rank ?? '—'}
                    </Text>
                  </ThemeIcon>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600} size="sm">
                      {row.name}
                    </Text>
                    {row.standing && <StandingMark standing={row.standing} />}
                  </Group>
                  {/* On a phone the figures and the verdict go under the name. */}
                  <Stack gap={4} mt={6} hiddenFrom="sm">
                    <ShareBar share={row.share} verdict={row.verdict} label={row.name} />
                    <Group justify="space-between" gap="xs">
                      <Text size="xs" c="dimmed">
                        {figures}
                      </Text>
                      <VerdictBadge verdict={row.verdict} size="sm" />
                    </Group>
                  </Stack>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <ShareBar share={row.share} verdict={row.verdict} label={row.name} />
                </Table.Td>
                <Table.Td visibleFrom="md" ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" c="dimmed">
                    {figures}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <VerdictBadge verdict={row.verdict} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('leaderboard.empty')}
        </Text>
      )}
    </Stack>
  );
}
