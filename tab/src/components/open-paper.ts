import type { PaperView } from "@convenor/shared";
import type { ConvenorApi } from "@convenor/ui";

/**
 * Opens a paper through Convenor, which records the read before it says where the paper is. The window opens
 * at the click (one opened after an await is blocked) and is pointed at the paper once known.
 */
export async function openPaper(convenor: ConvenorApi, paper: PaperView): Promise<void> {
  const opened = window.open("", "_blank");
  if (opened) opened.opener = null;
  try {
    const { webUrl } = await convenor.openPaper(paper.id);
    if (opened) opened.location.href = webUrl;
    else window.location.href = webUrl;
  } catch (error) {
    opened?.close();
    throw error;
  }
}
