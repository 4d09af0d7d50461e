// Child process for the durability test: opens the SQLite store, files one referral, reports it filed (the
// moment the bot would answer "Referral sent"), then waits to be killed.
import { fileReferral, systemClock } from "@convenor/shared";
import { aValidReferralForm } from "@convenor/shared/testing";
import { createStore } from "@convenor/server";
import { seedDemoData } from "@convenor/server/local";

const sqlitePath = process.argv[2];
if (!sqlitePath) throw new Error("usage: file-referral-then-hang.ts <sqlite path>");
const { store } = await createStore({ sqlitePath });
const deps = { store, clock: systemClock };
await seedDemoData(store, systemClock);
const filed = await fileReferral(
  deps,
  { personId: "p-teacher", channel: "test", origin: null, correlationId: null },
  {
    panelId: "panel-lcjst",
    idempotencyKey: "durability-1",
    mode: "submit",
    form: aValidReferralForm("lc-jst", { "child.givenName": "Durable", "child.familyName": "Testchild" }),
  },
);
if (!filed.ok) throw new Error(filed.error.message);
process.stdout.write(`filed ${filed.value.referral.id}\n`);
setInterval(() => undefined, 60_000);
