import type { Kysely, Selectable } from "kysely";
import {
  validPanelSettings,
  type Agency,
  type Panel,
  type PanelMembership,
  type PanelRepository,
  type PanelRole,
  type PanelSettings,
  type PresetKey,
} from "@convenor/shared";
import type { Database, PanelMemberRow, PanelRow } from "./database.js";
import { fromJson, toJson } from "./json-column.js";

export class KyselyPanelRepository implements PanelRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async get(id: string): Promise<Panel | null> {
    const row = await this.db.selectFrom("panels").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toPanel(row) : null;
  }

  async list(): Promise<Panel[]> {
    const rows = await this.db.selectFrom("panels").selectAll().orderBy("name").orderBy("id").execute();
    return rows.map(toPanel);
  }

  async upsert(panel: Panel): Promise<void> {
    const row = toRow(panel);
    const { id: _id, ...changes } = row;
    await this.db
      .insertInto("panels")
      .values(row)
      .onConflict((oc) => oc.column("id").doUpdateSet(changes))
      .execute();
  }

  async updateSettings(panelId: string, settings: PanelSettings): Promise<void> {
    const result = await this.db
      .updateTable("panels")
      .set({ settings: toJson(validPanelSettings(settings)) })
      .where("id", "=", panelId)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new Error(`No panel ${panelId} to update`);
  }

  async members(panelId: string): Promise<PanelMembership[]> {
    const rows = await this.db
      .selectFrom("panel_members")
      .selectAll()
      .where("panel_id", "=", panelId)
      .orderBy("person_id")
      .execute();
    return rows.map(toMembership);
  }

  async membershipsOf(personId: string): Promise<PanelMembership[]> {
    const rows = await this.db
      .selectFrom("panel_members")
      .selectAll()
      .where("person_id", "=", personId)
      .orderBy("panel_id")
      .execute();
    return rows.map(toMembership);
  }

  async setMembers(panelId: string, members: PanelMembership[]): Promise<void> {
    await this.db.deleteFrom("panel_members").where("panel_id", "=", panelId).execute();
    if (members.length === 0) return;
    await this.db
      .insertInto("panel_members")
      .values(
        members.map((member) => ({
          panel_id: panelId,
          person_id: member.personId,
          roles: toJson(member.roles),
          agency: member.agency,
        })),
      )
      .execute();
  }
}

function toRow(panel: Panel): PanelRow {
  return {
    id: panel.id,
    name: panel.name,
    preset: panel.preset,
    code: panel.code,
    area: panel.area,
    settings: toJson(validPanelSettings(panel.settings)),
  };
}

type StoredPanelSettings = Omit<PanelSettings, "requiredAgencies"> & Partial<PanelSettings>;

function toPanel(row: Selectable<PanelRow>): Panel {
  return {
    id: row.id,
    name: row.name,
    preset: row.preset as PresetKey,
    code: row.code,
    area: row.area,
    // Settings written before `requiredAgencies` existed have none.
    settings: { requiredAgencies: [], ...fromJson<StoredPanelSettings>(row.settings) },
  };
}

function toMembership(row: Selectable<PanelMemberRow>): PanelMembership {
  return {
    panelId: row.panel_id,
    personId: row.person_id,
    roles: fromJson<PanelRole[]>(row.roles),
    agency: row.agency as Agency,
  };
}
