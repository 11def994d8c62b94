import { Anchor, Badge, Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { SignInForm } from '@/modules/auth/components/SignInForm.tsx';
import { useSession } from '@/modules/auth/hooks/useSession.ts';
import { BrandMark } from '@/ui/BrandMark.tsx';
import { LanguageSwitch } from '@/ui/LanguageSwitch.tsx';
import { isOwnBundlePath, safeNextPath } from '../safe-next-path.ts';

/** Leaves the staff app for a page of another bundle (the offline entry page). */
function LoadPage({ path }: { path: string }) {
  useEffect(() => window.location.replace(path), [path]);
  return null;
}

export function SignInPage() {
  const { t } = useTranslation(['auth', 'common']);
  const session = useSession();
  const [params] = useSearchParams();
  if (session.data?.user) {
    const next = safeNextPath(params.get('next'));
    return isOwnBundlePath(next) ? <LoadPage path={next} /> : <Navigate to={next} replace />;
  }

  return (
    <Box mih="100dvh" bg="gray.1" px="md" py="xl">
      <Group justify="flex-end" maw={440} mx="auto" mb="lg">
        <LanguageSwitch />
      </Group>
      <Center>
        <Stack w="100%" maw={440} gap="lg">
          <Stack gap={6} align="center" ta="center">
            <BrandMark name={t('common:appName')} size={44} />
            <Text fw={600} c="dark.6">
              {t('common:organisation')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('common:productDescription')}
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }}>
            <Stack gap="lg">
              <Group justify="space-between" align="center">
                <Title order={1} fz="h2">
                  {t('title')}
                </Title>
                {session.data?.demo && (
                  <Badge color="orange" variant="light" size="lg" radius="sm">
                    {t('common:demoMode')}
                  </Badge>
                )}
              </Group>
              <SignInForm />
            </Stack>
          </Paper>
          <Text size="sm" c="dimmed" ta="center">
            {t('citizenPrompt')}{' '}
            <Anchor href="/portal/" fw={500}>
              {t('citizenLink')}
            </Anchor>
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
