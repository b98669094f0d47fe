import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { Fragment, type ReactNode, useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ok, withoutEmpty } from '../api.ts';
import type { components } from '../api-types.ts';
import { useSession } from '../session.tsx';
import {
  DateTime,
  InstantForm,
  limitsText,
  localToInstant,
  RowTable,
  StatusBadge,
  TableHead,
  timeZone,
  useAnswer,
} from '../ui.tsx';
import { useNames } from './use-names.ts';

/** What a subscriber may use at an instant (generated from the OpenAPI document). */
type Entitlements = components['schemas']['Entitlements'];

/** Links to the referenced items, by their names (or ids until those are read), comma separated. */
const links = (ids: readonly string[], names: Map<string, string>, to: (id: string) => string): ReactNode =>
  ids.length === 0
    ? '—'
    : ids.map((id, i) => (
        <Fragment key={id}>
          {i > 0 && ', '}
          <Anchor component={Link} to={to(id)}>
            {names.get(id) ?? id}
          </Anchor>
        </Fragment>
      ));

/**
 * A subscriber's entitlements (`GET /entitlements?subscriberId=&at=`): the features, limits, quota
 * allowance and packages their subscriptions grant now, or at an instant picked in the admin's time
 * zone to the second, and the subscriptions they come from. This is what the systems that enforce
 * access (an API gateway, an LMS) read.
 */
export const SubscriberEntitlements = ({ subscriberId }: { subscriberId: string }) => {
  const { api } = useSession();
  /** '' is now: no `at` is sent. */
  const [at, setAt] = useState('');
  const { answer, problem, busy, run } = useAnswer<Entitlements>();

  const load = useCallback(
    (local: string) =>
      run(() =>
        ok(
          api.GET('/entitlements', {
            params: { query: withoutEmpty({ subscriberId, at: localToInstant(local) }) },
          }),
        ),
      ),
    [api, subscriberId, run],
  );
  useEffect(() => {
    void load('');
  }, [load]);

  const packages = useNames('packages', answer?.packageIds ?? [], (p) => p.code || p.id);
  const plans = useNames('plans', answer?.subscriptions.map((s) => s.planId) ?? [], (p) => p.name);

  return (
    <Stack gap="xs" maw={800} role="region" aria-label="Entitlements">
      <Text fw={600}>Entitlements</Text>
      <InstantForm
        label="Entitled at"
        description={`Your time zone (${timeZone()}); empty: now`}
        value={at}
        onChange={setAt}
        problem={problem}
        busy={busy}
        onShow={() => void load(at)}
      >
        <Button
          variant="subtle"
          disabled={at === ''}
          onClick={() => {
            setAt('');
            void load('');
          }}
        >
          Now
        </Button>
      </InstantForm>
      {answer && (
        <>
          <Text size="sm" role="status">
            As of <DateTime iso={answer.at} />:{' '}
            {answer.subscriptions.length
              ? `granted by ${answer.subscriptions.length} subscription${answer.subscriptions.length === 1 ? '' : 's'}.`
              : 'no subscription grants anything.'}
          </Text>
          <RowTable
            label="Entitled"
            withTableBorder
            rows={[
              ['Features', answer.features.join(', ') || '—'],
              ['Limits', limitsText(answer.limits)],
              ['Quota allowance', answer.quotaAllowance ?? '—'],
              ['Packages', links(answer.packageIds, packages, (id) => `/packages/${id}`)],
            ]}
          />
          {answer.subscriptions.length > 0 && (
            <Table striped aria-label="Granted by">
              <TableHead columns={['Subscription', 'Plan', 'Status', 'Started', 'Ends']} />
              <Table.Tbody>
                {answer.subscriptions.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/subscriptions/${s.id}`}>
                        {s.id}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={`/plans/${s.planId}`}>
                        {plans.get(s.planId) ?? s.planId}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={s.status} />
                    </Table.Td>
                    <Table.Td>
                      <DateTime iso={s.startedAt} />
                    </Table.Td>
                    <Table.Td>
                      <DateTime iso={s.endsAt} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </>
      )}
    </Stack>
  );
};
