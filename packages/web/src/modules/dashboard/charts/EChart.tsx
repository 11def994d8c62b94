import { Box, Center, Loader } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';

type EChartsModule = typeof import('./echarts-setup.ts');

export type ChartClick = { name: string; seriesType: string };

type EChartProps = {
  option: EChartsCoreOption;
  height: number;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  /** Runs once the library is loaded and before the option is set, e.g. to register a map. */
  prepare?: (module: EChartsModule) => void;
  onClick?: (event: ChartClick) => void;
  testId?: string;
};

/** Hosts one ECharts chart: loads the library on first use, follows the box's width, cleans up. */
export function EChart({ option, height, label, prepare, onClick, testId }: EChartProps) {
  const { t } = useTranslation('common');
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const [module, setModule] = useState<EChartsModule | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    let alive = true;
    void import('./echarts-setup.ts').then((loaded) => alive && setModule(loaded));
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    if (!module || !box.current) return;
    const instance = module.echarts.init(box.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params: unknown) => {
      const p = params as { name?: string; seriesType?: string };
      if (p.name) clickRef.current?.({ name: p.name, seriesType: p.seriesType ?? '' });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(box.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [module]);

  useEffect(() => {
    if (!module || !chart.current) return;
    prepare?.(module);
    chart.current.setOption(option, { notMerge: true });
  }, [module, option, prepare]);

  return (
    <Box pos="relative" h={height} role="img" aria-label={label} data-testid={testId}>
      <div ref={box} style={{ width: '100%', height: '100%' }} />
      {!module && (
        <Center pos="absolute" inset={0}>
          <Loader size="sm" aria-label={t('states.loading')} />
        </Center>
      )}
    </Box>
  );
}
