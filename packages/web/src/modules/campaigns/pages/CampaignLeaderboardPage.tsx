import { Card } from '@mantine/core';
import { CampaignLeaderboard } from '../components/CampaignLeaderboard.tsx';
import { CampaignShell } from '../components/CampaignShell.tsx';
import { useElementNames } from '../hooks/useDataElements.ts';

/** A campaign's leaderboard, at its own address so a leader can send it round. */
export function CampaignLeaderboardPage() {
  const names = useElementNames();
  return (
    <CampaignShell view="leaderboard">
      {(status) => (
        <Card withBorder radius="md" padding="md">
          <CampaignLeaderboard
            status={status}
            elementName={names.long(status.campaign.elements[0]?.element ?? '')}
          />
        </Card>
      )}
    </CampaignShell>
  );
}
