import type { CampaignInput } from '@antt/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  campaignStatus,
  createCampaign,
  listCampaigns,
  setCampaignTargets,
  type CampaignTargetsInput,
} from '../api/campaigns.api.ts';

export const CAMPAIGNS_KEY = ['campaigns'] as const;

export function useCampaignList() {
  return useQuery({ queryKey: [...CAMPAIGNS_KEY, 'list'], queryFn: listCampaigns });
}

/** A campaign's progress on a day (YYYY-MM-DD), today when none is given. */
export function useCampaignStatus(id: string, asOf?: string) {
  return useQuery({
    queryKey: [...CAMPAIGNS_KEY, 'status', id, asOf ?? 'today'],
    queryFn: () => campaignStatus(id, asOf),
    // Figures change when communes report, a few times a day: a minute old is fresh enough.
    staleTime: 60_000,
    // Another day's figures replace these in place: the page (and the day being typed) stays.
    placeholderData: keepPreviousData,
  });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CampaignInput) => createCampaign(input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...CAMPAIGNS_KEY, 'list'] }),
  });
}

/** A leader's own target for a unit; every day's status of the campaign is read again after. */
export function useSetCampaignTargets(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CampaignTargetsInput) => setCampaignTargets(id, input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...CAMPAIGNS_KEY, 'status', id] }),
  });
}
