import type { TipDetailDto } from '@antt/shared';

/** What every step dialog gets: the tip as last read, and how to close. */
export type StepDialogBaseProps = { tip: TipDetailDto; opened: boolean; onClose: () => void };
