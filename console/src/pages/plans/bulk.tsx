/** The plans table's bulk actions: a dry-run preview of the selection, then the same request for real. */
import { Button, Code, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { type ApiClient, type ApiProblem, ok, runAction } from '../../api.ts';
import { useSession } from '../../session.tsx';
import { asProblem, TableHead } from '../../ui.tsx';
import type { BulkResult, Plan } from '../plan-types.ts';

export type BulkOp = 'bulk-archive' | 'bulk-delete' | 'bulk-move';
/** What a bulk route takes: the plans, and for a move the target group (null: none). */
type BulkBody = { planIds: string[]; groupId?: string | null };
export interface BulkPreview {
  op: BulkOp;
  body: BulkBody;
  /** What the dry run answered: what would succeed and be skipped now. */
  result: BulkResult;
}

const BULK_TITLES: Record<BulkOp, string> = {
  'bulk-archive': 'Archive plans',
  'bulk-delete': 'Delete plans',
  'bulk-move': 'Move plans',
};

/** A bulk action's preview (its dry run), plan by plan, and "Confirm" to run it for real. */
export const BulkPreviewDialog = ({
  preview,
  names,
  groupName,
  busy,
  onConfirm,
  onClose,
}: {
  preview: BulkPreview | null;
  names: Map<string, string>;
  groupName: string | null;
  busy: boolean;
  onConfirm: (preview: BulkPreview) => void;
  onClose: () => void;
}) => {
  const result = preview?.result;
  const skipped = new Map((result?.skipped ?? []).map((s) => [s.id, s.code]));
  const succeeded = new Set(result?.succeeded ?? []);
  return (
    <Modal
      opened={preview !== null}
      onClose={onClose}
      title={preview ? BULK_TITLES[preview.op] : ''}
      centered
    >
      <Stack>
        <Text size="sm" role="status">
          Preview (nothing written yet): {succeeded.size} would succeed, {skipped.size} would be skipped.
          {preview?.op === 'bulk-move' ? ` Target: ${groupName ?? 'no group'}.` : ''}
          {preview?.op === 'bulk-delete' ? ' Deletion is permanent.' : ''}
        </Text>
        <Table striped aria-label="Preview">
          <TableHead columns={['Plan', 'Outcome']} />
          <Table.Tbody>
            {(preview?.body.planIds ?? []).map((id) => (
              <Table.Tr key={id}>
                <Table.Td>{names.get(id) ?? id}</Table.Td>
                <Table.Td>
                  {succeeded.has(id) ? (
                    'would succeed'
                  ) : (
                    <>
                      would be skipped <Code>{skipped.get(id) ?? 'unknown'}</Code>
                    </>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">
          A change made meanwhile may still change the outcome.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color={preview?.op === 'bulk-delete' ? 'red' : undefined}
            loading={busy}
            disabled={succeeded.size === 0}
            onClick={() => preview && onConfirm(preview)}
          >
            Confirm
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
};

/** One bulk request: a dry run (`?dryRun=true`) or for real (with its Idempotency-Key). */
const sendBulk = (
  api: ApiClient,
  op: BulkOp,
  body: BulkBody,
  params: { query: { dryRun: 'true' } } | { header: { 'Idempotency-Key': string } },
) =>
  op === 'bulk-move'
    ? ok(
        api.POST('/plans/bulk-move', {
          params,
          body: { planIds: body.planIds, groupId: body.groupId ?? null },
        }),
      )
    : ok(
        api.POST(op === 'bulk-archive' ? '/plans/bulk-archive' : '/plans/bulk-delete', {
          params,
          body: { planIds: body.planIds },
        }),
      );

/**
 * The bulk actions of the plans table: "Preview" (a dry run of the selection) and "Confirm" (the same
 * request for real); what they answered goes to `report`, and the plans they skipped stay selected.
 */
export const usePlanBulk = ({
  plans,
  selected,
  setSelected,
  moveTo,
  report,
  reload,
}: {
  plans: Plan[];
  selected: Set<string>;
  setSelected: (ids: Set<string>) => void;
  moveTo: string | null;
  report: { setProblem: (p: ApiProblem | null) => void; setMessage: (m: string | null) => void };
  reload: () => Promise<void>;
}) => {
  const { api } = useSession();
  const [bulkBusy, setBulkBusy] = useState(false);
  const [preview, setPreview] = useState<BulkPreview | null>(null);
  const [bulkAction] = useState(() => crypto.randomUUID());

  /** The "Preview" step: the same request as a dry run (`?dryRun=true`), nothing written. */
  const askBulk = async (op: BulkOp) => {
    const planIds = [...selected];
    const body = op === 'bulk-move' ? { planIds, groupId: moveTo || null } : { planIds };
    setBulkBusy(true);
    report.setProblem(null);
    report.setMessage(null);
    try {
      // A dry run ignores Idempotency-Key: none is sent.
      const result = await sendBulk(api, op, body, { query: { dryRun: 'true' } });
      setPreview({ op, body, result });
    } catch (error) {
      report.setProblem(asProblem(error));
    } finally {
      setBulkBusy(false);
    }
  };

  const bulk = async (op: BulkOp, body: BulkBody) => {
    const { planIds } = body;
    setBulkBusy(true);
    report.setProblem(null);
    report.setMessage(null);
    try {
      const result = await runAction(`${bulkAction}:${op}:${JSON.stringify(body)}`, (key) =>
        sendBulk(api, op, body, { header: { 'Idempotency-Key': key } }),
      );
      const names = new Map(plans.map((p) => [p.id, p.name]));
      const verb = { 'bulk-archive': 'Archived', 'bulk-delete': 'Deleted', 'bulk-move': 'Moved' }[op];
      const skipped = result.skipped.map((s) => `${names.get(s.id) ?? s.id} (${s.code})`);
      report.setMessage(
        `${verb} ${result.succeeded.length} of ${planIds.length} plans.` +
          (skipped.length ? ` Skipped: ${skipped.join(', ')}.` : ''),
      );
      setSelected(new Set(result.skipped.map((s) => s.id)));
      await reload();
    } catch (error) {
      report.setProblem(asProblem(error));
    } finally {
      setBulkBusy(false);
      setPreview(null);
    }
  };

  return { askBulk, bulk, preview, setPreview, bulkBusy };
};
