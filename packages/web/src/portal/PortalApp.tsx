import { Box } from '@mantine/core';
import { PortalFooter } from './components/PortalFooter.tsx';
import { PortalHeader } from './components/PortalHeader.tsx';
import { LandingPage } from './pages/LandingPage.tsx';

export function PortalApp() {
  return (
    <Box bg="gray.0" mih="100dvh">
      <PortalHeader />
      <Box component="main">
        <LandingPage />
      </Box>
      <PortalFooter />
    </Box>
  );
}
