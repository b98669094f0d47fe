import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type ApiProblem, type Resource, runAction } from './api.ts';
import { useSession } from './session.tsx';
import {
  AuditHistory,
  asProblem,
  ConfirmDialog,
  DateTimeInput,
  FieldTable,
  fieldError,
  formatDate,
  HistoryPanel,
  instantToLocal,
  LoadMore,
  localToInstant,
  ProblemAlert,
  useList,
  useResource,
} from './ui.tsx';

/** One field of a simple resource: how it is edited, shown and sent. */
export interface FieldSpec {
  name: string;
  label: string;
  /** `datetime`: an ISO-8601 instant, edited in the admin's time zone. */
  kind: 'text' | 'textarea' | 'int' | 'select' | 'ref' | 'bool' | 'datetime';
  required?: boolean;
  /** An empty input means `null` (clears the field on edit). */
  nullable?: boolean;
  /** The values of a `select`. */
  options?: readonly string[];
  /** A `ref` picks an id of another collection, shown by `label`. */
  ref?: RefSpec;
  /** Only sent on create (e.g. a price's amount). */
  createOnly?: boolean;
  defaultValue?: string;
  description?: string;
}

export interface RefSpec {
  path: string;
  label: (item: Record<string, unknown>) => string;
  query?: Record<string, string>;
  /** Only offer the items this accepts (e.g. root products). */
  accept?: (item: Record<string, unknown>) => boolean;
}

export type Item = Resource & Record<string, unknown>;

/** Names of the referenced items, by id, per ref path. */
export type RefNames = Map<string, string>;

export interface CrudSpec {
  title: string;
  /** Path below `/orgs/{org}`, also the console's route: `packages`. */
  collection: string;
  singular: string;
  newLabel: string;
  fields: FieldSpec[];
  columns: { header: string; cell: (item: Item, names: RefNames) => ReactNode }[];
  /** List filters: `select` or `ref` fields named after the API's query parameters. */
  filters?: FieldSpec[];
  /** How the delete confirmation names an item. */
  display: (item: Item) => string;
  deleteWarning?: string;
  /** Where creates go, if not `/{collection}` (a product's prices: `/products/{id}/prices`). */
  createPath?: string;
  /** Extra content of the detail view, below the fields (e.g. a product's prices). */
  detailExtra?: (item: Item) => ReactNode;
  /** Read-only values shown in the detail view after the fields (e.g. an offer's redemption count). */
  readOnly?: { label: string; value: (item: Item) => ReactNode }[];
  /** Extra buttons beside "New …" on the list page; `reload` refreshes the list. */
  pageActions?: (reload: () => void) => ReactNode;
}

/** The referenced items of a spec's ref fields, loaded once per page: `path → (id → label)`. */
const useRefItems = (refs: RefSpec[]) => {
  const { api } = useSession();
  const [items, setItems] = useState<Record<string, Record<string, unknown>[]>>({});
  const paths = useMemo(() => [...new Set(refs.map((r) => r.path))], [refs]);
  const reload = useCallback(async () => {
    const loaded = await Promise.all(
      paths.map(async (path) => [
        path,
        await api.listAll<Record<string, unknown>>(`/${path}`).catch(() => []),
      ]),
    );
    setItems(Object.fromEntries(loaded));
  }, [api, paths]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { items, reload };
};

const refOptions = (ref: RefSpec, items: Record<string, Record<string, unknown>[]>) =>
  (items[ref.path] ?? [])
    .filter((item) => (ref.accept ? ref.accept(item) : true))
    .map((item) => ({ value: String(item.id), label: ref.label(item) }));

const namesOf = (spec: CrudSpec, items: Record<string, Record<string, unknown>[]>): RefNames => {
  const names: RefNames = new Map();
  for (const field of [...spec.fields, ...(spec.filters ?? [])]) {
    if (!field.ref) continue;
    for (const item of items[field.ref.path] ?? []) names.set(String(item.id), field.ref.label(item));
  }
  return names;
};

const rawOf = (value: unknown): string =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : String(value);

/** A field's value as its input holds it (instants in the admin's time zone). */
const inputValueOf = (field: FieldSpec, value: unknown): string =>
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
export const patchBody = (fields: FieldSpec[], values: Record<string, string>, item: Item) => {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.createOnly) continue;
    const value = apiValue(field, values[field.name] ?? '');
    if (JSON.stringify(value) !== JSON.stringify(apiValue(field, inputValueOf(field, item[field.name]))))
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

/**
 * The create and edit dialog of a simple resource. Field errors of a refusal appear under their inputs;
 * a version_mismatch offers to reload the item into the form.
 */
export const ResourceDialog = ({
  spec,
  item,
  opened,
  onClose,
  onSaved,
  refItems,
}: {
  spec: CrudSpec;
  item: Item | null;
  opened: boolean;
  onClose: () => void;
  onSaved: (saved: Item) => void;
  refItems: Record<string, Record<string, unknown>[]>;
}) => {
  const { api } = useSession();
  const [base, setBase] = useState<Item | null>(item);
  const [values, setValues] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const action = useRef('');

  const fill = useCallback(
    (from: Item | null) => {
      setBase(from);
      setValues(
        Object.fromEntries(
          spec.fields.map((f) => [f.name, from ? inputValueOf(f, from[f.name]) : (f.defaultValue ?? '')]),
        ),
      );
    },
    [spec.fields],
  );

  useEffect(() => {
    if (!opened) return;
    fill(item);
    setProblem(null);
    action.current = `${spec.collection}:${item?.id ?? 'new'}:${crypto.randomUUID()}`;
  }, [opened, item, fill, spec.collection]);

  const reload = async () => {
    if (!base) return;
    try {
      fill(await api.call<Item>('GET', `/${spec.collection}/${base.id}`));
      setProblem(null);
    } catch (error) {
      setProblem(asProblem(error));
    }
  };

  const submit = async () => {
    setBusy(true);
    try {
      let saved: Item;
      if (base) {
        const body = patchBody(spec.fields, values, base);
        saved = Object.keys(body).length
          ? await runAction(action.current, (key) =>
              api.call<Item>('PATCH', `/${spec.collection}/${base.id}`, {
                body,
                ifMatch: base.version,
                idempotencyKey: key,
              }),
            )
          : base;
      } else {
        const body = createBody(spec.fields, values);
        saved = await runAction(action.current, (key) =>
          api.call<Item>('POST', spec.createPath ?? `/${spec.collection}`, { body, idempotencyKey: key }),
        );
      }
      onSaved(saved);
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const fields = base ? spec.fields.filter((f) => !f.createOnly) : spec.fields;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={base ? `Edit ${spec.singular}` : spec.newLabel}
      centered
      size="lg"
    >
      {/* noValidate: the API validates, and its errors appear next to each field. */}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <ProblemAlert problem={problem} shownPaths={fields.map((f) => f.name)} onReload={reload} />
          {fields.map((field) => (
            <FieldInput
              key={field.name}
              field={field}
              value={values[field.name] ?? ''}
              onChange={(value) => setValues((v) => ({ ...v, [field.name]: value }))}
              error={fieldError(problem, field.name)}
              {...(field.ref ? { options: refOptions(field.ref, refItems) } : {})}
            />
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

/** Deletes an item after a confirmation dialog, with If-Match; refusals come back to the caller. */
const useDelete = (spec: CrudSpec, onDeleted: () => void, onProblem: (p: ApiProblem) => void) => {
  const { api } = useSession();
  const [target, setTarget] = useState<Item | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    if (!target) return;
    setBusy(true);
    try {
      await runAction(`delete:${target.id}:${target.version}`, (key) =>
        api.call('DELETE', `/${spec.collection}/${target.id}`, {
          ifMatch: target.version,
          idempotencyKey: key,
        }),
      );
      onDeleted();
    } catch (error) {
      onProblem(asProblem(error));
    } finally {
      setBusy(false);
      setTarget(null);
    }
  };
  const dialog = (
    <ConfirmDialog
      opened={target !== null}
      title={`Delete ${spec.singular}`}
      confirmLabel="Delete"
      danger
      busy={busy}
      onConfirm={() => void confirm()}
      onClose={() => setTarget(null)}
    >
      <Text>
        Delete {spec.singular} <b>{target ? spec.display(target) : ''}</b>?{' '}
        {spec.deleteWarning ?? 'Deletion is permanent.'}
      </Text>
    </ConfirmDialog>
  );
  return { ask: setTarget, dialog };
};

/** A simple resource's table: filters, pages through cursors, create, edit and delete dialogs. */
export const CrudPage = ({ spec }: { spec: CrudSpec }) => {
  const { isAdmin } = useSession();
  const [filters, setFilters] = useState<Record<string, string>>({});
  const list = useList<Item>(`/${spec.collection}`, filters);
  const refs = useMemo(
    () => [...spec.fields, ...(spec.filters ?? [])].flatMap((f) => (f.ref ? [f.ref] : [])),
    [spec],
  );
  const refItems = useRefItems(refs);
  const names = useMemo(() => namesOf(spec, refItems.items), [spec, refItems.items]);
  const [editing, setEditing] = useState<Item | null | undefined>(undefined);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const remove = useDelete(
    spec,
    () => {
      setProblem(null);
      void list.reload();
    },
    setProblem,
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{spec.title}</Title>
        {isAdmin && (
          <Group>
            {spec.pageActions?.(() => void list.reload())}
            <Button onClick={() => setEditing(null)}>{spec.newLabel}</Button>
          </Group>
        )}
      </Group>
      {spec.filters && (
        <Group>
          {spec.filters.map((field) => (
            <FieldInput
              key={field.name}
              field={field}
              value={filters[field.name] ?? ''}
              onChange={(value) => setFilters((f) => ({ ...f, [field.name]: value }))}
              {...(field.ref ? { options: refOptions(field.ref, refItems.items) } : {})}
            />
          ))}
        </Group>
      )}
      <ProblemAlert problem={problem ?? list.problem} onReload={() => void list.reload()} />
      <Table striped highlightOnHover aria-label={spec.title}>
        <Table.Thead>
          <Table.Tr>
            {spec.columns.map((c) => (
              <Table.Th key={c.header}>{c.header}</Table.Th>
            ))}
            {isAdmin && <Table.Th>Actions</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.items.map((item) => (
            <Table.Tr key={item.id}>
              {spec.columns.map((c, i) => (
                <Table.Td key={c.header}>
                  {i === 0 ? (
                    <Anchor component={Link} to={`/${spec.collection}/${item.id}`}>
                      {c.cell(item, names)}
                    </Anchor>
                  ) : (
                    c.cell(item, names)
                  )}
                </Table.Td>
              ))}
              {isAdmin && (
                <Table.Td>
                  <Group gap="xs">
                    <Button size="xs" variant="light" onClick={() => setEditing(item)}>
                      Edit
                    </Button>
                    <Button size="xs" variant="light" color="red" onClick={() => remove.ask(item)}>
                      Delete
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!list.loading && list.items.length === 0 && <Text c="dimmed">Nothing here yet.</Text>}
      <LoadMore list={list} />
      <ResourceDialog
        spec={spec}
        item={editing ?? null}
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          setProblem(null);
          void list.reload();
        }}
        refItems={refItems.items}
      />
      {remove.dialog}
    </Stack>
  );
};

/** A simple resource's detail view: its fields, edit and delete, and its audit history. */
export const CrudDetail = ({ spec }: { spec: CrudSpec }) => {
  const { id = '' } = useParams();
  const { isAdmin } = useSession();
  const navigate = useNavigate();
  const { item, problem: loadProblem, reload } = useResource<Item>(`/${spec.collection}/${id}`);
  const refs = useMemo(() => spec.fields.flatMap((f) => (f.ref ? [f.ref] : [])), [spec]);
  const refItems = useRefItems(refs);
  const names = useMemo(() => namesOf(spec, refItems.items), [spec, refItems.items]);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [historyKey, setHistoryKey] = useState(0);
  const remove = useDelete(spec, () => navigate(`/${spec.collection}`), setProblem);

  if (!item) return <ProblemAlert problem={loadProblem} />;
  const show = (field: FieldSpec): ReactNode => {
    const value = item[field.name];
    if (value === null || value === undefined || value === '') return '—';
    if (field.kind === 'datetime') return formatDate(String(value));
    return field.ref ? (names.get(String(value)) ?? String(value)) : String(value);
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>
          {spec.singular[0]?.toUpperCase()}
          {spec.singular.slice(1)} {spec.display(item)}
        </Title>
        {isAdmin && (
          <Group>
            <Button variant="light" onClick={() => setEditing(true)}>
              Edit
            </Button>
            <Button variant="light" color="red" onClick={() => remove.ask(item)}>
              Delete
            </Button>
          </Group>
        )}
      </Group>
      <ProblemAlert problem={problem} onReload={() => void reload()} />
      <FieldTable
        rows={[
          ['Id', item.id],
          ...spec.fields.map((f): [string, ReactNode] => [f.label, show(f)]),
          ...(spec.readOnly ?? []).map((r): [string, ReactNode] => [r.label, r.value(item)]),
          ['Version', item.version],
          ['Created', formatDate(item.createdAt)],
          ['Updated', formatDate(item.updatedAt)],
        ]}
      />
      {spec.detailExtra?.(item)}
      <HistoryPanel entityId={item.id} current={item} />
      <AuditHistory key={`${item.id}:${item.version}:${historyKey}`} entityId={item.id} />
      <ResourceDialog
        spec={spec}
        item={item}
        opened={editing}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          setHistoryKey((k) => k + 1);
          void reload();
        }}
        refItems={refItems.items}
      />
      {remove.dialog}
    </Stack>
  );
};
