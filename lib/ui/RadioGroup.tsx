import type { ComponentChildren } from 'preact';

export interface RadioGroupProps<T extends string> {
  /** The group's name (radio buttons with one name are one choice, moved through with the arrow keys). */
  name: string;
  legend: string;
  /** Keeps the legend for screen readers only, where a heading above already says it. */
  hideLegend?: boolean;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  /** After the choices: a note on what they mean. */
  children?: ComponentChildren;
}

/** One of a few choices, as labelled radio buttons in a fieldset. */
export function RadioGroup<T extends string>({
  name,
  legend,
  hideLegend,
  options,
  value,
  onChange,
  children,
}: RadioGroupProps<T>) {
  return (
    <fieldset class="tl-fieldset">
      <legend class={hideLegend ? 'tl-visually-hidden' : undefined}>{legend}</legend>
      {options.map((option) => (
        <label class="tl-radio" key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
