import type { PenalCodeClauseDto } from '@antt/shared';
import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCatalogueText } from '../hooks/useCatalogueText.ts';
import { SeriousnessBadge } from './SeriousnessBadge.tsx';

type PenalCodeTableProps = {
  clauses: PenalCodeClauseDto[];
  /** Administrators only: opens the form for a new version of the clause. */
  onEdit?: (clause: PenalCodeClauseDto) => void;
};

/** Penal Code clauses on a tablet or a desktop: one row per clause, its class in colour. */
export function PenalCodeTable({ clauses, onEdit }: PenalCodeTableProps) {
  const { t, i18n } = useTranslation('incidentCatalogue');
  const text = useCatalogueText();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="xs"
        horizontalSpacing="xs"
        aria-label={t('tabs.penalCode')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('penalCode.columns.article')}</Table.Th>
            <Table.Th>{t('penalCode.columns.clause')}</Table.Th>
            <Table.Th>{t('penalCode.columns.title')}</Table.Th>
            <Table.Th>{t('penalCode.columns.chapter')}</Table.Th>
            <Table.Th>{t('penalCode.columns.group')}</Table.Th>
            <Table.Th>{t('penalCode.columns.maxPenalty')}</Table.Th>
            <Table.Th>{t('penalCode.columns.seriousness')}</Table.Th>
            <Table.Th>{t('penalCode.columns.validity')}</Table.Th>
            {onEdit && (
              <Table.Th>
                <VisuallyHidden>{t('penalCode.columns.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {clauses.map((clause) => (
            <Table.Tr key={`${clause.article}.${clause.clause}`}>
              <Table.Td>
                <Text size="sm" fw={700}>
                  {clause.article}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{clause.clause}</Text>
              </Table.Td>
              <Table.Td miw={140}>
                <Text size="sm" fw={500}>
                  {i18n.language === 'en' ? clause.titleEn : clause.titleVi}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{clause.chapter}</Text>
              </Table.Td>
              <Table.Td maw={170}>
                {/* Wide enough that "Trật tự xã hội" stays on one line; longer groups wrap. */}
                <Text size="sm" miw={100}>
                  {t(`crimeGroups.${clause.crimeGroup}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" miw={120}>
                  {text.maxPenalty(clause)}
                </Text>
              </Table.Td>
              <Table.Td>
                <SeriousnessBadge seriousness={clause.seriousness} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="xs">{text.validity(clause)}</Text>
              </Table.Td>
              {onEdit && (
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    aria-label={t('penalCode.editLabel', { article: clause.article, clause: clause.clause })}
                    onClick={() => onEdit(clause)}
                  >
                    {t('penalCode.edit')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
