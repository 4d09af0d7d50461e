import type { ReactNode } from "react";
import { Field, Select } from "@fluentui/react-components";
import type { Me } from "@convenor/shared";

/** Picks one of the person's panels; the choice is part of the address, so it survives a reload. */
export function PanelPicker(props: {
  panels: Me["panels"];
  panelId: string | null;
  onChange: (panelId: string) => void;
}): ReactNode {
  return (
    <Field label="Panel" style={{ maxWidth: "32rem" }}>
      <Select value={props.panelId ?? ""} onChange={(_event, data) => props.onChange(data.value)}>
        {props.panelId === null && <option value="">Choose a panel</option>}
        {props.panels.map((panel) => (
          <option key={panel.panelId} value={panel.panelId}>
            {panel.panelName}
          </option>
        ))}
      </Select>
    </Field>
  );
}
