export {
  caseItemsInMinuteOf,
  minuteCaseItemDefaults,
  panelPresets,
  presetSettings,
  type PanelPreset,
} from "./panel-presets.js";
