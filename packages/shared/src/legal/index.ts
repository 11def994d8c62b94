// Legal rules of the tip workflow, each with its source (shared/DESIGN.md section 5.2).
export * from './tip-time-limits.ts';
export * from './deadline-rules.ts';
export * from './deadline.ts';
export * from './deadline-explanation.ts';
export * from './holiday.schemas.ts';
export * from './holidays/holiday-calendar.ts';
export * from './holidays/lunar-calendar.ts';
