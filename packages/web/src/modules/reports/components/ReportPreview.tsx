import { Box } from '@mantine/core';

type ReportPreviewProps = { src: string; title: string };

// The server's print page (GET /api/reports/:id/preview) in a frame: it carries its own strict
// CSP with frame-ancestors 'self', so only the app itself can frame it. The frame is about one
// A4 page tall and scrolls on its own: a report with tables by commune runs to dozens of pages.
const FRAME_HEIGHT = 'min(1123px, 85vh)';

/** The report as it prints, on a grey desk; reloaded whenever `src` changes. */
export function ReportPreview({ src, title }: ReportPreviewProps) {
  return (
    <Box bg="gray.2" p={{ base: 4, sm: 'md' }} style={{ borderRadius: 8, overflowX: 'auto' }}>
      <iframe
        src={src}
        title={title}
        data-testid="report-preview"
        style={{
          display: 'block',
          width: '100%',
          minWidth: 820,
          height: FRAME_HEIGHT,
          border: 0,
          background: 'white',
        }}
      />
    </Box>
  );
}
