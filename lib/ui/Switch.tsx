import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
  /** A colour swatch before the label (a category's colour). */
  color?: string;
  /** Extra text after the label, e.g. a count. */
  detail?: ComponentChildren;
  /** Accessible name when the visible label is not enough. */
  label?: string;
  disabled?: boolean;
  testId?: string;
}

/** An on/off switch: a button with role="switch", so Space and Enter toggle it and readers say its state. */
export function Switch({ checked, onChange, children, color, detail, label, disabled, testId }: SwitchProps) {
  const labelId = useId();
  return (
    <button
      type="button"
      role="switch"
      class="tl-switch"
      aria-checked={checked ? 'true' : 'false'}
      aria-labelledby={label ? undefined : labelId}
      aria-label={label}
      disabled={disabled}
      data-testid={testId}
      style={color ? { '--tl-swatch': color } : undefined}
      onClick={() => onChange(!checked)}
    >
      {color && <span class="tl-swatch" aria-hidden="true" />}
      <span class="tl-switch-label" id={labelId}>
        {children}
      </span>
      {detail !== undefined && <span class="tl-switch-detail">{detail}</span>}
      <span class="tl-switch-track" aria-hidden="true">
        <span class="tl-switch-thumb" />
      </span>
    </button>
  );
}
