/** A plan's actions (lifecycle steps, visibility, duplicate, delete) as buttons, and what they answered. */
import { Button, Group, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { type ApiClient, type ApiProblem, ifMatch, ok, type PathWith, runAction } from '../../api.ts';
import { useSession } from '../../session.tsx';
import { asProblem, ConfirmDialog } from '../../ui.tsx';
import type { Plan } from '../plan-types.ts';

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

/** The visibility step a plan offers, by its visibility now. */
const VISIBILITY_STEP = {
  public: {
    op: 'make-private',
    label: 'Make private',
    title: 'Hide it from listings (private); it stays active and subscribable by direct link',
  },
  private: { op: 'make-public', label: 'Make public', title: 'Show it in listings again' },
} as const satisfies Record<Plan['visibility'], { op: Visibility; label: string; title: string }>;

/** The lifecycle routes, by step: each honours If-Match and Idempotency-Key. */
const LIFECYCLE = {
  publish: '/plans/{planId}/publish',
  unpublish: '/plans/{planId}/unpublish',
  archive: '/plans/{planId}/archive',
  restore: '/plans/{planId}/restore',
} as const satisfies Record<Lifecycle, PathWith<'post'>>;

/** One action's request, with If-Match on the version shown; the answer is the plan (none for delete). */
const send = (api: ApiClient, op: PlanOp, plan: Plan, idempotencyKey: string): Promise<Plan | undefined> => {
  const path = { planId: plan.id };
  const version = { 'If-Match': ifMatch(plan.version) };
  switch (op) {
    case 'delete':
      return ok(api.DELETE('/plans/{planId}', { params: { path, header: version } }));
    case 'make-private':
    case 'make-public':
      return ok(
        api.PATCH('/plans/{planId}', {
          params: { path, header: version },
          body: { visibility: op === 'make-private' ? 'private' : 'public' },
        }),
      );
    // Duplicate leaves the original untouched: no version to hold it to.
    case 'duplicate':
      return ok(
        api.POST('/plans/{planId}/duplicate', {
          params: { path, header: { 'Idempotency-Key': idempotencyKey } },
        }),
      );
    default:
      return ok(
        api.POST(LIFECYCLE[op], {
          params: { path, header: { ...version, 'Idempotency-Key': idempotencyKey } },
        }),
      );
  }
};

/**
 * A plan's row actions (lifecycle steps, duplicate, delete with confirmation), each with If-Match on
 * the version shown and an Idempotency-Key per action, and what they answered.
 */
export const usePlanActions = (onDone: (op: string, plan: Plan, result?: Plan) => void) => {
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
      const result = await runAction(`${op}:${plan.id}:${plan.version}`, (key) => send(api, op, plan, key));
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

  /** A button that runs `op` on the plan, loading while it (or one of `ops`) runs. */
  const step = (
    plan: Plan,
    op: PlanOp,
    label: string,
    props: { color?: string; title?: string } = {},
    ops: PlanOp[] = [op],
  ) => (
    <Button
      size="xs"
      variant="light"
      {...props}
      loading={ops.some((o) => busy === `${o}:${plan.id}`)}
      onClick={() => void run(op, plan)}
    >
      {label}
    </Button>
  );

  const buttons = (plan: Plan, withEdit: boolean): ReactNode => {
    const visibility = VISIBILITY_STEP[plan.visibility];
    return (
      <Group gap={6} wrap="nowrap">
        {withEdit && (
          <Button size="xs" variant="default" component={Link} to={`/plans/${plan.id}/edit`}>
            Edit
          </Button>
        )}
        {plan.status === 'draft' && step(plan, 'publish', 'Publish')}
        {plan.status === 'active' &&
          step(plan, 'unpublish', 'Unpublish', {
            color: 'yellow',
            title: 'Back to draft: no new subscriptions; existing ones continue until they end',
          })}
        {plan.status === 'active' && step(plan, 'archive', 'Archive', { color: 'orange' })}
        {plan.status === 'active' &&
          step(plan, visibility.op, visibility.label, { color: 'gray', title: visibility.title }, [
            'make-private',
            'make-public',
          ])}
        {plan.status === 'archived' && step(plan, 'restore', 'Restore')}
        {step(plan, 'duplicate', 'Duplicate', { color: 'gray' })}
        {plan.status === 'draft' && (
          <Button size="xs" variant="light" color="red" onClick={() => setDeleting(plan)}>
            Delete
          </Button>
        )}
      </Group>
    );
  };

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
