import { Field, Select } from "@fluentui/react-components";

export interface PanelChoice {
  id: string;
  name: string;
}

export interface PanelPickerProps {
  panels: PanelChoice[];
  value: string | null;
  onChange: (panelId: string) => void;
  label?: string;
  disabled?: boolean;
}

/** A labelled choice of panel; a native select underneath, so keyboards and screen readers know it. */
export function PanelPicker({ panels, value, onChange, label = "Panel", disabled }: PanelPickerProps) {
  return (
    <Field label={label}>
      <Select
        value={value ?? ""}
        disabled={disabled || panels.length === 0}
        onChange={(_event, data) => {
          if (data.value) onChange(data.value);
        }}
      >
        <option value="" disabled>
          {panels.length === 0 ? "No panels you chair or coordinate" : "Choose a panel"}
        </option>
        {panels.map((panel) => (
          <option key={panel.id} value={panel.id}>
            {panel.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
