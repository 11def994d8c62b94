import {
  TIP_CATEGORY_LABELS,
  TIP_STATUS_LABELS,
  type TipDetailDto,
  type TipDuplicateDto,
} from '@antt/shared';
import { Anchor, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '@/i18n/format.ts';
import { useLabel } from '@/i18n/label.ts';
import { DecideDialog } from './actions/DecideDialog.tsx';
import { DetailCard } from './DetailCard.tsx';
import { FactList } from './FactList.tsx';

type Side = {
  title: string;
  regNo: string;
  unit: string;
  category: string;
  status: string;
  receivedAt: string;
  occurredAt: string | null;
  place: string | null;
  text: string;
};

function CompareColumn({ side }: { side: Side }) {
  const { t } = useTranslation('tips');
  return (
    <Card withBorder radius="sm" padding="sm">
      <Stack gap="xs">
        <Text size="xs" c="dimmed" fw={700} tt="uppercase">
          {side.title}
        </Text>
        <Text fw={700} ff="monospace">
          {side.regNo}
        </Text>
        <FactList
          cols={1}
          facts={[
            { label: t('detail.owner'), value: side.unit },
            { label: t('detail.category'), value: side.category },
            { label: t('detail.status'), value: side.status },
            { label: t('detail.receivedAt'), value: side.receivedAt },
            { label: t('detail.occurredAt'), value: side.occurredAt ?? t('detail.notGiven') },
            { label: t('detail.commune'), value: side.place ?? t('noPlace') },
          ]}
        />
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {side.text}
        </Text>
      </Stack>
    </Card>
  );
}

/** Tips of the same category close in place and time, each comparable side by side with this one. */
export function TipDuplicates({ tip }: { tip: TipDetailDto }) {
  const { t } = useTranslation('tips');
  const format = useFormat();
  const label = useLabel();
  const [comparing, setComparing] = useState<TipDuplicateDto | null>(null);
  const [merging, setMerging] = useState<string | null>(null);
  if (tip.duplicates.length === 0) return null;
  const mayMerge = tip.allowedActions.includes('decide');

  const closeness = (d: TipDuplicateDto) =>
    [
      d.distanceMeters !== null ? t('duplicates.distance', { meters: Math.round(d.distanceMeters) }) : null,
      d.sameCommune ? t('duplicates.sameCommune') : null,
    ]
      .filter(Boolean)
      .join(' · ');

  const thisSide: Side = {
    title: t('duplicates.thisTip'),
    regNo: tip.registration.label,
    unit: tip.ownerUnit.name,
    category: label(TIP_CATEGORY_LABELS[tip.category]),
    status: label(TIP_STATUS_LABELS[tip.status]),
    receivedAt: format.dateTimeShort(tip.receivedAt),
    occurredAt: tip.occurredAt && format.dateTimeShort(tip.occurredAt),
    place: tip.place?.name ?? null,
    text: tip.description,
  };

  return (
    <DetailCard
      id="duplicates"
      title={
        <Group gap="xs">
          {t('duplicates.title')}
          <Badge color="orange" variant="light" radius="sm">
            {tip.duplicates.length}
          </Badge>
        </Group>
      }
    >
      <Text size="xs" c="dimmed">
        {t('duplicates.hint')}
      </Text>
      {tip.duplicates.map((d) => (
        <Card key={d.id} withBorder radius="sm" padding="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Stack gap={2} miw={0}>
              <Anchor component={Link} to={`/tips/${d.id}`} fw={700} ff="monospace">
                {d.registrationLabel}
              </Anchor>
              <Text size="xs" c="dimmed">
                {d.ownerUnit.name} · {format.dayOf(d.receivedAt)}
                {closeness(d) && ` · ${closeness(d)}`}
              </Text>
              <Text size="sm" lineClamp={2}>
                {d.excerpt}
              </Text>
            </Stack>
            <Button size="xs" variant="light" onClick={() => setComparing(d)}>
              {t('duplicates.compare')}
            </Button>
          </Group>
        </Card>
      ))}
      <Modal
        opened={comparing !== null}
        onClose={() => setComparing(null)}
        size="xl"
        title={
          comparing &&
          t('duplicates.compareTitle', { a: tip.registration.label, b: comparing.registrationLabel })
        }
        centered
      >
        {comparing && (
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <CompareColumn side={thisSide} />
              <CompareColumn
                side={{
                  title: `${t('duplicates.otherTip')}${closeness(comparing) ? ` — ${closeness(comparing)}` : ''}`,
                  regNo: comparing.registrationLabel,
                  unit: comparing.ownerUnit.name,
                  category: label(TIP_CATEGORY_LABELS[comparing.category]),
                  status: label(TIP_STATUS_LABELS[comparing.status]),
                  receivedAt: format.dateTimeShort(comparing.receivedAt),
                  occurredAt: comparing.occurredAt && format.dateTimeShort(comparing.occurredAt),
                  place: comparing.place?.name ?? null,
                  text: comparing.excerpt,
                }}
              />
            </SimpleGrid>
            <Group justify="flex-end" gap="sm">
              <Button
                component={Link}
                to={`/tips/${comparing.id}`}
                variant="default"
                onClick={() => setComparing(null)}
              >
                {t('duplicates.open')}
              </Button>
              {mayMerge && (
                <Button
                  color="orange"
                  onClick={() => {
                    setMerging(comparing.id);
                    setComparing(null);
                  }}
                >
                  {t('duplicates.mergeInto')}
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </Modal>
      {merging && <DecideDialog tip={tip} opened mergeInto={merging} onClose={() => setMerging(null)} />}
    </DetailCard>
  );
}
