/**
 * The screens of a simple resource (packages, offers, …): its table and its detail view, made from a
 * CrudSpec (crud/spec.ts) with its dialogs (crud/dialog.tsx) and inputs (crud/fields.tsx).
 */
import { Anchor, Button, Group, Stack, Table, Title } from '@mantine/core';
import { type ReactNode, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ApiProblem } from './api.ts';
import {
  namesOf,
  ResourceDialog,
  refOptions,
  useDelete,
  useEditDialog,
  useRefItems,
} from './crud/dialog.tsx';
import { FieldInput, fieldsOf } from './crud/fields.tsx';
import { type CrudSpec, crudCalls, type FieldSpec } from './crud/spec.ts';
import { useLoaded, usePages } from './hooks.ts';
import { useSession } from './session.tsx';
import { AuditHistory, DateTime, FieldTable, HistoryPanel, ListEnd, ProblemAlert, TableHead } from './ui.tsx';

// What the split modules export to the pages, under the names they had in crud.tsx.
export { ResourceDialog, useEditDialog } from './crud/dialog.tsx';
export { createBody, FieldInput, patchBody } from './crud/fields.tsx';
export type { Collection, CrudItem, CrudSpec, FieldSpec, ItemOf, RefNames, RefSpec } from './crud/spec.ts';
export { refTo } from './crud/spec.ts';

/** A simple resource's table: filters, pages through cursors, create, edit and delete dialogs. */
export const CrudPage = ({ spec }: { spec: CrudSpec }) => {
  const { api, isAdmin } = useSession();
  const [filters, setFilters] = useState<Record<string, string>>({});
  const list = usePages(
    (cursor) => crudCalls(api, spec).page(filters, cursor),
    JSON.stringify([spec.collection, filters]),
  );
  const refs = useMemo(
    () => [...spec.fields, ...(spec.filters ?? [])].flatMap((f) => (f.ref ? [f.ref] : [])),
    [spec],
  );
  const refItems = useRefItems(refs);
  const names = useMemo(() => namesOf(spec, refItems.items), [spec, refItems.items]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const editor = useEditDialog(spec, refItems.items, () => {
    setProblem(null);
    void list.reload();
  });
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
            <Button onClick={() => editor.edit(null)}>{spec.newLabel}</Button>
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
        <TableHead columns={spec.columns.map((c) => c.header)} actions={isAdmin} />
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
                    <Button size="xs" variant="light" onClick={() => editor.edit(item)}>
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
      <ListEnd list={list} empty="Nothing here yet." />
      {editor.dialog}
      {remove.dialog}
    </Stack>
  );
};

/** A simple resource's detail view: its fields, edit and delete, and its audit history. */
export const CrudDetail = ({ spec }: { spec: CrudSpec }) => {
  const { id = '' } = useParams();
  const { api, isAdmin } = useSession();
  const navigate = useNavigate();
  const {
    item,
    problem: loadProblem,
    reload,
  } = useLoaded(() => crudCalls(api, spec).get(id), JSON.stringify([spec.collection, id]));
  const refs = useMemo(() => spec.fields.flatMap((f) => (f.ref ? [f.ref] : [])), [spec]);
  const refItems = useRefItems(refs);
  const names = useMemo(() => namesOf(spec, refItems.items), [spec, refItems.items]);
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [historyKey, setHistoryKey] = useState(0);
  const remove = useDelete(spec, () => navigate(`/${spec.collection}`), setProblem);

  if (!item) return <ProblemAlert problem={loadProblem} />;
  const show = (field: FieldSpec): ReactNode => {
    const value = fieldsOf(item)[field.name];
    if (value === null || value === undefined || value === '') return '—';
    if (field.kind === 'datetime') return <DateTime iso={String(value)} />;
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
          ['Created', <DateTime key="created" iso={item.createdAt} />],
          ['Updated', <DateTime key="updated" iso={item.updatedAt} />],
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
