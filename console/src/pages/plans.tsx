import { Alert, Button, Checkbox, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { ListParams } from '../api.ts';
import { useSession } from '../session.tsx';
import {
  AuditHistory,
  DateTime,
  FieldTable,
  formatMoney,
  HistoryPanel,
  ListEnd,
  limitsText,
  NameCell,
  ProblemAlert,
  StatusBadge,
  TableHead,
  useAll,
  useList,
  useResource,
} from '../ui.tsx';
import type { Plan } from './plan-types.ts';
import { usePlanActions } from './plans/actions.tsx';
import { BulkPreviewDialog, usePlanBulk } from './plans/bulk.tsx';

type PlanFilters = NonNullable<ListParams<'/plans'>['query']>;

export const cycleText = (plan: Plan) =>
  plan.availableCycles
    .map((c) => (c === 'custom' ? `${plan.customDays} days` : c))
    .map((c) => (c === plan.defaultCycle ? `${c}*` : c))
    .join(', ');

/** The plans table: filters, row actions, multi-select with bulk archive, delete and move to group. */
export const PlansPage = () => {
  const { isAdmin } = useSession();
  const [filters, setFilters] = useState<PlanFilters>({});
  const list = useList('/plans', { query: filters });
  const groups = useAll('/plan-groups');
  const groupNames = useMemo(() => new Map(groups.items.map((g) => [g.id, g.name])), [groups.items]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [moveTo, setMoveTo] = useState<string | null>(null);
  const actions = usePlanActions(() => void list.reload());
  const { askBulk, bulk, preview, setPreview, bulkBusy } = usePlanBulk({
    plans: list.items,
    selected,
    setSelected,
    moveTo,
    report: actions,
    reload: list.reload,
  });

  /** A filter on one of the list's query parameters; `data` are its values (or id → label). */
  const filter = <K extends keyof PlanFilters>(
    name: K,
    label: string,
    data: NonNullable<PlanFilters[K]>[] | { value: string; label: string }[],
  ) => (
    <Select
      label={label}
      data={data}
      value={filters[name] ?? null}
      clearable
      // The Select offers only `data`: its value is one of them.
      onChange={(v) => setFilters((f) => ({ ...f, [name]: (v ?? undefined) as PlanFilters[K] }))}
      w={170}
    />
  );
  const allSelected = list.items.length > 0 && list.items.every((p) => selected.has(p.id));

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Plans</Title>
        {isAdmin && (
          <Button component={Link} to="/plans/new">
            Create Plan
          </Button>
        )}
      </Group>
      <Group>
        {filter('status', 'Status', ['draft', 'active', 'archived'])}
        {filter('visibility', 'Visibility', ['public', 'private'])}
        {filter('type', 'Type', ['standard', 'custom', 'promotional'])}
        {filter(
          'groupId',
          'Group',
          groups.items.map((g) => ({ value: g.id, label: g.name })),
        )}
      </Group>
      {isAdmin && selected.size > 0 && (
        <Group aria-label="Bulk actions">
          <Text size="sm">{selected.size} selected</Text>
          <Button size="xs" color="orange" loading={bulkBusy} onClick={() => void askBulk('bulk-archive')}>
            Archive selected
          </Button>
          <Button size="xs" color="red" loading={bulkBusy} onClick={() => void askBulk('bulk-delete')}>
            Delete selected
          </Button>
          <Select
            size="xs"
            placeholder="No group"
            aria-label="Target group"
            data={groups.items.map((g) => ({ value: g.id, label: g.name }))}
            value={moveTo}
            clearable
            onChange={setMoveTo}
            w={180}
          />
          <Button size="xs" variant="light" loading={bulkBusy} onClick={() => void askBulk('bulk-move')}>
            Move to group
          </Button>
        </Group>
      )}
      {actions.message && (
        <Alert color="green" role="status" withCloseButton onClose={() => actions.setMessage(null)}>
          {actions.message}
        </Alert>
      )}
      <ProblemAlert problem={actions.problem ?? list.problem} onReload={() => void list.reload()} />
      <Table striped highlightOnHover aria-label="Plans">
        <TableHead
          columns={['Name', 'Price', 'Cycle', 'Quota', 'Status', 'Visibility', 'Group']}
          actions={isAdmin}
        >
          {isAdmin && (
            <Table.Th w={40}>
              <Checkbox
                aria-label="Select all"
                checked={allSelected}
                onChange={() => setSelected(allSelected ? new Set() : new Set(list.items.map((p) => p.id)))}
              />
            </Table.Th>
          )}
        </TableHead>
        <Table.Tbody>
          {list.items.map((plan) => (
            <Table.Tr key={plan.id} data-plan={plan.slug}>
              {isAdmin && (
                <Table.Td>
                  <Checkbox
                    aria-label={`Select ${plan.name}`}
                    checked={selected.has(plan.id)}
                    onChange={() =>
                      setSelected((s) => {
                        const next = new Set(s);
                        if (!next.delete(plan.id)) next.add(plan.id);
                        return next;
                      })
                    }
                  />
                </Table.Td>
              )}
              <NameCell to={`/plans/${plan.id}`} name={plan.name} slug={plan.slug} />
              <Table.Td>{formatMoney(plan.price)}</Table.Td>
              <Table.Td>{cycleText(plan)}</Table.Td>
              <Table.Td>{plan.includedQuota ?? '—'}</Table.Td>
              <Table.Td>
                <StatusBadge status={plan.status} />
              </Table.Td>
              <Table.Td>{plan.visibility}</Table.Td>
              <Table.Td>{plan.groupId ? (groupNames.get(plan.groupId) ?? plan.groupId) : ''}</Table.Td>
              {isAdmin && <Table.Td>{actions.buttons(plan, true)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ListEnd list={list} empty="No plans yet." />
      {actions.dialog}
      <BulkPreviewDialog
        preview={preview}
        names={new Map(list.items.map((p) => [p.id, p.name]))}
        groupName={moveTo ? (groupNames.get(moveTo) ?? moveTo) : null}
        busy={bulkBusy}
        onConfirm={(p) => void bulk(p.op, p.body)}
        onClose={() => setPreview(null)}
      />
    </Stack>
  );
};

/** One plan: every field, its lifecycle actions, its state at a chosen date, and its audit history. */
export const PlanDetail = () => {
  const { id = '' } = useParams();
  const { isAdmin } = useSession();
  const navigate = useNavigate();
  const { item: plan, problem, reload } = useResource('/plans/{planId}', { path: { planId: id } });
  const products = useAll('/products');
  const packages = useAll('/packages');
  const groups = useAll('/plan-groups');
  const companies = useAll('/companies');
  const name = (items: { id: string; name: string }[], ref: string | null) =>
    ref ? (items.find((i) => i.id === ref)?.name ?? ref) : '—';
  const actions = usePlanActions((op, _plan, result) => {
    if (op === 'delete') navigate('/plans');
    else if (op === 'duplicate' && result) navigate(`/plans/${result.id}`);
    else void reload();
  });

  if (!plan) return <ProblemAlert problem={problem} />;
  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{plan.name}</Title>
          <StatusBadge status={plan.status} />
        </Group>
        {isAdmin && actions.buttons(plan, true)}
      </Group>
      {actions.message && (
        <Alert color="green" role="status">
          {actions.message}
        </Alert>
      )}
      <ProblemAlert problem={actions.problem} onReload={() => void reload()} />
      <FieldTable
        rows={[
          ['Id', plan.id],
          ['Slug', plan.slug],
          ['Description', plan.description ?? '—'],
          ['Type', plan.type],
          ['Visibility', plan.visibility],
          ['Price', formatMoney(plan.price)],
          ['Cycles (* default)', cycleText(plan)],
          ['Trial', `${plan.trialDays} days`],
          ['Included quota', plan.includedQuota ?? '—'],
          ['Features', plan.features.join(', ') || '—'],
          ['Limits', limitsText(plan.limits)],
          [
            'Items',
            plan.items.length
              ? plan.items
                  .map(
                    (item) =>
                      `${name(products.items, item.productId)} × ${item.quantity}${item.included ? '' : ' (add-on)'}`,
                  )
                  .join(', ')
              : '—',
          ],
          [
            'Package',
            plan.packageId
              ? (packages.items.find((p) => p.id === plan.packageId)?.code ?? plan.packageId)
              : '—',
          ],
          ['Group', name(groups.items, plan.groupId)],
          ['Company', name(companies.items, plan.companyId)],
          ['Published', <DateTime key="published" iso={plan.publishedAt} />],
          ['Archived', <DateTime key="archived" iso={plan.archivedAt} />],
          ['Live subscriptions', plan.liveSubscriptionCount],
          ['Subscriptions ever', plan.subscriptionCount],
          ['Version', plan.version],
        ]}
      />
      <HistoryPanel entityId={plan.id} current={plan} />
      <AuditHistory key={`${plan.id}:${plan.version}`} entityId={plan.id} />
      {actions.dialog}
    </Stack>
  );
};
