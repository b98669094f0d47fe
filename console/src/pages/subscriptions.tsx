import { Alert, Anchor, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { type ApiProblem, type ListParams, ok, type Schemas } from '../api.ts';
import { useSession } from '../session.tsx';
import {
  AuditHistory,
  DateTime,
  FieldTable,
  formatMoney,
  HistoryPanel,
  ListEnd,
  ProblemAlert,
  StatusBadge,
  TableHead,
  useAll,
  useList,
  useResource,
} from '../ui.tsx';
import { BulkBindDialog } from './bulk-bind.tsx';
import { useCancel, useExtend } from './subscriptions/actions.tsx';
import { ManualBindDialog } from './subscriptions/manual-bind.tsx';

/** A subscription as the API answers it (generated from the OpenAPI document). */
type Subscription = Schemas['Subscription'];
type SubscriptionFilters = NonNullable<ListParams<'/subscriptions'>['query']>;
const STATUSES: NonNullable<SubscriptionFilters['status']>[] = ['trialing', 'active', 'canceled', 'expired'];

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
        ok(api.GET('/subscribers/{subscriberId}', { params: { path: { subscriberId: id } } }))
          .then((s): [string, string] => [id, s.username])
          .catch((): [string, string] => [id, id]),
      ),
    ).then((found) => setNames((previous) => new Map([...previous, ...found])));
  }, [api, wanted]);
  return names;
};

export const SubscriptionsPage = () => {
  const { isAdmin } = useSession();
  const [filters, setFilters] = useState<SubscriptionFilters>({});
  const list = useList('/subscriptions', { query: filters });
  const plans = useAll('/plans');
  const usernames = useUsernames(list.items.map((s) => s.subscriberId));
  const [binding, setBinding] = useState(false);
  const [bulkBinding, setBulkBinding] = useState(false);
  const [message, setMessage] = useState<ReactNode>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const cancel = useCancel(() => {
    setMessage('Subscription canceled.');
    setProblem(null);
    void list.reload();
  }, setProblem);
  const extend = useExtend(
    (s) => {
      setMessage(
        <>
          Extended {s.plan.name} to <DateTime iso={s.endsAt} />.
        </>,
      );
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
          data={STATUSES}
          value={filters.status ?? null}
          clearable
          // The Select offers only STATUSES.
          onChange={(v) =>
            setFilters((f) => ({ ...f, status: (v ?? undefined) as SubscriptionFilters['status'] }))
          }
          w={170}
        />
        <Select
          label="Plan"
          data={plans.items.map((p) => ({ value: p.id, label: p.name }))}
          value={filters.planId ?? null}
          clearable
          searchable
          onChange={(v) => setFilters((f) => ({ ...f, planId: v ?? undefined }))}
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
        <TableHead columns={['Subscriber', 'Plan', 'Status', 'Cycle', 'Started', 'Ends']} actions={isAdmin} />
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
              <Table.Td>
                <DateTime iso={s.startedAt} />
              </Table.Td>
              <Table.Td>
                <DateTime iso={s.endsAt} />
              </Table.Td>
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
      <ListEnd list={list} empty="No subscriptions yet." />
      <ManualBindDialog
        opened={binding}
        onClose={() => setBinding(false)}
        onBound={(s) => {
          setBinding(false);
          // mode extend answers the existing subscription (version > 1) instead of a new one.
          setMessage(
            <>
              {s.version > 1 ? 'Extended' : 'Bound'} {s.plan.name} ({s.status}, ends{' '}
              <DateTime iso={s.endsAt} />
              ).
            </>,
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
  const {
    item: s,
    problem: loadProblem,
    reload,
  } = useResource('/subscriptions/{subscriptionId}', { path: { subscriptionId: id } });
  const subscriber = useResource(s ? '/subscribers/{subscriberId}' : null, {
    path: { subscriberId: s?.subscriberId ?? '' },
  });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const cancel = useCancel(() => void reload(), setProblem);
  const [message, setMessage] = useState<ReactNode>(null);
  const extend = useExtend(
    (extended) => {
      setMessage(
        <>
          Extended to <DateTime iso={extended.endsAt} />.
        </>,
      );
      setProblem(null);
      void reload();
    },
    () => void reload(),
  );
  if (!s) return <ProblemAlert problem={loadProblem} />;
  const who = subscriber.item ? `${subscriber.item.username} <${subscriber.item.email}>` : s.subscriberId;
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
          ['Started', <DateTime key="started" iso={s.startedAt} />],
          ['Trial ends', <DateTime key="trial-ends" iso={s.trialEndsAt} />],
          ['Ends', <DateTime key="ends" iso={s.endsAt} />],
          ['Cancel at period end', s.cancelAtPeriodEnd ? 'yes' : 'no'],
          ['Canceled', <DateTime key="canceled" iso={s.canceledAt} />],
          ['Expired', <DateTime key="expired" iso={s.expiredAt} />],
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
