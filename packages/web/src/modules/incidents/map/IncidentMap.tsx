import type { BoundaryCollectionDto, IncidentMapDto } from '@antt/shared';
import { Box, Paper, Text } from '@mantine/core';
import { useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormat } from '@/i18n/format.ts';
import { INCIDENT_TYPE_COLOURS } from './map-colours.ts';
import { colourOf, fitProjection, svgPath, type CountClass } from './map-geometry.ts';

const WIDTH = 800;

type Hover = { x: number; y: number; title: string; text: string };

type IncidentMapProps = {
  boundaries: BoundaryCollectionDto;
  map: IncidentMapDto;
  classes: CountClass[];
  /** The commune chosen in the table beside the map, outlined. */
  highlighted: string | null;
  categoryName: (type: IncidentMapDto['points'][number]['type'], code: string) => string;
};

/**
 * A choropleth of incidents per commune with the points on top, drawn as SVG from the
 * boundaries the server ships (no tile server). Communes take the keyboard focus and say
 * their count; a point opens its incident.
 */
export function IncidentMap({ boundaries, map, classes, highlighted, categoryName }: IncidentMapProps) {
  const { t } = useTranslation('incidents');
  const format = useFormat();
  const navigate = useNavigate();
  const box = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  /** The commune holding the keyboard focus, outlined like the one chosen in the table. */
  const [focused, setFocused] = useState<string | null>(null);

  const projection = useMemo(
    () =>
      fitProjection(
        boundaries.features.map((f) => f.geometry),
        WIDTH,
      ),
    [boundaries],
  );
  const communes = useMemo(
    () =>
      projection
        ? boundaries.features.map((f) => ({
            id: f.properties.id,
            code: f.properties.code,
            name: f.properties.name,
            path: svgPath(f.geometry, projection),
            label:
              f.properties.labelLon !== null && f.properties.labelLat !== null
                ? projection.project(f.properties.labelLon, f.properties.labelLat)
                : null,
          }))
        : [],
    [boundaries, projection],
  );
  if (!projection) return <Text c="dimmed">{t('map.noBoundaries')}</Text>;
  const counts = new Map(map.units.map((u) => [u.code, u.count]));

  /** Places the tooltip at a point of the drawing (viewBox units), the SVG being letterboxed. */
  const showAt = (x: number, y: number, title: string, text: string) => {
    const svg = box.current?.querySelector('svg');
    if (!svg || !box.current) return;
    const rect = svg.getBoundingClientRect();
    const outer = box.current.getBoundingClientRect();
    const scale = Math.min(rect.width / projection.width, rect.height / projection.height);
    const left = rect.left - outer.left + (rect.width - projection.width * scale) / 2;
    const top = rect.top - outer.top + (rect.height - projection.height * scale) / 2;
    setHover({ x: left + x * scale, y: top + y * scale, title, text });
  };
  const showAtPointer = (event: MouseEvent, title: string, text: string) => {
    const rect = box.current!.getBoundingClientRect();
    setHover({ x: event.clientX - rect.left, y: event.clientY - rect.top, title, text });
  };

  return (
    <Box ref={box} pos="relative" onMouseLeave={() => setHover(null)}>
      <svg
        viewBox={`0 0 ${projection.width} ${projection.height}`}
        width="100%"
        role="group"
        aria-label={t('map.label')}
        style={{ display: 'block', maxHeight: '64vh' }}
      >
        <g>
          {communes.map((c) => {
            const count = counts.get(c.code) ?? 0;
            const text = t('map.communeCount', { count, shown: format.number(count) });
            return (
              <path
                key={c.id}
                d={c.path}
                fill={colourOf(count, classes)}
                fillRule="evenodd"
                stroke="#c3cad2"
                strokeWidth={0.8}
                // Communes with incidents take the keyboard focus; the table beside lists them all.
                tabIndex={count > 0 ? 0 : -1}
                role="img"
                aria-label={`${c.name}: ${text}`}
                data-commune={c.code}
                onMouseMove={(e) => showAtPointer(e, c.name, text)}
                onFocus={() => {
                  setFocused(c.code);
                  if (c.label) showAt(c.label[0], c.label[1], c.name, text);
                }}
                onBlur={() => {
                  setFocused(null);
                  setHover(null);
                }}
                style={{ outline: 'none', cursor: 'default' }}
              />
            );
          })}
          {/* The chosen or focused commune's outline, drawn last so no neighbour covers it. */}
          {communes
            .filter((c) => c.code === highlighted || c.code === focused)
            .map((c) => (
              <path
                key={`outline-${c.id}`}
                d={c.path}
                fill="none"
                stroke="#1a1b1e"
                strokeWidth={2.5}
                pointerEvents="none"
              />
            ))}
        </g>
        <g>
          {map.points.map((p) => {
            const [x, y] = projection.project(p.lon, p.lat);
            const title = `${t(`types.${p.type}`)} — ${categoryName(p.type, p.category)}`;
            const text = format.day(p.occurredOn);
            return (
              <circle
                key={p.id}
                cx={x}
                cy={y}
                r={5}
                fill={INCIDENT_TYPE_COLOURS[p.type]}
                stroke="#ffffff"
                strokeWidth={1.5}
                data-testid="map-point"
                onMouseMove={(e) => showAtPointer(e, title, text)}
                onClick={() => void navigate(`/incidents/${p.id}`)}
                style={{ cursor: 'pointer' }}
              />
            );
          })}
        </g>
      </svg>
      {hover && (
        <Paper
          shadow="md"
          withBorder
          p={6}
          radius="sm"
          role="tooltip"
          pos="absolute"
          style={{
            left: hover.x + 12,
            top: hover.y + 12,
            pointerEvents: 'none',
            maxWidth: 260,
            zIndex: 2,
          }}
        >
          <Text size="sm" fw={600}>
            {hover.title}
          </Text>
          <Text size="xs">{hover.text}</Text>
        </Paper>
      )}
    </Box>
  );
}
