/** Manual Bind: one user, one active plan, and the grant's length and mode. */
import { Checkbox, Group } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { type BodyOf, ok, runAction, type Schemas } from '../../api.ts';
import { useSession } from '../../session.tsx';
import { FormDialog, fieldError, ProblemAlert, UserInput, useSubmit } from '../../ui.tsx';
import {
  GrantCycleSelect,
  GrantLengthFields,
  GrantModeFields,
  GrantPlanSelect,
  useGrantOptions,
} from './grant-options.tsx';

type Subscription = Schemas['Subscription'];

/**
 * Code Router's Manual Bind: a user by username or email, an active plan, its cycle, its trial, and
 * what it grants (a number of cycles or an explicit end, as a new subscription or an extension).
 */
export const ManualBindDialog = ({
  opened,
  onClose,
  onBound,
}: {
  opened: boolean;
  onClose: () => void;
  onBound: (s: Subscription) => void;
}) => {
  const { api } = useSession();
  const grant = useGrantOptions(opened);
  const [user, setUser] = useState('');
  const [trial, setTrial] = useState(false);
  const { busy, problem, setProblem, run } = useSubmit();
  const action = useRef('');
  const { plan } = grant;

  useEffect(() => {
    if (!opened) return;
    setUser('');
    setTrial(false);
    setProblem(null);
    action.current = `bind:${crypto.randomUUID()}`;
  }, [opened, setProblem]);

  const submit = () =>
    run(async () => {
      // The API judges the combinations (endsAt with cycles or trial is refused under its field).
      const body: BodyOf<'/subscriptions', 'post'> = { user, ...grant.body() };
      if (trial) body.trial = true;
      const bound = await runAction(action.current, (key) =>
        ok(api.POST('/subscriptions', { params: { header: { 'Idempotency-Key': key } }, body })),
      );
      onBound(bound);
    });

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title="Manual Bind"
      size="lg"
      onSubmit={() => void submit()}
      submitLabel="Confirm"
      busy={busy}
    >
      <ProblemAlert
        problem={problem}
        shownPaths={['user', 'planId', 'billingCycle', 'trial', 'cycles', 'endsAt', 'mode', 'note']}
      />
      <UserInput value={user} onChange={setUser} problem={problem} />
      <GrantPlanSelect grant={grant} problem={problem} onPlanChange={() => setTrial(false)} />
      <GrantCycleSelect grant={grant} problem={problem} />
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
        <GrantLengthFields grant={grant} problem={problem} trial={trial} />
      </Group>
      <GrantModeFields grant={grant} problem={problem} />
    </FormDialog>
  );
};
