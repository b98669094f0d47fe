import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { type ApiProblem, type BodyOf, ok, runAction, type Schemas } from '../api.ts';
import { useSession } from '../session.tsx';
import {
  asProblem,
  DateTimeInput,
  fieldError,
  formatMoney,
  localToInstant,
  ProblemAlert,
  useAll,
} from '../ui.tsx';

type BulkBindResult = Schemas['BulkBindResult'];
type BulkBindBody = BodyOf<'/subscriptions/bulk-bind', 'post'>;
/** A billing cycle, as the API names them. */
export type Cycle = Schemas['Plan']['defaultCycle'];
export type GrantMode = NonNullable<BulkBindBody['mode']>;

/** A grant's mode: `new` refuses a second live subscription; `extend` lengthens the one there is. */
export const GRANT_MODES: { value: GrantMode; label: string }[] = [
  { value: 'new', label: 'New (refuse if already subscribed)' },
  { value: 'extend', label: 'Extend (add the time to a live subscription)' },
];

/** What the grant-length and mode inputs of a bind (single or bulk) hold. */
export interface GrantInputs {
  cycles: string;
  setCycles: (v: string) => void;
  endsAt: string;
  setEndsAt: (v: string) => void;
  mode: GrantMode;
  setMode: (v: GrantMode) => void;
  note: string;
  setNote: (v: string) => void;
  problem: ApiProblem | null;
  /** A trial excludes an explicit end (single bind only). */
  trial?: boolean;
}

/** Cycles or an explicit end (each disables the other): the length of a grant. */
export const GrantLengthFields = (g: GrantInputs) => (
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
      error={fieldError(g.problem, 'cycles')}
    />
    <DateTimeInput
      label="Or ends at"
      value={g.endsAt}
      onChange={g.setEndsAt}
      disabled={g.cycles !== '' || g.trial === true}
      error={fieldError(g.problem, 'endsAt')}
    />
  </>
);

/** The grant's mode and note. */
export const GrantModeFields = (g: GrantInputs) => (
  <>
    <Select
      label="Mode"
      data={GRANT_MODES}
      value={g.mode}
      // The Select offers only GRANT_MODES.
      onChange={(v) => g.setMode((v ?? 'new') as GrantMode)}
      allowDeselect={false}
      error={fieldError(g.problem, 'mode')}
    />
    <Textarea
      label="Note"
      value={g.note}
      onChange={(e) => g.setNote(e.currentTarget.value)}
      error={fieldError(g.problem, 'note')}
    />
  </>
);

/** The pasted list: one username or email per line, blank lines ignored. */
export const usersOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);

/** One row per user, in the order sent: bound (with its subscription) or skipped (with the code). */
const Results = ({ result, preview, sent }: { result: BulkBindResult; preview: boolean; sent: string[] }) => {
  const bound = new Map(result.succeeded.map((s) => [s.user, s.subscriptionId]));
  const skipped = new Map(result.skipped.map((s) => [s.user, s.code]));
  const answered = [...result.succeeded.map((s) => s.user), ...result.skipped.map((s) => s.user)];
  const users = [...sent.filter((u) => answered.includes(u)), ...answered.filter((u) => !sent.includes(u))];
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} role="status">
        {preview
          ? `Preview (nothing written): ${result.succeeded.length} would succeed, ${result.skipped.length} would be skipped.`
          : `Bound ${result.succeeded.length} of ${users.length} users.${result.skipped.length ? ` Skipped ${result.skipped.length}.` : ''}`}
      </Text>
      <Table striped aria-label={preview ? 'Preview' : 'Results'}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>User</Table.Th>
            <Table.Th>Outcome</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user}>
              <Table.Td>{user}</Table.Td>
              <Table.Td>
                {bound.has(user) ? (
                  preview ? (
                    <Badge color="green" variant="light">
                      would succeed
                    </Badge>
                  ) : (
                    <Anchor component={Link} to={`/subscriptions/${bound.get(user)}`}>
                      succeeded
                    </Anchor>
                  )
                ) : (
                  <Group gap={6}>
                    <Badge color="gray" variant="light">
                      {preview ? 'would be skipped' : 'skipped'}
                    </Badge>
                    <Code>{skipped.get(user)}</Code>
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
};

/**
 * Bulk bind: a pasted list of usernames or emails and one active plan, with the grant's options; a
 * "Preview" (dry run) shows who would be bound and who skipped before "Bind" does it.
 */
export const BulkBindDialog = ({
  opened,
  onClose,
  onBound,
}: {
  opened: boolean;
  onClose: () => void;
  onBound: () => void;
}) => {
  const { api } = useSession();
  const plans = useAll(opened ? '/plans' : null, { query: { status: 'active' } });
  const [text, setText] = useState('');
  const [planId, setPlanId] = useState<string | null>(null);
  const [cycle, setCycle] = useState<Cycle | null>(null);
  const [cycles, setCycles] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [mode, setMode] = useState<GrantMode>('new');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const grant = { cycles, setCycles, endsAt, setEndsAt, mode, setMode, note, setNote, problem };
  const [result, setResult] = useState<{ result: BulkBindResult; preview: boolean; sent: string[] } | null>(
    null,
  );
  const [busy, setBusy] = useState<'preview' | 'bind' | null>(null);
  const action = useRef('');
  const plan = plans.items.find((p) => p.id === planId);

  useEffect(() => {
    if (!opened) return;
    setText('');
    setPlanId(null);
    setCycle(null);
    setCycles('');
    setEndsAt('');
    setMode('new');
    setNote('');
    setProblem(null);
    setResult(null);
    action.current = `bulk-bind:${crypto.randomUUID()}`;
  }, [opened]);

  const body = () => {
    const b: BulkBindBody = { planId: planId ?? '', users: usersOf(text), mode };
    if (cycle) b.billingCycle = cycle;
    if (cycles !== '') b.cycles = Number(cycles);
    if (endsAt) b.endsAt = localToInstant(endsAt);
    if (note) b.note = note;
    return b;
  };

  const run = async (preview: boolean) => {
    setBusy(preview ? 'preview' : 'bind');
    setProblem(null);
    try {
      const sent = body();
      // A dry run writes nothing and ignores Idempotency-Key: none is sent.
      const answer = preview
        ? await ok(
            api.POST('/subscriptions/bulk-bind', { params: { query: { dryRun: 'true' } }, body: sent }),
          )
        : await runAction(`${action.current}:${JSON.stringify(sent)}`, (key) =>
            ok(
              api.POST('/subscriptions/bulk-bind', {
                params: { header: { 'Idempotency-Key': key } },
                body: sent,
              }),
            ),
          );
      setResult({ result: answer, preview, sent: sent.users });
      if (!preview) onBound();
    } catch (error) {
      setResult(null);
      setProblem(asProblem(error));
    } finally {
      setBusy(null);
    }
  };

  const paths = ['users', 'planId', 'billingCycle', 'cycles', 'endsAt', 'mode', 'note'];
  return (
    <Modal opened={opened} onClose={onClose} title="Bulk bind" centered size="xl">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void run(false);
        }}
      >
        <Stack>
          <ProblemAlert problem={problem} shownPaths={paths} />
          <Textarea
            label="Usernames or emails"
            description={`One per line, up to 100 (${usersOf(text).length} now)`}
            required
            autosize
            minRows={4}
            maxRows={12}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldError(problem, 'users')}
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
            }}
            error={fieldError(problem, 'planId')}
            nothingFoundMessage="No active plan"
          />
          <Group grow align="flex-start">
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
            <GrantLengthFields {...grant} />
          </Group>
          <GrantModeFields {...grant} />
          {result && <Results result={result.result} preview={result.preview} sent={result.sent} />}
          {result && !result.preview && (
            <Alert color="green" variant="light">
              Done. Close the dialog, or change the list and bind again.
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button variant="light" loading={busy === 'preview'} onClick={() => void run(true)}>
              Preview
            </Button>
            <Button type="submit" loading={busy === 'bind'}>
              Bind
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
};
