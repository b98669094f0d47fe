import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Code,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { type ReactNode, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { type ApiProblem, runAction } from '../api.ts';
import { useSession } from '../session.tsx';
import {
  AuditHistory,
  asProblem,
  ConfirmDialog,
  FieldTable,
  formatDate,
  formatMoney,
  HistoryPanel,
  LoadMore,
  ProblemAlert,
  StatusBadge,
  useAll,
  useList,
  useResource,
} from '../ui.tsx';
import type { BulkResult, Named, Plan } from './plan-types.ts';

/**
 * The lifecycle routes. Code Router's "Unpublish" is `POST /unpublish` (`active → draft`): no new
 * subscriptions, existing ones carry on; publishing again makes it active.
 */
type Lifecycle = 'publish' | 'unpublish' | 'archive' | 'restore';
/** Hiding an active plan from listings while it stays subscribable by direct link: `visibility`. */
type Visibility = 'make-private' | 'make-public';
type PlanOp = Lifecycle | Visibility | 'duplicate' | 'delete';
const PAST: Record<PlanOp, string> = {
  publish: 'Published',
  unpublish: 'Unpublished (back to draft)',
  archive: 'Archived',
  restore: 'Restored',
  'make-private': 'Made private',
  'make-public': 'Made public',
  duplicate: 'Duplicated',
  delete: 'Deleted',
};

const request = (op: PlanOp, plan: Plan) => {
  switch (op) {
    case 'delete':
      return { method: 'DELETE', path: `/plans/${plan.id}`, ifMatch: plan.version };
    case 'make-private':
    case 'make-public':
      return {
        method: 'PATCH',
        path: `/plans/${plan.id}`,
        ifMatch: plan.version,
        body: { visibility: op === 'make-private' ? 'private' : 'public' },
      };
    // Duplicate leaves the original untouched: no version to hold it to.
    case 'duplicate':
      return { method: 'POST', path: `/plans/${plan.id}/duplicate` };
    default:
      return { method: 'POST', path: `/plans/${plan.id}/${op}`, ifMatch: plan.version };
  }
};

/**
 * A plan's row actions (lifecycle steps, duplicate, delete with confirmation), each with If-Match on
 * the version shown and an Idempotency-Key per action, and what they answered.
 */
const usePlanActions = (onDone: (op: string, plan: Plan, result?: Plan) => void) => {
  const { api } = useSession();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Plan | null>(null);

  const run = async (op: PlanOp, plan: Plan) => {
    setBusy(`${op}:${plan.id}`);
    setProblem(null);
    setMessage(null);
    try {
      const { method, path, ...options } = request(op, plan);
      const result = await runAction(`${op}:${plan.id}:${plan.version}`, (key) =>
        api.call<Plan | undefined>(method, path, { ...options, idempotencyKey: key }),
      );
      setMessage(
        op === 'duplicate' && result
          ? `Duplicated ${plan.name} as ${result.name}.`
          : `${PAST[op]} ${plan.name}.`,
      );
      onDone(op, plan, result ?? undefined);
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(null);
    }
  };

  const buttons = (plan: Plan, withEdit: boolean): ReactNode => (
    <Group gap={6} wrap="nowrap">
      {withEdit && (
        <Button size="xs" variant="default" component={Link} to={`/plans/${plan.id}/edit`}>
          Edit
        </Button>
      )}
      {plan.status === 'draft' && (
        <Button
          size="xs"
          variant="light"
          loading={busy === `publish:${plan.id}`}
          onClick={() => void run('publish', plan)}
        >
          Publish
        </Button>
      )}
      {plan.status === 'active' && (
        <Button
          size="xs"
          variant="light"
          color="yellow"
          title="Back to draft: no new subscriptions; existing ones continue until they end"
          loading={busy === `unpublish:${plan.id}`}
          onClick={() => void run('unpublish', plan)}
        >
          Unpublish
        </Button>
      )}
      {plan.status === 'active' && (
        <Button
          size="xs"
          variant="light"
          color="orange"
          loading={busy === `archive:${plan.id}`}
          onClick={() => void run('archive', plan)}
        >
          Archive
        </Button>
      )}
      {plan.status === 'active' && (
        <Button
          size="xs"
          variant="light"
          color="gray"
          title={
            plan.visibility === 'public'
              ? 'Hide it from listings (private); it stays active and subscribable by direct link'
              : 'Show it in listings again'
          }
          loading={busy === `make-private:${plan.id}` || busy === `make-public:${plan.id}`}
          onClick={() => void run(plan.visibility === 'public' ? 'make-private' : 'make-public', plan)}
        >
          {plan.visibility === 'public' ? 'Make private' : 'Make public'}
        </Button>
      )}
      {plan.status === 'archived' && (
        <Button
          size="xs"
          variant="light"
          loading={busy === `restore:${plan.id}`}
          onClick={() => void run('restore', plan)}
        >
          Restore
        </Button>
      )}
      <Button
        size="xs"
        variant="light"
        color="gray"
        loading={busy === `duplicate:${plan.id}`}
        onClick={() => void run('duplicate', plan)}
      >
        Duplicate
      </Button>
      {plan.status === 'draft' && (
        <Button size="xs" variant="light" color="red" onClick={() => setDeleting(plan)}>
          Delete
        </Button>
      )}
    </Group>
  );

  const dialog = (
    <ConfirmDialog
      opened={deleting !== null}
      title="Delete plan"
      confirmLabel="Delete"
      danger
      busy={busy?.startsWith('delete:') ?? false}
      onConfirm={() => {
        const plan = deleting;
        setDeleting(null);
        if (plan) void run('delete', plan);
      }}
      onClose={() => setDeleting(null)}
    >
      <Text>
        Delete the draft plan <b>{deleting?.name}</b>? Deletion is permanent.
      </Text>
    </ConfirmDialog>
  );
  return { buttons, dialog, problem, message, setProblem, setMessage };
};

type BulkOp = 'bulk-archive' | 'bulk-delete' | 'bulk-move';
type BulkBody = { planIds: string[]; groupId?: string | null };
interface BulkPreview {
  op: BulkOp;
  body: BulkBody;
  /** What the dry run answered: what would succeed and be skipped now. */
  result: BulkResult;
}

const BULK_TITLES: Record<BulkOp, string> = {
  'bulk-archive': 'Archive plans',
  'bulk-delete': 'Delete plans',
  'bulk-move': 'Move plans',
};

/** A bulk action's preview (its dry run), plan by plan, and "Confirm" to run it for real. */
const BulkPreviewDialog = ({
  preview,
  names,
  groupName,
  busy,
  onConfirm,
  onClose,
}: {
  preview: BulkPreview | null;
  names: Map<string, string>;
  groupName: string | null;
  busy: boolean;
  onConfirm: (preview: BulkPreview) => void;
  onClose: () => void;
}) => {
  const result = preview?.result;
  const skipped = new Map((result?.skipped ?? []).map((s) => [s.id, s.code]));
  const succeeded = new Set(result?.succeeded ?? []);
  return (
    <Modal
      opened={preview !== null}
      onClose={onClose}
      title={preview ? BULK_TITLES[preview.op] : ''}
      centered
    >
      <Stack>
        <Text size="sm" role="status">
          Preview (nothing written yet): {succeeded.size} would succeed, {skipped.size} would be skipped.
          {preview?.op === 'bulk-move' ? ` Target: ${groupName ?? 'no group'}.` : ''}
          {preview?.op === 'bulk-delete' ? ' Deletion is permanent.' : ''}
        </Text>
        <Table striped aria-label="Preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Plan</Table.Th>
              <Table.Th>Outcome</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(preview?.body.planIds ?? []).map((id) => (
              <Table.Tr key={id}>
                <Table.Td>{names.get(id) ?? id}</Table.Td>
                <Table.Td>
                  {succeeded.has(id) ? (
                    'would succeed'
                  ) : (
                    <>
                      would be skipped <Code>{skipped.get(id) ?? 'unknown'}</Code>
                    </>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">
          A change made meanwhile may still change the outcome.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color={preview?.op === 'bulk-delete' ? 'red' : undefined}
            loading={busy}
            disabled={succeeded.size === 0}
            onClick={() => preview && onConfirm(preview)}
          >
            Confirm
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

export const cycleText = (plan: Plan) =>
  plan.availableCycles
    .map((c) => (c === 'custom' ? `${plan.customDays} days` : c))
    .map((c) => (c === plan.defaultCycle ? `${c}*` : c))
    .join(', ');

/** The plans table: filters, row actions, multi-select with bulk archive, delete and move to group. */
export const PlansPage = () => {
  const { api, isAdmin } = useSession();
  const [filters, setFilters] = useState<Record<string, string>>({});
  const list = useList<Plan>('/plans', filters);
  const groups = useAll<Named>('/plan-groups');
  const groupNames = useMemo(() => new Map(groups.items.map((g) => [g.id, g.name])), [groups.items]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [moveTo, setMoveTo] = useState<string | null>(null);
  const [bulkBusy, setBulkBusy] = useState(false);
  const [preview, setPreview] = useState<BulkPreview | null>(null);
  const actions = usePlanActions(() => void list.reload());
  const [bulkAction] = useState(() => crypto.randomUUID());

  /** The "Preview" step: the same request as a dry run (`?dryRun=true`), nothing written. */
  const askBulk = async (op: BulkOp) => {
    const planIds = [...selected];
    const body = op === 'bulk-move' ? { planIds, groupId: moveTo || null } : { planIds };
    setBulkBusy(true);
    actions.setProblem(null);
    actions.setMessage(null);
    try {
      // A dry run ignores Idempotency-Key: none is sent.
      const result = await api.call<BulkResult>('POST', `/plans/${op}`, { body, query: { dryRun: 'true' } });
      setPreview({ op, body, result });
    } catch (error) {
      actions.setProblem(asProblem(error));
    } finally {
      setBulkBusy(false);
    }
  };

  const bulk = async (op: BulkOp, body: BulkBody) => {
    const { planIds } = body;
    setBulkBusy(true);
    actions.setProblem(null);
    actions.setMessage(null);
    try {
      const result = await runAction(`${bulkAction}:${op}:${JSON.stringify(body)}`, (key) =>
        api.call<BulkResult>('POST', `/plans/${op}`, { body, idempotencyKey: key }),
      );
      const names = new Map(list.items.map((p) => [p.id, p.name]));
      const verb = { 'bulk-archive': 'Archived', 'bulk-delete': 'Deleted', 'bulk-move': 'Moved' }[op];
      const skipped = result.skipped.map((s) => `${names.get(s.id) ?? s.id} (${s.code})`);
      actions.setMessage(
        `${verb} ${result.succeeded.length} of ${planIds.length} plans.` +
          (skipped.length ? ` Skipped: ${skipped.join(', ')}.` : ''),
      );
      setSelected(new Set(result.skipped.map((s) => s.id)));
      await list.reload();
    } catch (error) {
      actions.setProblem(asProblem(error));
    } finally {
      setBulkBusy(false);
      setPreview(null);
    }
  };

  const filter = (name: string, label: string, data: { value: string; label: string }[] | string[]) => (
    <Select
      label={label}
      data={data}
      value={filters[name] ?? null}
      clearable
      onChange={(v) => setFilters((f) => ({ ...f, [name]: v ?? '' }))}
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
        <Table.Thead>
          <Table.Tr>
            {isAdmin && (
              <Table.Th w={40}>
                <Checkbox
                  aria-label="Select all"
                  checked={allSelected}
                  onChange={() => setSelected(allSelected ? new Set() : new Set(list.items.map((p) => p.id)))}
                />
              </Table.Th>
            )}
            <Table.Th>Name</Table.Th>
            <Table.Th>Price</Table.Th>
            <Table.Th>Cycle</Table.Th>
            <Table.Th>Quota</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Visibility</Table.Th>
            <Table.Th>Group</Table.Th>
            {isAdmin && <Table.Th>Actions</Table.Th>}
          </Table.Tr>
        </Table.Thead>
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
              <Table.Td>
                <Anchor component={Link} to={`/plans/${plan.id}`}>
                  {plan.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {plan.slug}
                </Text>
              </Table.Td>
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
      {!list.loading && list.items.length === 0 && <Text c="dimmed">No plans yet.</Text>}
      <LoadMore list={list} />
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
  const { item: plan, problem, reload } = useResource<Plan>(`/plans/${id}`);
  const products = useAll<Named>('/products');
  const packages = useAll<Named & { code: string }>('/packages');
  const groups = useAll<Named>('/plan-groups');
  const companies = useAll<Named>('/companies');
  const name = (items: Named[], ref: string | null) =>
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
          [
            'Limits',
            Object.entries(plan.limits)
              .map(([k, v]) => `${k}: ${v}`)
              .join(', ') || '—',
          ],
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
          ['Published', formatDate(plan.publishedAt)],
          ['Archived', formatDate(plan.archivedAt)],
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
