import { Group, Radio, Stack, Text } from '@mantine/core';

export type Choice<V extends string> = { value: V; label: string; hint: string };

type ChoiceCardsProps<V extends string> = {
  label: string;
  required?: boolean;
  value: V | '';
  onChange: (value: V) => void;
  choices: Choice<V>[];
  error?: string;
  /** For the error summary's "go to the field" focus. */
  id: string;
};

/** A radio group drawn as cards: each choice with a sentence saying what it means. */
export function ChoiceCards<V extends string>({
  label,
  required,
  value,
  onChange,
  choices,
  error,
  id,
}: ChoiceCardsProps<V>) {
  return (
    <Radio.Group
      id={id}
      label={label}
      required={required}
      value={value || null}
      onChange={(next) => onChange(next as V)}
      error={error}
    >
      <Stack gap="xs" mt={6}>
        {choices.map((choice) => (
          <Radio.Card
            key={choice.value}
            value={choice.value}
            radius="md"
            p="sm"
            aria-label={choice.label}
            style={{
              borderColor: value === choice.value ? 'var(--mantine-primary-color-filled)' : undefined,
              borderWidth: value === choice.value ? 2 : 1,
            }}
          >
            <Group wrap="nowrap" align="flex-start" gap="sm">
              <Radio.Indicator mt={2} />
              <Stack gap={2}>
                <Text fw={600}>{choice.label}</Text>
                <Text size="sm" c="dimmed">
                  {choice.hint}
                </Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
    </Radio.Group>
  );
}
