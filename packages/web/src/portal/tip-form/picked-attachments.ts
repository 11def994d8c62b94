import { checkAttachments, SNIFF_BYTES, type CheckedFile } from './attachment-check.ts';

/** A file the citizen picked, with its first bytes read for the type check. */
export type PickedAttachment = { key: string; file: File; head: Uint8Array };

let counter = 0;

export async function readPicked(files: File[]): Promise<PickedAttachment[]> {
  return Promise.all(
    files.map(async (file) => ({
      key: `${Date.now()}-${counter++}`,
      file,
      head: new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()),
    })),
  );
}

export function checkPicked(picked: PickedAttachment[]): Array<CheckedFile & { key: string }> {
  return checkAttachments(picked.map((p) => ({ name: p.file.name, size: p.file.size, head: p.head }))).map(
    (checked, i) => ({ ...checked, key: picked[i]!.key }),
  );
}
