/** The dialogs of a simple resource (create and edit, delete), and the items its references name. */
import { Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type ApiProblem, runAction } from '../api.ts';
import { useSession } from '../session.tsx';
import {
  asProblem,
  ConfirmDialog,
  FormDialog,
  fieldError,
  ProblemAlert,
  useConfirmed,
  useSubmit,
} from '../ui.tsx';
import { createBody, FieldInput, fieldsOf, inputValueOf, patchBody } from './fields.tsx';
import {
  type CrudItem,
  type CrudSpec,
  crudCalls,
  type RefNames,
  type RefOption,
  type RefSpec,
} from './spec.ts';

/** The referenced items of a spec's ref fields, loaded once per page: `path → options`. */
export type RefItems = Record<string, RefOption[]>;

export const useRefItems = (refs: RefSpec[]) => {
  const { api } = useSession();
  const [items, setItems] = useState<RefItems>({});
  const unique = useMemo(() => [...new Map(refs.map((r) => [r.path, r])).values()], [refs]);
  const reload = useCallback(async () => {
    const loaded = await Promise.all(
      unique.map(async (ref) => [ref.path, await ref.load(api).catch(() => [])] as const),
    );
    setItems(Object.fromEntries(loaded));
  }, [api, unique]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { items, reload };
};

/** What a ref field's picker offers. */
export const refOptions = (ref: RefSpec, items: RefItems) =>
  (items[ref.path] ?? []).filter((o) => o.accepted).map(({ value, label }) => ({ value, label }));

/** The labels of every referenced item, by id. */
export const namesOf = (spec: CrudSpec, items: RefItems): RefNames => {
  const names: RefNames = new Map();
  for (const field of [...spec.fields, ...(spec.filters ?? [])]) {
    if (!field.ref) continue;
    for (const option of items[field.ref.path] ?? []) names.set(option.value, option.label);
  }
  return names;
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
  item: CrudItem | null;
  opened: boolean;
  onClose: () => void;
  onSaved: (saved: CrudItem) => void;
  refItems: RefItems;
}) => {
  const { api } = useSession();
  const calls = crudCalls(api, spec);
  const [base, setBase] = useState<CrudItem | null>(item);
  const [values, setValues] = useState<Record<string, string>>({});
  const { busy, problem, setProblem, run } = useSubmit();
  const action = useRef('');

  const fill = useCallback(
    (from: CrudItem | null) => {
      setBase(from);
      setValues(
        Object.fromEntries(
          spec.fields.map((f) => [
            f.name,
            from ? inputValueOf(f, fieldsOf(from)[f.name]) : (f.defaultValue ?? ''),
          ]),
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
  }, [opened, item, fill, spec.collection, setProblem]);

  const reload = async () => {
    if (!base) return;
    try {
      fill(await calls.get(base.id));
      setProblem(null);
    } catch (error) {
      setProblem(asProblem(error));
    }
  };

  const submit = () =>
    run(async () => {
      let saved: CrudItem;
      if (base) {
        // A PATCH is made safe to repeat by If-Match, not by a key (the API reads Idempotency-Key on POSTs).
        const body = patchBody(spec.fields, values, base);
        saved = Object.keys(body).length ? await calls.update(base, body) : base;
      } else {
        const body = createBody(spec.fields, values);
        saved = await runAction(action.current, (key) => calls.create(body, key));
      }
      onSaved(saved);
    });

  const fields = base ? spec.fields.filter((f) => !f.createOnly) : spec.fields;
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={base ? `Edit ${spec.singular}` : spec.newLabel}
      size="lg"
      onSubmit={() => void submit()}
      submitLabel="Save"
      busy={busy}
    >
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
    </FormDialog>
  );
};

/**
 * The create and edit dialog of a list: `edit(item)` opens it on an item, `edit(null)` on a new one; a
 * save closes it and calls `onSaved`.
 */
export const useEditDialog = (spec: CrudSpec, refItems: RefItems, onSaved: () => void) => {
  const [editing, setEditing] = useState<CrudItem | null | undefined>(undefined);
  const dialog = (
    <ResourceDialog
      spec={spec}
      item={editing ?? null}
      opened={editing !== undefined}
      onClose={() => setEditing(undefined)}
      onSaved={() => {
        setEditing(undefined);
        onSaved();
      }}
      refItems={refItems}
    />
  );
  return { edit: (item: CrudItem | null) => setEditing(item), dialog };
};

/** Deletes an item after a confirmation dialog, with If-Match; refusals come back to the caller. */
export const useDelete = (spec: CrudSpec, onDeleted: () => void, onProblem: (p: ApiProblem) => void) => {
  const { api } = useSession();
  const remove = useConfirmed(
    (target: CrudItem) => crudCalls(api, spec).remove(target),
    onDeleted,
    onProblem,
  );
  const dialog = (
    <ConfirmDialog {...remove.dialogProps} title={`Delete ${spec.singular}`} confirmLabel="Delete" danger>
      <Text>
        Delete {spec.singular} <b>{remove.target ? spec.display(remove.target) : ''}</b>?{' '}
        {spec.deleteWarning ?? 'Deletion is permanent.'}
      </Text>
    </ConfirmDialog>
  );
  return { ask: remove.ask, dialog };
};
