import { InMemoryStore } from "@convenor/shared/testing";
import { describeStoreContract } from "./store.contract.js";

// The in-memory fake every workspace's unit tests use must behave like the real store.
const shared = new InMemoryStore();
describeStoreContract("InMemoryStore", () =>
  Promise.resolve({ store: shared, close: () => Promise.resolve() }),
);
