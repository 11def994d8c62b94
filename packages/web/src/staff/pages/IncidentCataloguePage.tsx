import {
  isoFromDay,
  isValidIsoDay,
  vnToday,
  type IncidentCategoryDto,
  type PenalCodeClauseDto,
} from '@antt/shared';
import { Button, Card, Group, Modal, Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '@/i18n/format.ts';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { CategoriesTab } from '@/modules/incident-catalogue/components/CategoriesTab.tsx';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import { IncidentCategoryForm } from '@/modules/incident-catalogue/components/IncidentCategoryForm.tsx';
import { PenalCodeClauseForm } from '@/modules/incident-catalogue/components/PenalCodeClauseForm.tsx';
import { PenalCodeTab } from '@/modules/incident-catalogue/components/PenalCodeTab.tsx';
import { useIncidentCatalogue } from '@/modules/incident-catalogue/hooks/useIncidentCatalogue.ts';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';

const TABS = ['penal-code', 'categories'] as const;
type CatalogueTab = (typeof TABS)[number];

type Editing =
  | { catalogue: 'penal-code'; clause: PenalCodeClauseDto | null }
  | { catalogue: 'categories'; category: IncidentCategoryDto | null };

/**
 * The incident catalogues as they stood on a day: Penal Code clauses and incident categories.
 * Everyone reads them; an administrator adds a version from a day on, and the old one stays in
 * force for what happened before (shared/DESIGN.md section 5.3).
 */
export function IncidentCataloguePage() {
  const { t, i18n } = useTranslation('incidentCatalogue');
  const format = useFormat();
  const isAdmin = useCurrentUser().roles.includes('admin');
  const today = isoFromDay(vnToday());
  const [params, setParams] = useSearchParams();
  const dateParam = params.get('date') ?? '';
  const date = isValidIsoDay(dateParam) ? dateParam : today;
  const tabParam = params.get('tab');
  const tab: CatalogueTab = TABS.find((name) => name === tabParam) ?? 'penal-code';
  const catalogue = useIncidentCatalogue(date);
  const [editing, setEditing] = useState<Editing | null>(null);
  // A new version usually starts today; one prepared for a later day starts on the day shown.
  const defaultValidFrom = date > today ? date : today;

  // The day and the tab live in the URL (shareable, survive a reload), changed from the address
  // bar itself so two quick changes cannot undo each other.
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  /** After a save: the new version shows at once, moving to its first day if that is later. */
  const saved = (message: string, validFrom: string) => {
    setEditing(null);
    const moved = validFrom > date;
    if (moved) update({ date: validFrom === today ? null : validFrom });
    notifications.show({
      color: 'green',
      message: moved ? `${message} ${t('showing', { date: format.day(validFrom) })}` : message,
    });
  };

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Card withBorder padding="md" radius="md">
        <Stack gap="md">
          <Group gap="sm" align="flex-end">
            <DayInput
              label={t('date')}
              description={t('dateHint')}
              pickerLabel={t('pickDay')}
              value={date}
              onChange={(day) => {
                // A half-typed day is not a day: keep showing the last whole one.
                if (day) update({ date: day === today ? null : day });
              }}
              w={{ base: '100%', xs: 240 }}
            />
            <Button variant="default" onClick={() => update({ date: null })} disabled={date === today}>
              {t('today')}
            </Button>
          </Group>
          <Tabs
            value={tab}
            onChange={(value) => update({ tab: value === 'categories' ? value : null })}
            keepMounted={false}
          >
            <Tabs.List aria-label={t('tabs.label')} mb="md">
              <Tabs.Tab value="penal-code">{t('tabs.penalCode')}</Tabs.Tab>
              <Tabs.Tab value="categories">{t('tabs.categories')}</Tabs.Tab>
            </Tabs.List>
            <QueryState
              isPending={catalogue.isPending}
              error={catalogue.error}
              onRetry={() => void catalogue.refetch()}
            />
            {catalogue.data && (
              // The previous day's answer stays while the next one loads: shown faded, marked busy.
              <div
                aria-busy={catalogue.isPlaceholderData}
                style={{ opacity: catalogue.isPlaceholderData ? 0.5 : 1 }}
              >
                <Tabs.Panel value="penal-code">
                  <PenalCodeTab
                    clauses={catalogue.data.penalCode}
                    date={catalogue.data.date}
                    onEdit={isAdmin ? (clause) => setEditing({ catalogue: 'penal-code', clause }) : undefined}
                  />
                </Tabs.Panel>
                <Tabs.Panel value="categories">
                  <CategoriesTab
                    categories={catalogue.data.categories}
                    onEdit={
                      isAdmin ? (category) => setEditing({ catalogue: 'categories', category }) : undefined
                    }
                  />
                </Tabs.Panel>
              </div>
            )}
          </Tabs>
        </Stack>
      </Card>
      {isAdmin && (
        <Modal
          opened={editing !== null}
          onClose={() => setEditing(null)}
          size="lg"
          centered
          title={
            editing?.catalogue === 'penal-code'
              ? editing.clause
                ? t('clauseForm.editTitle', {
                    article: editing.clause.article,
                    clause: editing.clause.clause,
                  })
                : t('clauseForm.addTitle')
              : editing?.category
                ? t('categoryForm.editTitle', {
                    name: i18n.language === 'en' ? editing.category.nameEn : editing.category.nameVi,
                  })
                : t('categoryForm.addTitle')
          }
        >
          {editing?.catalogue === 'penal-code' && (
            <PenalCodeClauseForm
              clause={editing.clause}
              defaultValidFrom={defaultValidFrom}
              onCancel={() => setEditing(null)}
              onSaved={(clause) =>
                saved(
                  t('clauseForm.saved', {
                    article: clause.article,
                    clause: clause.clause,
                    from: format.day(clause.validFrom),
                  }),
                  clause.validFrom,
                )
              }
            />
          )}
          {editing?.catalogue === 'categories' && (
            <IncidentCategoryForm
              category={editing.category}
              defaultValidFrom={defaultValidFrom}
              onCancel={() => setEditing(null)}
              onSaved={(category) =>
                saved(
                  t('categoryForm.saved', {
                    name: i18n.language === 'en' ? category.nameEn : category.nameVi,
                    from: format.day(category.validFrom),
                  }),
                  category.validFrom,
                )
              }
            />
          )}
        </Modal>
      )}
    </>
  );
}
