import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A restrained theme: a deep blue-green close to the people's police uniform, used for actions
// and the active navigation; everything else stays neutral so figures and warnings stand out.
const policeGreen: MantineColorsTuple = [
  '#e9f5f0',
  '#d3e9e0',
  '#a6d2c0',
  '#76ba9e',
  '#4fa582',
  '#379870',
  '#24825f',
  '#1a6a4d',
  '#11553d',
  '#083d2b',
];

export const theme = createTheme({
  primaryColor: 'policeGreen',
  primaryShade: 7,
  colors: { policeGreen },
  defaultRadius: 'sm',
  // Fonts installed on the device only (the CSP allows no font host); each covers Vietnamese.
  fontFamily: '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
});
