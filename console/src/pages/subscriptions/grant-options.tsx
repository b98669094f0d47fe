/**
 * What a bind grants, single (Manual Bind) or bulk: an active plan, its billing cycle, the length (a
 * number of cycles or an explicit end), the mode and a note; their state, inputs and body.
 */
import { NumberInput, Select, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ApiProblem, BodyOf, Schemas } from '../../api.ts';
import { DateTimeInput, fieldError, formatMoney, localToInstant, useAll } from '../../ui.tsx';

type BulkBindBody = BodyOf<'/subscriptions/bulk-bind', 'post'>;
/** A billing cycle, as the API names them. */
export type Cycle = Schemas['Plan']['defaultCycle'];
export type GrantMode = NonNullable<BulkBindBody['mode']>;
/** The grant's part of either bind's body. */
type GrantBody = Pick<BulkBindBody, 'planId' | 'billingCycle' | 'cycles' | 'endsAt' | 'mode' | 'note'>;

/** A grant's mode: `new` refuses a second live subscription; `extend` lengthens the one there is. */
export const GRANT_MODES: { value: GrantMode; label: string }[] = [
  { value: 'new', label: 'New (refuse if already subscribed)' },
  { value: 'extend', label: 'Extend (add the time to a live subscription)' },
];

/** The grant's inputs of a bind dialog: emptied each time it opens; the active plans read while it is open. */
export const useGrantOptions = (opened: boolean) => {
  const plans = useAll(opened ? '/plans' : null, { query: { status: 'active' } });
  const [planId, setPlanId] = useState<string | null>(null);
  const [cycle, setCycle] = useState<Cycle | null>(null);
  const [cycles, setCycles] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [mode, setMode] = useState<GrantMode>('new');
  const [note, setNote] = useState('');
  useEffect(() => {
    if (!opened) return;
    setPlanId(null);
    setCycle(null);
    setCycles('');
    setEndsAt('');
    setMode('new');
    setNote('');
  }, [opened]);
  return {
    plans: plans.items,
    plan: plans.items.find((p) => p.id === planId),
    planId,
    setPlanId,
    cycle,
    setCycle,
    cycles,
    setCycles,
    endsAt,
    setEndsAt,
    mode,
    setMode,
    note,
    setNote,
    /** The grant as the body carries it: an empty input is not sent (the API's default applies). */
    body: (): GrantBody => {
      const b: GrantBody = { planId: planId ?? '', mode };
      if (cycle) b.billingCycle = cycle;
      if (cycles !== '') b.cycles = Number(cycles);
      if (endsAt) b.endsAt = localToInstant(endsAt);
      if (note) b.note = note;
      return b;
    },
  };
};

/** What the grant's inputs take: its state, the refusal to show under them, and whether it is a trial. */
export interface GrantInputs {
  grant: ReturnType<typeof useGrantOptions>;
  problem: ApiProblem | null;
  /** A trial excludes an explicit end (single bind only). */
  trial?: boolean;
}

/** The active plan (a change of plan clears the cycle, and `onPlanChange` what else depends on it). */
export const GrantPlanSelect = ({
  grant: g,
  problem,
  onPlanChange,
}: GrantInputs & { onPlanChange?: () => void }) => (
  <Select
    label="Plan"
    required
    searchable
    data={g.plans.map((p) => ({ value: p.id, label: `${p.name} (${formatMoney(p.price)})` }))}
    value={g.planId}
    onChange={(v) => {
      g.setPlanId(v);
      g.setCycle(null);
      onPlanChange?.();
    }}
    error={fieldError(problem, 'planId')}
    nothingFoundMessage="No active plan"
  />
);

/** One of the plan's billing cycles; none: the plan's default. */
export const GrantCycleSelect = ({ grant: g, problem }: GrantInputs) => (
  <Select
    label="Billing cycle"
    placeholder={g.plan ? `${g.plan.defaultCycle} (default)` : 'The plan’s default'}
    data={g.plan?.availableCycles ?? []}
    value={g.cycle}
    // The Select offers only the plan's cycles.
    onChange={(v) => g.setCycle(v as Cycle | null)}
    clearable
    error={fieldError(problem, 'billingCycle')}
  />
);

/** Cycles or an explicit end (each disables the other): the length of a grant. */
export const GrantLengthFields = ({ grant: g, problem, trial }: GrantInputs) => (
  <>
    <NumberInput
      label="Cycles"
      description="1–36 billing cycles (default 1)"
      allowDecimal={false}
      min={1}
      max={36}
      value={g.cycles}
      onChange={(v) => g.setCycles(v === '' ? '' : String(v))}
      disabled={g.endsAt !== ''}
      error={fieldError(problem, 'cycles')}
    />
    <DateTimeInput
      label="Or ends at"
      value={g.endsAt}
      onChange={g.setEndsAt}
      disabled={g.cycles !== '' || trial === true}
      error={fieldError(problem, 'endsAt')}
    />
  </>
);

/** The grant's mode and note. */
export const GrantModeFields = ({ grant: g, problem }: GrantInputs) => (
  <>
    <Select
      label="Mode"
      data={GRANT_MODES}
      value={g.mode}
      // The Select offers only GRANT_MODES.
      onChange={(v) => g.setMode((v ?? 'new') as GrantMode)}
      allowDeselect={false}
      error={fieldError(problem, 'mode')}
    />
    <Textarea
      label="Note"
      value={g.note}
      onChange={(e) => g.setNote(e.currentTarget.value)}
      error={fieldError(problem, 'note')}
    />
  </>
);
