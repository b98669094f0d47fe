import { Alert, Anchor, Badge, Button, Code, Group, Stack, Table, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { type ApiProblem, type BodyOf, ok, runAction, type Schemas } from '../api.ts';
import { useSession } from '../session.tsx';
import { asProblem, FormDialog, fieldError, ProblemAlert, TableHead } from '../ui.tsx';
import {
  GrantCycleSelect,
  GrantLengthFields,
  GrantModeFields,
  GrantPlanSelect,
  useGrantOptions,
} from './subscriptions/grant-options.tsx';

type BulkBindResult = Schemas['BulkBindResult'];
type BulkBindBody = BodyOf<'/subscriptions/bulk-bind', 'post'>;

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
        <TableHead columns={['User', 'Outcome']} />
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
  const grant = useGrantOptions(opened);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [result, setResult] = useState<{ result: BulkBindResult; preview: boolean; sent: string[] } | null>(
    null,
  );
  const [busy, setBusy] = useState<'preview' | 'bind' | null>(null);
  const action = useRef('');

  useEffect(() => {
    if (!opened) return;
    setText('');
    setProblem(null);
    setResult(null);
    action.current = `bulk-bind:${crypto.randomUUID()}`;
  }, [opened]);

  const body = (): BulkBindBody => ({ ...grant.body(), users: usersOf(text) });

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
    <FormDialog
      opened={opened}
      onClose={onClose}
      title="Bulk bind"
      size="xl"
      onSubmit={() => void run(false)}
      submitLabel="Bind"
      busy={busy === 'bind'}
      cancelLabel="Close"
      actions={
        <Button variant="light" loading={busy === 'preview'} onClick={() => void run(true)}>
          Preview
        </Button>
      }
    >
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
      <GrantPlanSelect grant={grant} problem={problem} />
      <Group grow align="flex-start">
        <GrantCycleSelect grant={grant} problem={problem} />
        <GrantLengthFields grant={grant} problem={problem} />
      </Group>
      <GrantModeFields grant={grant} problem={problem} />
      {result && <Results result={result.result} preview={result.preview} sent={result.sent} />}
      {result && !result.preview && (
        <Alert color="green" variant="light">
          Done. Close the dialog, or change the list and bind again.
        </Alert>
      )}
    </FormDialog>
  );
};
