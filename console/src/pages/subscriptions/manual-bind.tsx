/** Manual Bind: one user, one active plan, and the grant's length and mode. */
import { Button, Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { type ApiProblem, type BodyOf, ok, runAction, type Schemas } from '../../api.ts';
import { useSession } from '../../session.tsx';
import { asProblem, fieldError, formatMoney, localToInstant, ProblemAlert, useAll } from '../../ui.tsx';
import { type Cycle, GrantLengthFields, type GrantMode, GrantModeFields } from '../bulk-bind.tsx';

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
  const plans = useAll(opened ? '/plans' : null, { query: { status: 'active' } });
  const [user, setUser] = useState('');
  const [planId, setPlanId] = useState<string | null>(null);
  const [cycle, setCycle] = useState<Cycle | null>(null);
  const [trial, setTrial] = useState(false);
  const [cycles, setCycles] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [mode, setMode] = useState<GrantMode>('new');
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
      const body: BodyOf<'/subscriptions', 'post'> = { user, planId: planId ?? '' };
      if (cycle) body.billingCycle = cycle;
      if (trial) body.trial = true;
      // The API judges the combinations (endsAt with cycles or trial is refused under its field).
      if (cycles !== '') body.cycles = Number(cycles);
      if (endsAt) body.endsAt = localToInstant(endsAt);
      body.mode = mode;
      if (note) body.note = note;
      const bound = await runAction(action.current, (key) =>
        ok(api.POST('/subscriptions', { params: { header: { 'Idempotency-Key': key } }, body })),
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
            // The Select offers only the plan's cycles.
            onChange={(v) => setCycle(v as Cycle | null)}
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
