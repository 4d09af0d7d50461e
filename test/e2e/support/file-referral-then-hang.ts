// Child process for the durability test: opens the SQLite store, files several referrals at once
// (so that they share commits), reports each filed the moment it is acknowledged (when the bot would answer
// "Referral sent"), then waits to be killed.
import { fileReferral, systemClock } from "@convenor/shared";
import { aValidReferralForm } from "@convenor/shared/testing";
import { createStore } from "@convenor/server";
import { seedDemoData } from "@convenor/server/local";

const sqlitePath = process.argv[2];
if (!sqlitePath) throw new Error("usage: file-referral-then-hang.ts <sqlite path>");
const { store } = await createStore({ sqlitePath });
const deps = { store, clock: systemClock };
await seedDemoData(store, systemClock);
const together = 6;
await Promise.all(
  Array.from({ length: together }, async (_, n) => {
    const filed = await fileReferral(
      deps,
      { personId: "p-teacher", channel: "test", origin: null, correlationId: null },
      {
        panelId: "panel-lcjst",
        idempotencyKey: `durability-${n}`,
        mode: "submit",
        form: aValidReferralForm("lc-jst", {
          "child.givenName": `Durable${n}`,
          "child.familyName": "Testchild",
        }),
      },
    );
    if (!filed.ok) throw new Error(filed.error.message);
    process.stdout.write(`filed ${filed.value.referral.id}\n`);
  }),
);
setInterval(() => undefined, 60_000);
