import type { DragEvent } from 'react';

/** The first file of a drop, if any (a drop of text or of nothing gives null). */
export const firstFile = (e: DragEvent): File | null => e.dataTransfer.files?.[0] ?? null;
