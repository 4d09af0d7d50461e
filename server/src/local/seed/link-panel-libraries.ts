import type { Store } from "@convenor/shared";

/** Local mode: each panel files its papers in its own site of the Graph sandbox. */
export async function linkPanelLibraries(
  store: Store,
  sites: readonly { panelId: string; id: string }[],
): Promise<void> {
  await store.transaction(async (tx) => {
    for (const site of sites) {
      if ((await tx.panelLibraries.siteOf(site.panelId)) !== site.id) {
        await tx.panelLibraries.setSite(site.panelId, site.id);
      }
    }
  });
}
