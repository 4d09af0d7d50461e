import { InMemoryStore } from "@convenor/shared/testing";
import { describeAgendasAndPapersContract } from "./agendas-and-papers.contract.js";
import { describeSendWindowsContract } from "./send-windows.contract.js";
import { describeStoreContract } from "./store.contract.js";
import { describeMeetingVotesContract } from "./meeting-votes.contract.js";
import { describeDecisionsAndActionsContract } from "./decisions-and-actions.contract.js";
import { describeTrackerContract } from "./tracker.contract.js";
import { describeCinReviewsContract } from "./cin-reviews.contract.js";
import { describeMinutesContract } from "./minutes.contract.js";
import { describeReportsContract } from "./reports.contract.js";
import { describeRetentionContract } from "./retention.contract.js";
import { describeCapacityRefusalsContract } from "./capacity-refusals.contract.js";

// The in-memory fake every workspace's unit tests use must behave like the real store.
const shared = new InMemoryStore();
describeStoreContract("InMemoryStore", () =>
  Promise.resolve({ store: shared, close: () => Promise.resolve() }),
);
describeAgendasAndPapersContract("InMemoryStore", () =>
  Promise.resolve({ store: shared, close: () => Promise.resolve() }),
);
describeSendWindowsContract("InMemoryStore", () =>
  Promise.resolve({ store: shared, close: () => Promise.resolve() }),
);
describeMeetingVotesContract("InMemoryStore", () =>
  Promise.resolve({ store: shared, close: () => Promise.resolve() }),
);
describeDecisionsAndActionsContract("InMemoryStore", () =>
  Promise.resolve({ store: shared, close: () => Promise.resolve() }),
);
describeTrackerContract("InMemoryStore", () =>
  Promise.resolve({ store: shared, close: () => Promise.resolve() }),
);
describeCinReviewsContract("InMemoryStore", () =>
  Promise.resolve({ store: shared, close: () => Promise.resolve() }),
);
describeMinutesContract("InMemoryStore", () =>
  Promise.resolve({ store: shared, close: () => Promise.resolve() }),
);
describeReportsContract("InMemoryStore", () =>
  Promise.resolve({ store: shared, close: () => Promise.resolve() }),
);
describeRetentionContract("InMemoryStore", () =>
  Promise.resolve({ store: shared, close: () => Promise.resolve() }),
);
describeCapacityRefusalsContract("InMemoryStore", () =>
  Promise.resolve({ store: shared, close: () => Promise.resolve() }),
);
