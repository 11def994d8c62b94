import type { CitizenTipView, PortalTipCredentials } from '@antt/shared/tips/tip-portal.schemas';
import { Container, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lookUpTip, replyToUnit } from '../api/tips.api.ts';
import { usePortalErrorMessage } from '../api/usePortalErrorMessage.ts';
import { BackLink } from '../components/BackLink.tsx';
import { TipStatusView } from '../components/track/TipStatusView.tsx';
import { TrackForm } from '../components/track/TrackForm.tsx';

type Opened = { credentials: PortalTipCredentials; view: CitizenTipView };

/**
 * "Tra cứu": the receipt's two codes open the tip's public view. The codes stay in this page's
 * memory only (not in the URL, not in storage), and "leave" forgets them.
 */
export function TrackTipPage() {
  const { t } = useTranslation('portal');
  const errorMessage = usePortalErrorMessage();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [pending, setPending] = useState<'lookup' | 'reply' | 'refresh' | null>(null);
  const [lookupError, setLookupError] = useState<string | null>(null);
  const [replyError, setReplyError] = useState<string | null>(null);

  const lookUp = async (credentials: PortalTipCredentials, mode: 'lookup' | 'refresh') => {
    setPending(mode);
    setLookupError(null);
    try {
      setOpened({ credentials, view: await lookUpTip(credentials) });
    } catch (error) {
      setLookupError(errorMessage(error));
      if (mode === 'refresh') setOpened(null);
    } finally {
      setPending(null);
    }
  };

  const reply = async (body: string): Promise<boolean> => {
    if (!opened) return false;
    setPending('reply');
    setReplyError(null);
    try {
      setOpened({ credentials: opened.credentials, view: await replyToUnit(opened.credentials, body) });
      return true;
    } catch (error) {
      setReplyError(errorMessage(error));
      return false;
    } finally {
      setPending(null);
    }
  };

  return (
    <Container size="sm" py={{ base: 'md', sm: 'xl' }}>
      <Stack gap="lg">
        <BackLink />
        <Stack gap="xs">
          <Title order={1} fz={{ base: 24, sm: 30 }}>
            {t('track.title')}
          </Title>
          {!opened && (
            <Text size="sm" c="dimmed">
              {t('track.lead')}
            </Text>
          )}
        </Stack>
        {opened ? (
          <TipStatusView
            view={opened.view}
            onReply={reply}
            replying={pending === 'reply'}
            replyError={replyError}
            onRefresh={() => void lookUp(opened.credentials, 'refresh')}
            refreshing={pending === 'refresh'}
            onClose={() => {
              setOpened(null);
              setReplyError(null);
            }}
          />
        ) : (
          <TrackForm
            onLookUp={(credentials) => void lookUp(credentials, 'lookup')}
            pending={pending === 'lookup'}
            error={lookupError}
          />
        )}
      </Stack>
    </Container>
  );
}
