import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type ApiProblem, type Resource, runAction } from '../api.ts';
import type { components } from '../api-types.ts';
import { useSession } from '../session.tsx';
import {
  AuditHistory,
  asProblem,
  ConfirmDialog,
  DateTimeInput,
  FieldTable,
  fieldError,
  formatDate,
  formatMoney,
  HistoryPanel,
  LoadMore,
  localToInstant,
  ProblemAlert,
  StatusBadge,
  useAll,
  useList,
  useResource,
} from '../ui.tsx';
import { BulkBindDialog, GrantLengthFields, GrantModeFields } from './bulk-bind.tsx';
import type { Plan } from './plan-types.ts';

/** A subscription as the API answers it (generated from the OpenAPI document). */
type Subscription = components['schemas']['Subscription'];

interface Subscriber extends Resource {
  username: string;
  email: string;
}

const live = (s: Subscription) => s.status === 'active' || s.status === 'trialing';

/** The usernames of the subscribers on screen, one GET each the first time an id shows up. */
const useUsernames = (ids: string[]) => {
  const { api } = useSession();
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const requested = useRef(new Set<string>());
  const wanted = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    const missing = wanted.split(',').filter((id) => id && !requested.current.has(id));
    if (missing.length === 0) return;
    for (const id of missing) requested.current.add(id);
    void Promise.all(
      missing.map((id) =>
        api
          .call<Subscriber>('GET', `/subscribers/${id}`)
          .then((s): [string, string] => [id, s.username])
          .catch((): [string, string] => [id, id]),
      ),
    ).then((found) => setNames((previous) => new Map([...previous, ...found])));
  }, [api, wanted]);
  return names;
};

/**
 * Code Router's Manual Bind: a user by username or email, an active plan, its cycle, its trial, and
 * what it grants (a number of cycles or an explicit end, as a new subscription or an extension).
 */
const ManualBindDialog = ({
  opened,
  onClose,
  onBound,
}: {
  opened: boolean;
  onClose: () => void;
  onBound: (s: Subscription) => void;
}) => {
  const { api } = useSession();
  const plans = useAll<Plan>(opened ? '/plans' : null, { status: 'active' });
  const [user, setUser] = useState('');
  const [planId, setPlanId] = useState<string | null>(null);
  const [cycle, setCycle] = useState<string | null>(null);
  const [trial, setTrial] = useState(false);
  const [cycles, setCycles] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [mode, setMode] = useState('new');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const grant = { cycles, setCycles, endsAt, setEndsAt, mode, setMode, note, setNote, problem, trial };
  const [busy, setBusy] = useState(false);
  const action = useRef('');
  const plan = plans.items.find((p) => p.id === planId);

  useEffect(() => {
    if (!opened) return;
    setUser('');
    setPlanId(null);
    setCycle(null);
    setTrial(false);
    setCycles('');
    setEndsAt('');
    setMode('new');
    setNote('');
    setProblem(null);
    action.current = `bind:${crypto.randomUUID()}`;
  }, [opened]);

  const submit = async () => {
    setBusy(true);
    try {
      const body: Record<string, unknown> = { user, planId: planId ?? '' };
      if (cycle) body.billingCycle = cycle;
      if (trial) body.trial = true;
      // The API judges the combinations (endsAt with cycles or trial is refused under its field).
      if (cycles !== '') body.cycles = Number(cycles);
      if (endsAt) body.endsAt = localToInstant(endsAt);
      body.mode = mode;
      if (note) body.note = note;
      const bound = await runAction(action.current, (key) =>
        api.call<Subscription>('POST', '/subscriptions', { body, idempotencyKey: key }),
      );
      onBound(bound);
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title="Manual Bind" centered size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <ProblemAlert
            problem={problem}
            shownPaths={['user', 'planId', 'billingCycle', 'trial', 'cycles', 'endsAt', 'mode', 'note']}
          />
          <TextInput
            label="Username or email"
            required
            value={user}
            onChange={(e) => setUser(e.currentTarget.value)}
            error={fieldError(problem, 'user')}
          />
          <Select
            label="Plan"
            required
            searchable
            data={plans.items.map((p) => ({ value: p.id, label: `${p.name} (${formatMoney(p.price)})` }))}
            value={planId}
            onChange={(v) => {
              setPlanId(v);
              setCycle(null);
              setTrial(false);
            }}
            error={fieldError(problem, 'planId')}
            nothingFoundMessage="No active plan"
          />
          <Select
            label="Billing cycle"
            placeholder={plan ? `${plan.defaultCycle} (default)` : 'The plan’s default'}
            data={plan?.availableCycles ?? []}
            value={cycle}
            onChange={setCycle}
            clearable
            error={fieldError(problem, 'billingCycle')}
          />
          <Checkbox
            label={
              plan && plan.trialDays > 0
                ? `Start with the ${plan.trialDays}-day trial`
                : 'Trial (the plan has none)'
            }
            disabled={!plan || plan.trialDays === 0}
            checked={trial}
            onChange={(e) => setTrial(e.currentTarget.checked)}
            error={fieldError(problem, 'trial')}
          />
          <Group grow align="flex-start">
            <GrantLengthFields {...grant} />
          </Group>
          <GrantModeFields {...grant} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Confirm
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};

type ExtendBy = 'cycles' | 'days' | 'endsAt';

/**
 * Extends a live subscription by billing cycles, days, or to an end date (exactly one), with If-Match
 * on the version shown; a refusal shows under its field.
 */
const useExtend = (onDone: (s: Subscription) => void, onReload: () => void) => {
  const { api } = useSession();
  const [target, setTarget] = useState<Subscription | null>(null);
  const [by, setBy] = useState<ExtendBy>('cycles');
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => setTarget(null);
  const submit = async () => {
    if (!target) return;
    setBusy(true);
    try {
      const body =
        by === 'endsAt' ? { endsAt: localToInstant(value) } : { [by]: value === '' ? null : Number(value) };
      const extended = await runAction(
        `extend:${target.id}:${target.version}:${JSON.stringify(body)}`,
        (key) =>
          api.call<Subscription>('POST', `/subscriptions/${target.id}/extend`, {
            body,
            ifMatch: target.version,
            idempotencyKey: key,
          }),
      );
      setTarget(null);
      onDone(extended);
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };
  const dialog = (
    <Modal opened={target !== null} onClose={close} title="Extend subscription" centered>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text size="sm">
            {target?.plan.name}: ends {formatDate(target?.endsAt)}
            {target?.status === 'trialing' ? ' (a trial: extending it makes it active)' : ''}.
          </Text>
          <ProblemAlert
            problem={problem}
            shownPaths={[by]}
            onReload={() => {
              close();
              onReload();
            }}
          />
          <Radio.Group
            label="Extend by"
            value={by}
            onChange={(v) => {
              setBy(v as ExtendBy);
              setValue('');
              setProblem(null);
            }}
          >
            <Group mt={4}>
              <Radio value="cycles" label={`Billing cycles (${target?.billingCycle ?? ''})`} />
              <Radio value="days" label="Days" />
              <Radio value="endsAt" label="End date" />
            </Group>
          </Radio.Group>
          {by === 'endsAt' ? (
            <DateTimeInput
              label="New end"
              value={value}
              onChange={setValue}
              error={fieldError(problem, 'endsAt')}
            />
          ) : (
            <NumberInput
              label={by === 'cycles' ? 'Cycles' : 'Days'}
              description={
                by === 'cycles' ? '1–36, counted from the current end' : '1–3650, from the current end'
              }
              allowDecimal={false}
              value={value}
              onChange={(v) => setValue(v === '' ? '' : String(v))}
              error={fieldError(problem, by)}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Extend
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
  return {
    ask: (s: Subscription) => {
      setBy('cycles');
      setValue('');
      setProblem(null);
      setTarget(s);
    },
    dialog,
  };
};

/** Cancels now or at period end, with If-Match on the version shown. */
const useCancel = (onDone: () => void, onProblem: (p: ApiProblem) => void) => {
  const { api } = useSession();
  const [target, setTarget] = useState<Subscription | null>(null);
  const [atPeriodEnd, setAtPeriodEnd] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    if (!target) return;
    setBusy(true);
    try {
      await runAction(`cancel:${target.id}:${target.version}:${atPeriodEnd}`, (key) =>
        api.call('POST', `/subscriptions/${target.id}/cancel`, {
          body: { atPeriodEnd },
          ifMatch: target.version,
          idempotencyKey: key,
        }),
      );
      onDone();
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
      title="Cancel subscription"
      confirmLabel="Cancel subscription"
      danger
      busy={busy}
      onConfirm={() => void confirm()}
      onClose={() => setTarget(null)}
    >
      <Text>Cancel the subscription to {target?.plan.name}?</Text>
      <Checkbox
        label={`At period end (stays live until ${formatDate(target?.endsAt)})`}
        checked={atPeriodEnd}
        onChange={(e) => setAtPeriodEnd(e.currentTarget.checked)}
      />
    </ConfirmDialog>
  );
  return {
    ask: (s: Subscription) => {
      setAtPeriodEnd(false);
      setTarget(s);
    },
    dialog,
  };
};

export const SubscriptionsPage = () => {
  const { isAdmin } = useSession();
  const [filters, setFilters] = useState<Record<string, string>>({});
  const list = useList<Subscription>('/subscriptions', filters);
  const plans = useAll<Plan>('/plans');
  const usernames = useUsernames(list.items.map((s) => s.subscriberId));
  const [binding, setBinding] = useState(false);
  const [bulkBinding, setBulkBinding] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const cancel = useCancel(() => {
    setMessage('Subscription canceled.');
    setProblem(null);
    void list.reload();
  }, setProblem);
  const extend = useExtend(
    (s) => {
      setMessage(`Extended ${s.plan.name} to ${formatDate(s.endsAt)}.`);
      setProblem(null);
      void list.reload();
    },
    () => void list.reload(),
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Subscriptions</Title>
        {isAdmin && (
          <Group>
            <Button variant="light" onClick={() => setBulkBinding(true)}>
              Bulk bind
            </Button>
            <Button onClick={() => setBinding(true)}>Manual Bind</Button>
          </Group>
        )}
      </Group>
      <Group>
        <Select
          label="Status"
          data={['trialing', 'active', 'canceled', 'expired']}
          value={filters.status ?? null}
          clearable
          onChange={(v) => setFilters((f) => ({ ...f, status: v ?? '' }))}
          w={170}
        />
        <Select
          label="Plan"
          data={plans.items.map((p) => ({ value: p.id, label: p.name }))}
          value={filters.planId ?? null}
          clearable
          searchable
          onChange={(v) => setFilters((f) => ({ ...f, planId: v ?? '' }))}
          w={220}
        />
      </Group>
      {message && (
        <Alert color="green" role="status" withCloseButton onClose={() => setMessage(null)}>
          {message}
        </Alert>
      )}
      <ProblemAlert problem={problem ?? list.problem} onReload={() => void list.reload()} />
      <Table striped highlightOnHover aria-label="Subscriptions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Subscriber</Table.Th>
            <Table.Th>Plan</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Cycle</Table.Th>
            <Table.Th>Started</Table.Th>
            <Table.Th>Ends</Table.Th>
            {isAdmin && <Table.Th>Actions</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.items.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td>
                <Anchor component={Link} to={`/subscriptions/${s.id}`}>
                  {usernames.get(s.subscriberId) ?? s.subscriberId}
                </Anchor>
              </Table.Td>
              <Table.Td>{s.plan.name}</Table.Td>
              <Table.Td>
                <StatusBadge status={s.status} />
                {s.cancelAtPeriodEnd && live(s) && (
                  <Text size="xs" c="dimmed">
                    cancels at period end
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{s.billingCycle}</Table.Td>
              <Table.Td>{formatDate(s.startedAt)}</Table.Td>
              <Table.Td>{formatDate(s.endsAt)}</Table.Td>
              {isAdmin && (
                <Table.Td>
                  {live(s) && (
                    <Group gap={6} wrap="nowrap">
                      <Button size="xs" variant="light" onClick={() => extend.ask(s)}>
                        Extend
                      </Button>
                      <Button size="xs" variant="light" color="red" onClick={() => cancel.ask(s)}>
                        Cancel
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!list.loading && list.items.length === 0 && <Text c="dimmed">No subscriptions yet.</Text>}
      <LoadMore list={list} />
      <ManualBindDialog
        opened={binding}
        onClose={() => setBinding(false)}
        onBound={(s) => {
          setBinding(false);
          // mode extend answers the existing subscription (version > 1) instead of a new one.
          setMessage(
            s.version > 1
              ? `Extended ${s.plan.name} (${s.status}, ends ${formatDate(s.endsAt)}).`
              : `Bound ${s.plan.name} (${s.status}, ends ${formatDate(s.endsAt)}).`,
          );
          setProblem(null);
          void list.reload();
        }}
      />
      <BulkBindDialog
        opened={bulkBinding}
        onClose={() => setBulkBinding(false)}
        onBound={() => void list.reload()}
      />
      {cancel.dialog}
      {extend.dialog}
    </Stack>
  );
};

export const SubscriptionDetail = () => {
  const { id = '' } = useParams();
  const { isAdmin } = useSession();
  const { item: s, problem: loadProblem, reload } = useResource<Subscription>(`/subscriptions/${id}`);
  const subscriber = useResource<Subscriber>(s ? `/subscribers/${s.subscriberId}` : `/subscriptions/${id}`);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const cancel = useCancel(() => void reload(), setProblem);
  const [message, setMessage] = useState<string | null>(null);
  const extend = useExtend(
    (extended) => {
      setMessage(`Extended to ${formatDate(extended.endsAt)}.`);
      setProblem(null);
      void reload();
    },
    () => void reload(),
  );
  if (!s) return <ProblemAlert problem={loadProblem} />;
  const who =
    subscriber.item && 'username' in subscriber.item
      ? `${subscriber.item.username} <${subscriber.item.email}>`
      : s.subscriberId;
  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={2}>Subscription to {s.plan.name}</Title>
          <StatusBadge status={s.status} />
        </Group>
        {isAdmin && live(s) && (
          <Group gap="xs">
            <Button variant="light" onClick={() => extend.ask(s)}>
              Extend
            </Button>
            <Button variant="light" color="red" onClick={() => cancel.ask(s)}>
              Cancel
            </Button>
          </Group>
        )}
      </Group>
      {message && (
        <Alert color="green" role="status" withCloseButton onClose={() => setMessage(null)}>
          {message}
        </Alert>
      )}
      <ProblemAlert problem={problem} onReload={() => void reload()} />
      <FieldTable
        rows={[
          ['Id', s.id],
          [
            'Subscriber',
            <Anchor key="sbr" component={Link} to={`/subscribers/${s.subscriberId}`}>
              {who}
            </Anchor>,
          ],
          [
            'Plan',
            <Anchor
              key="plan"
              component={Link}
              to={`/plans/${s.planId}`}
            >{`${s.plan.name} (${s.plan.slug})`}</Anchor>,
          ],
          ['Price at bind', formatMoney(s.plan.price)],
          ['Quota allowance', s.quotaAllowance ?? '—'],
          ['Billing cycle', s.billingCycle],
          ['Started', formatDate(s.startedAt)],
          ['Trial ends', formatDate(s.trialEndsAt)],
          ['Ends', formatDate(s.endsAt)],
          ['Cancel at period end', s.cancelAtPeriodEnd ? 'yes' : 'no'],
          ['Canceled', formatDate(s.canceledAt)],
          ['Expired', formatDate(s.expiredAt)],
          ['Source', s.source],
          ['Note', s.note ?? '—'],
          ['Version', s.version],
        ]}
      />
      <HistoryPanel entityId={s.id} current={s} />
      <AuditHistory key={`${s.id}:${s.version}`} entityId={s.id} />
      {cancel.dialog}
      {extend.dialog}
    </Stack>
  );
};
