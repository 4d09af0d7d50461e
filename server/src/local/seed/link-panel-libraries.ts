import type { Store } from "@convenor/shared";

/**
 * Local mode: each panel files its papers and minutes in its own site of the Graph sandbox, and its case
 * observations in its own restricted site.
 */
export async function linkPanelLibraries(
  store: Store,
  sites: readonly { panelId: string; id: string; restricted?: boolean }[],
): Promise<void> {
  await store.transaction(async (tx) => {
    for (const site of sites) {
      if (site.restricted) {
        if ((await tx.panelLibraries.restrictedSiteOf(site.panelId)) !== site.id) {
          await tx.panelLibraries.setRestrictedSite(site.panelId, site.id);
        }
      } else if ((await tx.panelLibraries.siteOf(site.panelId)) !== site.id) {
        await tx.panelLibraries.setSite(site.panelId, site.id);
      }
    }
  });
}
