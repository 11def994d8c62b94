import { Box } from '@mantine/core';
import { PortalFooter } from './components/PortalFooter.tsx';
import { PortalHeader } from './components/PortalHeader.tsx';
import { LandingPage } from './pages/LandingPage.tsx';
import { SubmitTipPage } from './pages/SubmitTipPage.tsx';
import { TrackTipPage } from './pages/TrackTipPage.tsx';
import { usePortalRoute } from './routing/usePortalRoute.ts';

export function PortalApp() {
  const route = usePortalRoute();
  return (
    <Box bg="gray.0" mih="100dvh">
      <PortalHeader />
      <Box component="main">
        {route === 'submit' && <SubmitTipPage />}
        {route === 'track' && <TrackTipPage />}
        {route === 'home' && <LandingPage />}
      </Box>
      <PortalFooter />
    </Box>
  );
}
