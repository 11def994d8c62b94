import type { IncidentSummaryDto } from '@antt/shared';
import { useTranslation } from 'react-i18next';
import { useCategoryName, useIncidentCatalogue } from './useIncidentCatalogue.ts';

/**
 * What an incident is, in a few words: a crime by its offence and article ("Tội trộm cắp tài
 * sản (Điều 173)"), the others by their category ("Tai nạn giao thông đường bộ").
 */
export function useIncidentKind(): (
  incident: Pick<IncidentSummaryDto, 'type' | 'category' | 'crime'>,
) => string {
  const { t, i18n } = useTranslation('incidents');
  const catalogue = useIncidentCatalogue();
  const categoryName = useCategoryName(catalogue.data);
  return (incident) => {
    if (!incident.crime) return categoryName(incident.category, incident.type);
    const { article, clause } = incident.crime;
    const clauseRow = catalogue.data?.penalCode.find((c) => c.article === article);
    const title = i18n.language === 'en' && clauseRow ? clauseRow.titleEn : incident.crime.title;
    return t('list.offence', { title, article, clause });
  };
}
