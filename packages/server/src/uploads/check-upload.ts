import {
  formatUploadSize,
  UPLOAD_LIMITS,
  UPLOAD_TYPES,
  type UploadLimits,
  type UploadType,
} from '@antt/shared';
import path from 'node:path';
import { validationError, type FieldProblem } from '../errors/domain-error.ts';
import { describeRefusedContent, sniffFileType } from './file-type.ts';

// Decides whether the files attached to a tip may be kept: each by its content and size, then
// all of them together. Every problem is reported at once, each naming its file
// ("attachments[i]"), so the citizen can fix them in one go; nothing is stored unless all pass.

export type IncomingFile = {
  bytes: Buffer;
  /**
   * The name the browser sent, used in messages only. The browser's declared type is not
   * taken: it is a guess from this name, and the content alone decides.
   */
  declaredName: string;
};

export type AcceptedFile = {
  /** The type the content is, whatever the name said. */
  type: UploadType;
  /** The extension that type is stored under (never the declared name's). */
  extension: string;
  size: number;
};

const ACCEPTED_VI = 'ảnh JPEG/PNG, tài liệu PDF, video MP4/MOV hay ghi âm M4A';
const ACCEPTED_EN = 'a JPEG/PNG photo, a PDF document, an MP4/MOV video or an M4A recording';

/** A file name fit for a message: no folders, no control characters, not too long. */
function shownName(declaredName: string): string {
  // eslint-disable-next-line no-control-regex
  const base = path.basename(declaredName.replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f]/g, '');
  const name = base.length > 60 ? `${base.slice(0, 57)}…` : base;
  return name || 'không tên / unnamed';
}

function problemWith(file: IncomingFile, limits: UploadLimits): { vi: string; en: string } | AcceptedFile {
  const name = shownName(file.declaredName);
  const size = file.bytes.length;
  if (size === 0) return { vi: `Tệp "${name}" rỗng`, en: `"${name}" is empty` };
  if (size > limits.maxFileBytes) {
    return {
      vi: `Tệp "${name}" nặng ${formatUploadSize(size)}, quá giới hạn ${formatUploadSize(limits.maxFileBytes)} mỗi tệp`,
      en: `"${name}" is ${formatUploadSize(size)}, over the limit of ${formatUploadSize(limits.maxFileBytes)} per file`,
    };
  }
  const type = sniffFileType(file.bytes);
  if (type) {
    const extension = UPLOAD_TYPES.find((t) => t.mime === type)!.extension;
    return { type, extension, size };
  }
  const content = describeRefusedContent(file.bytes);
  if (content?.kind === 'heif') {
    return {
      vi: `Tệp "${name}" là ảnh HEIC, chưa nhận được; trên iPhone chọn Cài đặt › Camera › Định dạng › Tương thích nhất, hoặc gửi ảnh JPEG`,
      en: `"${name}" is a HEIC photo, which is not accepted; on an iPhone choose Settings › Camera › Formats › Most Compatible, or send a JPEG`,
    };
  }
  return {
    vi: `Tệp "${name}" không phải ${ACCEPTED_VI} (${content ? `nội dung là ${content.vi}` : 'không nhận ra nội dung'})`,
    en: `"${name}" is not ${ACCEPTED_EN} (${content ? `its content is ${content.en}` : 'its content is not recognised'})`,
  };
}

const isAccepted = (r: { vi: string; en: string } | AcceptedFile): r is AcceptedFile => 'type' in r;

const problem = (path: string, vi: string, en: string): FieldProblem => ({ path, message: `${vi} / ${en}` });

/** One file: what it is, or a validation error naming `attachments[index]`. */
export function checkUpload(
  file: IncomingFile,
  index = 0,
  limits: UploadLimits = UPLOAD_LIMITS,
): AcceptedFile {
  return checkUploads([file], limits, index)[0]!;
}

/**
 * All files of one tip: what each is (in order), or one validation error listing every
 * problem — a file of the wrong kind or too large, too many files, too many bytes in all.
 */
export function checkUploads(
  files: readonly IncomingFile[],
  limits: UploadLimits = UPLOAD_LIMITS,
  firstIndex = 0,
): AcceptedFile[] {
  const problems: FieldProblem[] = [];
  if (files.length > limits.maxFiles) {
    problems.push(
      problem(
        'attachments',
        `Tối đa ${limits.maxFiles} tệp mỗi tin báo (đã chọn ${files.length})`,
        `at most ${limits.maxFiles} files per tip (${files.length} chosen)`,
      ),
    );
  }
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  if (total > limits.maxTotalBytes) {
    problems.push(
      problem(
        'attachments',
        `Tổng dung lượng ${formatUploadSize(total)} vượt quá ${formatUploadSize(limits.maxTotalBytes)} mỗi tin báo`,
        `the files add up to ${formatUploadSize(total)}, over the limit of ${formatUploadSize(limits.maxTotalBytes)} per tip`,
      ),
    );
  }
  const accepted: AcceptedFile[] = [];
  files.forEach((file, i) => {
    const result = problemWith(file, limits);
    if (isAccepted(result)) accepted.push(result);
    else problems.push(problem(`attachments[${firstIndex + i}]`, result.vi, result.en));
  });
  if (problems.length > 0) {
    throw validationError(problems, problems.map((p) => p.message).join('; '));
  }
  return accepted;
}
