import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IdentityChoice, TipFormIssues, TipFormValues } from '../../tip-form/tip-form-values.ts';
import { ChoiceCards } from './ChoiceCards.tsx';

type IdentityFieldsProps = {
  identity: IdentityChoice;
  informant: TipFormValues['informant'];
  onIdentity: (identity: IdentityChoice) => void;
  onInformant: (field: keyof TipFormValues['informant'], value: string) => void;
  issues: TipFormIssues;
  errorText: (key: string | undefined) => string | undefined;
};

/** Anonymous (the default) or with contact details, each choice saying what it means. */
export function IdentityFields({
  identity,
  informant,
  onIdentity,
  onInformant,
  issues,
  errorText,
}: IdentityFieldsProps) {
  const { t } = useTranslation('portal');
  const input = (field: keyof TipFormValues['informant'], issue: keyof TipFormIssues, props = {}) => ({
    id: `field-${issue}`,
    label: t(`submit.identity.${field}`),
    value: informant[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => onInformant(field, e.currentTarget.value),
    error: errorText(issues[issue]),
    size: 'md' as const,
    ...props,
  });
  return (
    <Stack gap="md">
      <ChoiceCards<IdentityChoice>
        id="field-identity"
        label={t('submit.identity.label')}
        value={identity}
        onChange={onIdentity}
        choices={[
          {
            value: 'anonymous',
            label: t('submit.identity.anonymous'),
            hint: t('submit.identity.anonymousHint'),
          },
          {
            value: 'identified',
            label: t('submit.identity.identified'),
            hint: t('submit.identity.identifiedHint'),
          },
        ]}
      />
      {identity === 'identified' && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('submit.identity.atLeastOne')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput {...input('fullName', 'fullName', { autoComplete: 'name' })} />
            <TextInput {...input('phone', 'phone', { type: 'tel', inputMode: 'tel', autoComplete: 'tel' })} />
            <TextInput {...input('email', 'email', { type: 'email', autoComplete: 'email' })} />
            <TextInput {...input('idNumber', 'idNumber', { inputMode: 'numeric', autoComplete: 'off' })} />
          </SimpleGrid>
          <TextInput {...input('address', 'informantAddress', { autoComplete: 'street-address' })} />
        </Stack>
      )}
    </Stack>
  );
}
