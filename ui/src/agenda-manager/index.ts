// `@convenor/ui/agenda-manager`: the chair's agenda and papers tools, a separate entry so an app can load it
// only when the person may manage (members never download it).
export { AgendaManager, type AgendaManagerProps } from "./agenda-manager.js";
