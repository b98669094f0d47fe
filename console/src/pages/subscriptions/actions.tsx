/** A live subscription's actions: Extend (by cycles, days or to a date) and Cancel, each with If-Match. */
import { Checkbox, Group, NumberInput, Radio, Text } from '@mantine/core';
import { useState } from 'react';
import { type ApiProblem, type BodyOf, ifMatch, ok, runAction, type Schemas } from '../../api.ts';
import { useSession } from '../../session.tsx';
import {
  ConfirmDialog,
  DateTime,
  DateTimeInput,
  FormDialog,
  fieldError,
  localToInstant,
  ProblemAlert,
  useConfirmed,
  useSubmit,
} from '../../ui.tsx';

type Subscription = Schemas['Subscription'];

type ExtendBy = 'cycles' | 'days' | 'endsAt';

/**
 * Extends a live subscription by billing cycles, days, or to an end date (exactly one), with If-Match
 * on the version shown; a refusal shows under its field.
 */
export const useExtend = (onDone: (s: Subscription) => void, onReload: () => void) => {
  const { api } = useSession();
  const [target, setTarget] = useState<Subscription | null>(null);
  const [by, setBy] = useState<ExtendBy>('cycles');
  const [value, setValue] = useState('');
  const { busy, problem, setProblem, run } = useSubmit();
  const close = () => setTarget(null);
  const submit = async () => {
    if (!target) return;
    await run(async () => {
      // An empty number is sent as null, for the API to refuse under its field.
      const body = (
        by === 'endsAt' ? { endsAt: localToInstant(value) } : { [by]: value === '' ? null : Number(value) }
      ) as BodyOf<'/subscriptions/{subscriptionId}/extend', 'post'>;
      const extended = await runAction(
        `extend:${target.id}:${target.version}:${JSON.stringify(body)}`,
        (key) =>
          ok(
            api.POST('/subscriptions/{subscriptionId}/extend', {
              params: {
                path: { subscriptionId: target.id },
                header: { 'If-Match': ifMatch(target.version), 'Idempotency-Key': key },
              },
              body,
            }),
          ),
      );
      setTarget(null);
      onDone(extended);
    });
  };
  const dialog = (
    <FormDialog
      opened={target !== null}
      onClose={close}
      title="Extend subscription"
      onSubmit={() => void submit()}
      submitLabel="Extend"
      busy={busy}
    >
      <Text size="sm">
        {target?.plan.name}: ends <DateTime iso={target?.endsAt} />
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
    </FormDialog>
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
export const useCancel = (onDone: () => void, onProblem: (p: ApiProblem) => void) => {
  const { api } = useSession();
  const [atPeriodEnd, setAtPeriodEnd] = useState(false);
  const cancel = useConfirmed(
    (target: Subscription) =>
      runAction(`cancel:${target.id}:${target.version}:${atPeriodEnd}`, (key) =>
        ok(
          api.POST('/subscriptions/{subscriptionId}/cancel', {
            params: {
              path: { subscriptionId: target.id },
              header: { 'If-Match': ifMatch(target.version), 'Idempotency-Key': key },
            },
            body: { atPeriodEnd },
          }),
        ),
      ),
    onDone,
    onProblem,
  );
  const dialog = (
    <ConfirmDialog
      {...cancel.dialogProps}
      title="Cancel subscription"
      confirmLabel="Cancel subscription"
      danger
    >
      <Text>Cancel the subscription to {cancel.target?.plan.name}?</Text>
      <Checkbox
        label={
          <>
            At period end (stays live until <DateTime iso={cancel.target?.endsAt} />)
          </>
        }
        checked={atPeriodEnd}
        onChange={(e) => setAtPeriodEnd(e.currentTarget.checked)}
      />
    </ConfirmDialog>
  );
  return {
    ask: (s: Subscription) => {
      setAtPeriodEnd(false);
      cancel.ask(s);
    },
    dialog,
  };
};
