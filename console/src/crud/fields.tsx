/** A simple resource's fields: their inputs, and their values between the API and the inputs. */
import { Checkbox, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { DateTimeInput, instantToLocal, localToInstant } from '../ui.tsx';
import type { CrudItem, FieldSpec } from './spec.ts';

/** An item's fields by name (every generated item type is such a record). */
export const fieldsOf = (item: CrudItem): Record<string, unknown> => item;

const rawOf = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : String(value);

/** A field's value as its input holds it (instants in the admin's time zone). */
export const inputValueOf = (field: FieldSpec, value: unknown): string =>
  field.kind === 'datetime' && typeof value === 'string' ? instantToLocal(value) : rawOf(value);

/** An input's text as the API's value: integers as numbers (anything else as typed, for the API to refuse). */
const apiValue = (field: FieldSpec, raw: string): unknown => {
  if (raw.trim() === '' && (field.nullable || field.kind === 'ref' || field.kind === 'int')) return null;
  if (field.kind === 'datetime') return localToInstant(raw);
  if (field.kind === 'int') return /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
  if (field.kind === 'bool') return raw === 'true';
  return raw;
};

/** A create body: every field with a value (an empty optional field is left to its default). */
export const createBody = (fields: FieldSpec[], values: Record<string, string>) => {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = apiValue(field, values[field.name] ?? '');
    if (value !== null || field.required) body[field.name] = value;
  }
  return body;
};

/** A PATCH body: only the fields that changed. */
export const patchBody = (fields: FieldSpec[], values: Record<string, string>, item: CrudItem) => {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.createOnly) continue;
    const value = apiValue(field, values[field.name] ?? '');
    if (
      JSON.stringify(value) !==
      JSON.stringify(apiValue(field, inputValueOf(field, fieldsOf(item)[field.name])))
    )
      body[field.name] = value;
  }
  return body;
};

export const FieldInput = ({
  field,
  value,
  onChange,
  error,
  options,
  disabled,
}: {
  field: FieldSpec;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  options?: { value: string; label: string }[];
  disabled?: boolean;
}) => {
  const common = {
    label: field.label,
    required: field.required ?? false,
    error,
    disabled: disabled ?? false,
    description: field.description,
  };
  switch (field.kind) {
    case 'bool':
      return (
        <Checkbox
          label={field.label}
          checked={value === 'true'}
          disabled={disabled ?? false}
          error={error}
          onChange={(e) => onChange(String(e.currentTarget.checked))}
        />
      );
    case 'datetime':
      return (
        <DateTimeInput
          label={field.label}
          value={value}
          onChange={onChange}
          error={error}
          disabled={disabled ?? false}
          {...(field.description ? { description: field.description } : {})}
        />
      );
    case 'textarea':
      return (
        <Textarea
          {...common}
          autosize
          minRows={2}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'int':
      return (
        <NumberInput
          {...common}
          allowDecimal={false}
          value={value}
          onChange={(v) => onChange(v === '' ? '' : String(v))}
        />
      );
    case 'select':
    case 'ref':
      return (
        <Select
          {...common}
          data={field.kind === 'select' ? [...(field.options ?? [])] : (options ?? [])}
          value={value || null}
          onChange={(v) => onChange(v ?? '')}
          clearable={!field.required}
          searchable={field.kind === 'ref'}
          nothingFoundMessage="Nothing found"
          comboboxProps={{ withinPortal: true }}
        />
      );
    default:
      return <TextInput {...common} value={value} onChange={(e) => onChange(e.currentTarget.value)} />;
  }
};
