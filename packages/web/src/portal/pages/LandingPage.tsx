import { Container, Stack, Text, Title } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconEyeOff,
  IconFileDescription,
  IconListNumbers,
  IconShieldCheck,
} from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EmergencyNumbers } from '../components/EmergencyNumbers.tsx';
import { InfoSection } from '../components/InfoSection.tsx';
import { SubmitCallToAction } from '../components/SubmitCallToAction.tsx';

/** What the portal is for, the emergency numbers, the informant's rights and how anonymity works. */
export function LandingPage() {
  const { t } = useTranslation('portal');
  // A link from another screen to a section (/portal/#rights-title): the section exists only
  // once React has drawn the page, after the browser looked for it.
  useEffect(() => {
    if (window.location.hash) document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
  }, []);
  return (
    <Container size="md" py={{ base: 'md', sm: 'xl' }}>
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={1} fz={{ base: 26, sm: 34 }}>
            {t('hero.title')}
          </Title>
          <Text size="md">{t('hero.lead')}</Text>
          <Text size="sm" c="dimmed">
            {t('hero.scope')}
          </Text>
        </Stack>
        <EmergencyNumbers />
        <SubmitCallToAction />
        <InfoSection
          id="what"
          title={t('what.title')}
          icon={IconFileDescription}
          points={[t('what.denunciation'), t('what.report'), t('what.form')]}
          basis={t('what.basis')}
        />
        <InfoSection
          id="handling"
          title={t('handling.title')}
          icon={IconListNumbers}
          ordered
          points={[
            t('handling.steps.receive'),
            t('handling.steps.forward'),
            t('handling.steps.resolve'),
            t('handling.steps.result'),
          ]}
          basis={t('handling.basis')}
        />
        <InfoSection
          id="rights"
          title={t('rights.title')}
          icon={IconShieldCheck}
          points={[
            t('rights.items.confidential'),
            t('rights.items.result'),
            t('rights.items.complain'),
            t('rights.items.protection'),
          ]}
          basis={t('rights.basis')}
        >
          <Text size="sm">{t('rights.duty')}</Text>
        </InfoSection>
        <InfoSection
          id="anonymity"
          title={t('anonymity.title')}
          icon={IconEyeOff}
          points={[
            t('anonymity.items.noName'),
            t('anonymity.items.receipt'),
            t('anonymity.items.secret'),
            t('anonymity.items.noIp'),
            t('anonymity.items.named'),
          ]}
        />
        <InfoSection id="in-person" title={t('inPerson.title')} icon={IconBuildingCommunity}>
          <Text size="sm">{t('inPerson.text')}</Text>
        </InfoSection>
      </Stack>
    </Container>
  );
}
