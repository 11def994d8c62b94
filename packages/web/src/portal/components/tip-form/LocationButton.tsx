import { Button, Group, Stack, Text } from '@mantine/core';
import { IconCurrentLocation, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { communeAtPoint, type PortalCommune } from '../../api/communes.api.ts';
import { PortalApiError } from '../../api/portal-client.ts';

type Point = { lon: number; lat: number };

type LocationButtonProps = {
  value: Point | null;
  onChange: (point: Point | null) => void;
  /** The commune picked above, to say when the point lies elsewhere. */
  pickedCommune: string;
  /** Called with the commune under the point, so the picker can be filled in. */
  onCommune: (commune: PortalCommune) => void;
  error?: string;
};

type Status = 'idle' | 'locating' | 'denied' | 'unavailable' | 'unsupported';

/** Six decimals: about 10 cm, more than a phone's GPS can tell. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * "Use my current location": the browser is asked only when the citizen presses the button
 * (never on page load), and the point goes only with this tip. The commune under it is looked
 * up, so the citizen sees where the tip will go.
 */
export function LocationButton({ value, onChange, pickedCommune, onCommune, error }: LocationButtonProps) {
  const { t } = useTranslation('portal');
  const [status, setStatus] = useState<Status>('idle');
  const [accuracy, setAccuracy] = useState<number | null>(null);
  const [commune, setCommune] = useState<PortalCommune | 'outside' | null>(null);

  const lookUpCommune = async (point: Point) => {
    try {
      const found = await communeAtPoint(point);
      setCommune(found);
      onCommune(found);
    } catch (failure) {
      // Outside every commune served; anything else (network) just leaves the commune unsaid.
      setCommune(
        failure instanceof PortalApiError && failure.code === 'point_outside_units' ? 'outside' : null,
      );
    }
  };

  const locate = () => {
    if (!('geolocation' in navigator)) return setStatus('unsupported');
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setStatus('idle');
        setAccuracy(Math.round(position.coords.accuracy));
        const point = { lon: round(position.coords.longitude), lat: round(position.coords.latitude) };
        onChange(point);
        void lookUpCommune(point);
      },
      (failure) => setStatus(failure.code === failure.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };

  const problem = status === 'denied' || status === 'unavailable' || status === 'unsupported';
  return (
    <Stack gap={6} id="field-point">
      <Text size="sm" fw={500}>
        {t('submit.location.label')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('submit.location.hint')}
      </Text>
      {value ? (
        <Stack gap={4}>
          <Group gap="sm" wrap="wrap">
            <Text size="sm" c="green.9" role="status">
              {t('submit.location.set', {
                lat: value.lat.toFixed(5),
                lon: value.lon.toFixed(5),
                accuracy: accuracy ?? '?',
              })}
            </Text>
            <Button
              variant="subtle"
              color="gray"
              size="compact-sm"
              leftSection={<IconX size={14} aria-hidden="true" />}
              onClick={() => {
                onChange(null);
                setCommune(null);
              }}
            >
              {t('submit.location.clear')}
            </Button>
          </Group>
          {commune === 'outside' && (
            <Text size="sm" c="orange.9">
              {t('submit.location.outside')}
            </Text>
          )}
          {commune && commune !== 'outside' && (
            <Text size="sm" c={pickedCommune && pickedCommune !== commune.code ? 'orange.9' : undefined}>
              {t(
                pickedCommune && pickedCommune !== commune.code
                  ? 'submit.location.otherCommune'
                  : 'submit.location.inCommune',
                { name: commune.name },
              )}
            </Text>
          )}
        </Stack>
      ) : (
        <Button
          variant="default"
          leftSection={<IconCurrentLocation size={18} aria-hidden="true" />}
          onClick={locate}
          loading={status === 'locating'}
          w={{ base: '100%', xs: 'auto' }}
        >
          {t('submit.location.use')}
        </Button>
      )}
      {problem && (
        <Text size="sm" c="orange.9" role="status">
          {t(`submit.location.${status}`)}
        </Text>
      )}
      {error && (
        <Text size="sm" c="red.8">
          {error}
        </Text>
      )}
    </Stack>
  );
}
