/** SharePoint Online rejects these characters in file and folder names. */
const forbiddenCharacters = /["*:<>?/\\|\p{Cc}]/gu;
const reservedNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|\.lock|desktop\.ini|forms)$/i;
/** Kept well under SharePoint's 400-character path limit so a folder plus a name always fits. */
export const maxNameLength = 120;
export const maxPathLength = 400;

/**
 * A file or folder name built from user text that SharePoint accepts and that cannot leave its folder:
 * forbidden characters become `-`, `_vti_`, a leading `~$` and trailing dots or spaces are removed, reserved
 * device names get a suffix, and it is cut to `maxNameLength` keeping the extension. Null when nothing is left.
 */
export function sanitiseName(text: string): string | null {
  let name = text
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .replace(forbiddenCharacters, "-")
    .replace(/_vti_/gi, "vti")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[~$. ]+/, "")
    .replace(/[. ]+$/, "");
  if (name === "" || /^-+$/.test(name)) return null;
  const dot = name.lastIndexOf(".");
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : "";
  const reserved = reservedNames.test(name) || reservedNames.test(stem);
  const safeStem = reserved ? `${stem}-file` : stem;
  const room = maxNameLength - extension.length;
  name =
    room > 0
      ? `${[...safeStem].slice(0, room).join("").trimEnd()}${extension}`
      : [...name].slice(0, maxNameLength).join("");
  return name.replace(/[. ]+$/, "") || null;
}

/** The library-relative path for folders and a file name from user text; null when a part is unusable. */
export function sanitisePath(folders: readonly string[], fileName: string): string | null {
  const parts = [...folders, fileName].map(sanitiseName);
  if (parts.some((part) => part === null)) return null;
  const path = parts.join("/");
  return path.length > maxPathLength ? null : path;
}

/** The path as URL segments for `root:/{path}:`; each segment encoded on its own. */
export const encodeDrivePath = (path: string): string => path.split("/").map(encodeURIComponent).join("/");
