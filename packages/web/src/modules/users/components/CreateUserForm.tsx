import { createUserRequestSchema, ROLES, type CreateUserRequest, type Role } from '@antt/shared';
import { Alert, Button, Checkbox, Group, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '@/modules/api/client.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { usePoliceUnits } from '@/modules/police-units/hooks/usePoliceUnits.ts';
import { byRankThenName } from '@/modules/police-units/police-unit-order.ts';
import { validate, type FieldIssues } from '@/ui/forms/validate.ts';
import { useCreateUser } from '../hooks/useUsers.ts';

type Field = keyof CreateUserRequest;

/** Field problem → text key; the same shared schema checks the request on the server. */
function issueKey(field: Field, code: string, empty: boolean): string {
  if (empty || field === 'roles' || field === 'unitCode' || field === 'displayName')
    return `form.${field}Missing`;
  if (field === 'password') return code === 'too_small' ? 'form.passwordShort' : 'form.passwordWeak';
  return code === 'invalid_format' ? 'form.usernameFormat' : 'form.usernameLength';
}

export function CreateUserForm({ onCreated, onCancel }: { onCreated: () => void; onCancel: () => void }) {
  const { t } = useTranslation(['users', 'common']);
  const errorMessage = useErrorMessage();
  const units = usePoliceUnits();
  const create = useCreateUser();
  const [values, setValues] = useState({ username: '', displayName: '', unitCode: '', password: '' });
  const [roles, setRoles] = useState<Role[]>([]);
  const [issues, setIssues] = useState<FieldIssues<Field>>({});

  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const problem = (field: Field) => {
    const code = issues[field];
    if (!code) return undefined;
    const empty = field in values && values[field as keyof typeof values].trim() === '';
    return t(issueKey(field, code, empty));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate<CreateUserRequest, Field>(createUserRequestSchema, { ...values, roles });
    if (!checked.ok) return setIssues(checked.issues);
    setIssues({});
    create.mutate(checked.data, {
      onSuccess: onCreated,
      onError: (error) => {
        // Server-side field problems (e.g. a taken username) go next to their field too.
        const fromServer: FieldIssues<Field> = {};
        for (const f of fieldErrors(error)) {
          const field = f.path.split('.').pop() as Field;
          fromServer[field] = 'invalid';
        }
        setIssues(fromServer);
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {create.error && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(create.error)}
          </Alert>
        )}
        <TextInput
          label={t('form.username')}
          description={t('form.usernameHint')}
          required
          autoCapitalize="none"
          spellCheck={false}
          value={values.username}
          onChange={(e) => set('username')(e.currentTarget.value)}
          error={problem('username')}
          data-autofocus
        />
        <TextInput
          label={t('form.displayName')}
          required
          value={values.displayName}
          onChange={(e) => set('displayName')(e.currentTarget.value)}
          error={problem('displayName')}
        />
        <Select
          label={t('form.unit')}
          required
          searchable
          nothingFoundMessage={t('common:states.empty')}
          data={(units.data ?? []).toSorted(byRankThenName).map((u) => ({ value: u.code, label: u.name }))}
          value={values.unitCode || null}
          onChange={(value) => set('unitCode')(value ?? '')}
          error={problem('unitCode')}
          disabled={units.isPending}
        />
        <Checkbox.Group
          label={t('form.roles')}
          required
          value={roles}
          onChange={(value) => setRoles(value as Role[])}
          error={problem('roles')}
        >
          <Group gap="md" mt={6}>
            {ROLES.map((role) => (
              <Checkbox key={role} value={role} label={t(`common:roles.${role}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <PasswordInput
          label={t('form.password')}
          description={t('form.passwordHint')}
          required
          autoComplete="new-password"
          value={values.password}
          onChange={(e) => set('password')(e.currentTarget.value)}
          error={problem('password')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
