import { allowedPaperExtensions, maxPaperBytes } from "../../api/meeting-limits.js";
import { fail } from "../../model/result.js";
import { PaperCodes } from "../meeting-codes.js";

const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
};

/** Null when the file may be filed as a paper; else why not. 25 MB at most; common office, PDF and image types. */
export function checkPaperFile(fileName: string, size: number): ReturnType<typeof fail> | null {
  if (size === 0) return fail(PaperCodes.empty, "The file is empty.");
  if (size > maxPaperBytes) {
    return fail(PaperCodes.tooLarge, `A paper can be at most ${maxPaperBytes / (1024 * 1024)} MB.`);
  }
  const extension = extensionOf(fileName);
  if (!(allowedPaperExtensions as readonly string[]).includes(extension)) {
    return fail(
      PaperCodes.typeNotAllowed,
      `Papers can be ${allowedPaperExtensions.map((e) => e.toUpperCase()).join(", ")} files.`,
    );
  }
  return null;
}
