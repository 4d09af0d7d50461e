import type { Kysely } from "kysely";
import type { PanelLibraryRepository } from "@convenor/shared";
import type { Database } from "./database.js";

export class KyselyPanelLibraryRepository implements PanelLibraryRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async siteOf(panelId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom("panel_libraries")
      .select("site_id")
      .where("panel_id", "=", panelId)
      .executeTakeFirst();
    return row?.site_id ?? null;
  }

  async setSite(panelId: string, siteId: string): Promise<void> {
    await this.db
      .insertInto("panel_libraries")
      .values({ panel_id: panelId, site_id: siteId })
      .onConflict((oc) => oc.column("panel_id").doUpdateSet({ site_id: siteId }))
      .execute();
  }

  async restrictedSiteOf(panelId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom("panel_restricted_libraries")
      .select("site_id")
      .where("panel_id", "=", panelId)
      .executeTakeFirst();
    return row?.site_id ?? null;
  }

  async setRestrictedSite(panelId: string, siteId: string): Promise<void> {
    await this.db
      .insertInto("panel_restricted_libraries")
      .values({ panel_id: panelId, site_id: siteId })
      .onConflict((oc) => oc.column("panel_id").doUpdateSet({ site_id: siteId }))
      .execute();
  }
}
