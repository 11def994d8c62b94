import {
  campaignListSchema,
  campaignStatusSchema,
  campaignSummarySchema,
  campaignTargetsInputSchema,
  dataElementListSchema,
  dataSetListSchema,
  type CampaignInput,
  type CampaignStatusDto,
  type CampaignSummary,
  type DataElement,
  type DataSet,
} from '@antt/shared';
import type { z } from 'zod';
import { api } from '@/modules/api/client.ts';

// The campaigns' API (packages/server/src/routes/campaign.routes.ts), and the data elements
// and sets a campaign is built from (names for the screens, choices for the form).

export function listCampaigns(): Promise<CampaignSummary[]> {
  return api.get('/api/campaigns', { schema: campaignListSchema }).then((list) => list.items);
}

/** The progress of a campaign on a day (YYYY-MM-DD; today when absent). */
export function campaignStatus(id: string, asOf?: string): Promise<CampaignStatusDto> {
  return api.get(`/api/campaigns/${encodeURIComponent(id)}`, {
    query: { asOf },
    schema: campaignStatusSchema,
  });
}

export function createCampaign(input: CampaignInput): Promise<CampaignSummary> {
  return api.post('/api/campaigns', input, { schema: campaignSummarySchema });
}

export function listDataElements(): Promise<DataElement[]> {
  return api.get('/api/data-elements', { schema: dataElementListSchema }).then((list) => list.items);
}

export function listDataSets(): Promise<DataSet[]> {
  return api.get('/api/datasets', { schema: dataSetListSchema }).then((list) => list.items);
}

export type CampaignTargetsInput = z.infer<typeof campaignTargetsInputSchema>;

/** Explicit targets for some units (null puts a unit back on the population-based default). */
export function setCampaignTargets(id: string, input: CampaignTargetsInput): Promise<CampaignStatusDto> {
  return api.put(`/api/campaigns/${encodeURIComponent(id)}/targets`, input, { schema: campaignStatusSchema });
}
