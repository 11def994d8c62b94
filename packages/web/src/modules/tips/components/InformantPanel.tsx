import { REVEAL_REASON_MIN_LENGTH, revealInformantRequestSchema, type TipDetailDto } from '@antt/shared';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconEyeOff, IconLock, IconUserSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { useRevealInformant } from '../hooks/useTips.ts';
import { DetailCard } from './DetailCard.tsx';
import { FactList } from './FactList.tsx';

/**
 * The informant's identity stays hidden; the handling officer or a leader may see it after
 * stating a reason (BLTTHS art. 56: the informant's name and address are kept secret). The
 * answer lives in this component's memory only and every reveal is audited.
 */
export function InformantPanel({ tip }: { tip: TipDetailDto }) {
  const { t } = useTranslation(['tips', 'common']);
  const errorMessage = useErrorMessage();
  const reveal = useRevealInformant(tip.id);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [short, setShort] = useState(false);
  const mayReveal = tip.allowedActions.includes('reveal_informant');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = revealInformantRequestSchema.safeParse({ reason });
    if (!checked.success) return setShort(true);
    setShort(false);
    reveal.mutate(checked.data.reason, {
      onSuccess: () => {
        setAsking(false);
        setReason('');
      },
    });
  };

  if (!tip.informantIdentified) {
    return (
      <DetailCard id="informant" title={t('informant.title')}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconEyeOff size={18} aria-hidden="true" style={{ flex: 'none', marginTop: 2 }} />
          <Text size="sm">{t('informant.anonymous')}</Text>
        </Group>
      </DetailCard>
    );
  }

  const identity = reveal.data;
  return (
    <DetailCard id="informant" title={t('informant.title')}>
      {identity ? (
        <>
          <FactList
            cols={1}
            facts={[
              { label: t('informant.fullName'), value: identity.fullName },
              { label: t('informant.phone'), value: identity.phone },
              { label: t('informant.email'), value: identity.email },
              { label: t('informant.idNumber'), value: identity.idNumber },
              { label: t('informant.address'), value: identity.address },
            ]}
          />
          <Text size="xs" c="dimmed">
            {t('informant.logged')}
          </Text>
          <Button
            variant="default"
            size="xs"
            onClick={() => reveal.reset()}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('informant.hide')}
          </Button>
        </>
      ) : (
        <>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconLock size={18} aria-hidden="true" style={{ flex: 'none', marginTop: 2 }} />
            <Text size="sm">{t('informant.hidden')}</Text>
          </Group>
          {mayReveal ? (
            <Button
              variant="light"
              color="orange"
              leftSection={<IconUserSearch size={18} aria-hidden="true" />}
              onClick={() => setAsking(true)}
            >
              {t('informant.reveal')}
            </Button>
          ) : (
            <Text size="xs" c="dimmed">
              {t('informant.notAllowed')}
            </Text>
          )}
        </>
      )}
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('informant.reasonTitle')} centered>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="sm">
            <Textarea
              label={t('informant.reasonTitle')}
              description={t('informant.reasonHint', { min: REVEAL_REASON_MIN_LENGTH })}
              required
              autosize
              minRows={3}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={short ? t('informant.reasonShort', { min: REVEAL_REASON_MIN_LENGTH }) : undefined}
              data-autofocus
            />
            {reveal.error && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(reveal.error)}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(false)}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" color="orange" loading={reveal.isPending}>
                {t('informant.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </DetailCard>
  );
}
