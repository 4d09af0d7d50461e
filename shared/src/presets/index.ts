export { panelPresets, presetSettings, type PanelPreset } from "./panel-presets.js";
