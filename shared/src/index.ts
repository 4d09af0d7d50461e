export * from "./model/index.js";
export * from "./ports/index.js";
export * from "./people/index.js";
export * from "./api/index.js";
export * from "./presets/index.js";
export * from "./calendar/index.js";
export * from "./ratings/index.js";
