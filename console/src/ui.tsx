import {
  Alert,
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { type ApiProblem, ok, type Schemas } from './api.ts';
import { asProblem, useAnswer, useList } from './hooks.ts';
import { useSession } from './session.tsx';

// The read hooks live in hooks.ts; pages import them from here with the components.
export { asProblem, useAll, useAnswer, useList, useResource, useSubmit } from './hooks.ts';

/** The messages of a problem's field errors at `path` or below it (`price` also shows `price.amount`). */
export const fieldError = (problem: ApiProblem | null, path: string): string | undefined => {
  const messages = (problem?.errors ?? [])
    .filter((e) => e.path === path || e.path.startsWith(`${path}.`))
    .map((e) => (e.path === path ? e.message : `${e.path.slice(path.length + 1)}: ${e.message}`));
  return messages.length ? messages.join('; ') : undefined;
};

/**
 * A refusal that is not about one field, or names a field no input shows. A `version_mismatch` offers
 * to reload what is on screen, since somebody else changed it.
 */
export const ProblemAlert = ({
  problem,
  shownPaths = [],
  onReload,
}: {
  problem: ApiProblem | null;
  /** Field paths shown next to their inputs: not repeated here. */
  shownPaths?: string[];
  onReload?: () => void;
}) => {
  if (!problem) return null;
  const rest = problem.errors.filter(
    (e) => !shownPaths.some((path) => e.path === path || e.path.startsWith(`${path}.`)),
  );
  const stale = problem.code === 'version_mismatch';
  return (
    <Alert color={stale ? 'yellow' : 'red'} title={problem.title} role="alert" data-code={problem.code}>
      <Stack gap={4}>
        <Text size="sm">
          {stale
            ? 'Someone changed this since you loaded it. Reload to see the current version, then try again.'
            : (problem.detail ?? problem.title)}{' '}
          <Code>{problem.code}</Code>
        </Text>
        {rest.map((e) => (
          <Text size="sm" key={`${e.path}:${e.message}`}>
            {e.path}: {e.message}
          </Text>
        ))}
        {stale && onReload && (
          <Group>
            <Button size="xs" variant="white" onClick={onReload}>
              Reload
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
};

export const ConfirmDialog = ({
  opened,
  title,
  children,
  confirmLabel,
  danger = false,
  busy = false,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) => (
  <Modal opened={opened} onClose={onClose} title={title} centered>
    <Stack>
      {children}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button color={danger ? 'red' : undefined} loading={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  </Modal>
);

/**
 * An action on one item that a ConfirmDialog asks about first: `ask(item)` opens the dialog, confirming
 * runs `act` and then `onDone`; a refusal goes to `onProblem`. Either way the dialog closes.
 */
export const useConfirmed = <T,>(
  act: (target: T) => Promise<unknown>,
  onDone: () => void,
  onProblem: (p: ApiProblem) => void,
) => {
  const [target, setTarget] = useState<T | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    if (target === null) return;
    setBusy(true);
    try {
      await act(target);
      onDone();
    } catch (error) {
      onProblem(asProblem(error));
    } finally {
      setBusy(false);
      setTarget(null);
    }
  };
  return {
    target,
    ask: (item: T) => setTarget(item),
    /** The ConfirmDialog's state and handlers. */
    dialogProps: {
      opened: target !== null,
      busy,
      onConfirm: () => void confirm(),
      onClose: () => setTarget(null),
    },
  };
};

/**
 * A dialog around a form, with Cancel and a submit button: Enter or the button calls `onSubmit`.
 * noValidate: the API validates, and its errors appear next to each field.
 */
export const FormDialog = ({
  opened,
  onClose,
  title,
  size,
  onSubmit,
  submitLabel,
  busy = false,
  cancelLabel = 'Cancel',
  actions,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  size?: string;
  onSubmit: () => void;
  submitLabel: string;
  busy?: boolean;
  cancelLabel?: string;
  /** More buttons, between Cancel and the submit button. */
  actions?: ReactNode;
  children: ReactNode;
}) => (
  <Modal opened={opened} onClose={onClose} title={title} centered size={size}>
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <Stack>
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {cancelLabel}
          </Button>
          {actions}
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  </Modal>
);

export const LoadMore = ({
  list,
}: {
  list: { nextCursor: string | null; loading: boolean; loadMore: () => void };
}) =>
  list.nextCursor ? (
    <Group justify="center">
      <Button variant="subtle" loading={list.loading} onClick={list.loadMore}>
        Load more
      </Button>
    </Group>
  ) : null;

/** Below a list's table: that it is empty, once loaded, and Load more while there are more pages. */
export const ListEnd = ({
  list,
  empty,
}: {
  list: { items: readonly unknown[]; nextCursor: string | null; loading: boolean; loadMore: () => void };
  empty: string;
}) => (
  <>
    {!list.loading && list.items.length === 0 && <Text c="dimmed">{empty}</Text>}
    <LoadMore list={list} />
  </>
);

const STATUS_COLORS: Record<string, string> = {
  active: 'green',
  draft: 'gray',
  archived: 'orange',
  inactive: 'gray',
  trialing: 'blue',
  canceled: 'red',
  expired: 'dark',
};

export const StatusBadge = ({ status }: { status: string }) => (
  <Badge color={STATUS_COLORS[status] ?? 'gray'} variant="light">
    {status}
  </Badge>
);

/** An amount in minor units and its currency, as a plan's price or a price carries it. */
export type Money = Pick<Schemas['Price'], 'amount' | 'currency'>;

const fractionDigits = (currency: string): number => {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
};

/** Minor units shown as the currency shows them: 2900 USD → $29.00. */
export const formatMoney = (price: Money | null | undefined): string => {
  if (!price) return 'TBD';
  const digits = fractionDigits(price.currency);
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: price.currency }).format(
      price.amount / 10 ** digits,
    );
  } catch {
    return `${price.amount} ${price.currency}`;
  }
};

/** What an admin types (`29.00`) in minor units (2900), or null if it is not an amount. */
export const toMinorUnits = (major: string, currency: string): number | null => {
  const trimmed = major.trim();
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return null;
  return Math.round(Number(trimmed) * 10 ** fractionDigits(currency));
};

export const toMajorUnits = (price: Money): string => {
  const digits = fractionDigits(price.currency);
  return (price.amount / 10 ** digits).toFixed(digits);
};

/** Dates in the admin's time zone (the browser's), to the minute, with the zone named. */
const LOCAL_DATE = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

const parseInstant = (iso: string | null | undefined): Date | null => {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** An ISO-8601 instant as text in the admin's time zone (`Jan 15, 2026, 10:30 AM GMT+1`); '—' for none. */
export const formatDate = (iso: string | null | undefined): string => {
  const date = parseInstant(iso);
  return date ? LOCAL_DATE.format(date) : iso || '—';
};

/**
 * Every date the console shows: in the admin's time zone, with the UTC instant on hover (`title`) and
 * in `dateTime`, so nobody has to guess which zone a date is in.
 */
export const DateTime = ({ iso }: { iso: string | null | undefined }) => {
  const date = parseInstant(iso);
  if (!date) return <>{iso || '—'}</>;
  const utc = date.toISOString();
  return (
    <time dateTime={utc} title={`${utc} (UTC)`}>
      {LOCAL_DATE.format(date)}
    </time>
  );
};

type AuditEvent = Schemas['AuditEvent'];

const IGNORED = new Set(['version', 'updatedAt']);

/** The fields an event changed: every top-level field whose value differs before and after. */
const changedFields = (event: AuditEvent): string[] => {
  if (!event.before || !event.after) return [];
  const keys = new Set([...Object.keys(event.before), ...Object.keys(event.after)]);
  return [...keys].filter(
    (k) => !IGNORED.has(k) && JSON.stringify(event.before?.[k]) !== JSON.stringify(event.after?.[k]),
  );
};

/** The audit trail of one resource, newest first, as on every detail view. */
export const AuditHistory = ({ entityId }: { entityId: string }) => {
  const list = useList('/audit-events', { query: { entityId } });
  return (
    <Stack gap="xs" aria-label="Audit history">
      <Text fw={600}>History</Text>
      <ProblemAlert problem={list.problem} />
      <Table striped>
        <TableHead columns={['When', 'Who', 'What', 'Changed']} />
        <Table.Tbody>
          {list.items.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>
                <DateTime iso={event.at} />
              </Table.Td>
              <Table.Td>{event.actor.email ?? event.actor.sub}</Table.Td>
              <Table.Td>{event.action}</Table.Td>
              <Table.Td>{changedFields(event).join(', ')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <LoadMore list={list} />
    </Stack>
  );
};

type HistoryAnswer = Schemas['History'];

const IDENTITY = new Set(['id', 'organizationId']);

/** One field of a past state: money as money, instants as dates, the rest as JSON. */
const historyValue = (name: string, value: unknown): ReactNode => {
  if (value === null || value === undefined) return '—';
  if (name === 'price' && typeof value === 'object') return formatMoney(value as Money);
  if (typeof value === 'string') return /^\d{4}-\d\d-\d\dT/.test(value) ? <DateTime iso={value} /> : value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ') || '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

/**
 * A resource as it was at a chosen instant (`GET /history/{entityId}?at=`), picked in the admin's time
 * zone to the second; fields that differ from the current version are marked.
 */
export const HistoryPanel = ({
  entityId,
  current,
}: {
  entityId: string;
  current: Record<string, unknown>;
}) => {
  const { api } = useSession();
  // Now, rounded up to the next whole second (the picker's precision), so the default includes every
  // change made so far, also those earlier in the current second.
  const [at, setAt] = useState(() =>
    instantToLocal(new Date(Math.ceil(Date.now() / 1000) * 1000).toISOString(), true),
  );
  const { answer, problem, busy, run } = useAnswer<HistoryAnswer>();
  const show = () =>
    run(() =>
      ok(
        api.GET('/history/{entityId}', { params: { path: { entityId }, query: { at: localToInstant(at) } } }),
      ),
    );
  const state = answer?.state ?? null;
  return (
    <Stack gap="xs" aria-label="State at a date" maw={800}>
      <Text fw={600}>State at a date</Text>
      <InstantForm
        label="As of"
        value={at}
        onChange={setAt}
        problem={problem}
        busy={busy}
        onShow={() => void show()}
      />
      {answer && (
        <Text size="sm" role="status">
          As of <DateTime iso={answer.at} />
          {state
            ? `: version ${String(state.version)}${answer.eventId ? ` (event ${answer.eventId})` : ''}.`
            : ' it did not exist (not yet created, or deleted).'}
        </Text>
      )}
      {state && (
        <Table withTableBorder variant="vertical" aria-label="Past state">
          <Table.Tbody>
            {Object.entries(state)
              .filter(([name]) => !IDENTITY.has(name))
              .map(([name, value]) => {
                const changed = JSON.stringify(value) !== JSON.stringify(current[name]);
                return (
                  <Table.Tr key={name} data-changed={changed || undefined}>
                    <Table.Th w={200}>{name}</Table.Th>
                    <Table.Td>
                      {historyValue(name, value)}
                      {changed && (
                        <Badge ml="xs" size="xs" variant="light" color="yellow">
                          since changed
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
};

/** A subscriber by username or email, as a bind or a redemption names them (`user`). */
export const UserInput = ({
  value,
  onChange,
  problem,
}: {
  value: string;
  onChange: (value: string) => void;
  problem: ApiProblem | null;
}) => (
  <TextInput
    label="Username or email"
    required
    value={value}
    onChange={(e) => onChange(e.currentTarget.value)}
    error={fieldError(problem, 'user')}
  />
);

/**
 * A table's header row: `children` first (e.g. a select-all box), then the columns' names, then
 * "Actions" where the rows have buttons.
 */
export const TableHead = ({
  columns,
  actions = false,
  children,
}: {
  columns: readonly string[];
  actions?: boolean;
  children?: ReactNode;
}) => (
  <Table.Thead>
    <Table.Tr>
      {children}
      {columns.map((column) => (
        <Table.Th key={column}>{column}</Table.Th>
      ))}
      {actions && <Table.Th>Actions</Table.Th>}
    </Table.Tr>
  </Table.Thead>
);

/** A table cell with an item's name, linked to `to`, and its slug under it (a plan in a list). */
export const NameCell = ({ to, name, slug }: { to: string; name: string; slug: string }) => (
  <Table.Td>
    <Anchor component={Link} to={to}>
      {name}
    </Anchor>
    <Text size="xs" c="dimmed">
      {slug}
    </Text>
  </Table.Td>
);

/** Named values, one a row, each name its row's header: what a plan's terms or an entitlement are. */
export const RowTable = ({
  label,
  rows,
  withTableBorder,
}: {
  label: string;
  rows: [string, ReactNode][];
  withTableBorder?: boolean;
}) => (
  <Table withTableBorder={withTableBorder} variant="vertical" aria-label={label}>
    <Table.Tbody>
      {rows.map(([name, value], i) => (
        <Table.Tr key={name}>
          <Table.Th scope="row" w={i === 0 ? 200 : undefined}>
            {name}
          </Table.Th>
          <Table.Td>{value}</Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  </Table>
);

/** Named limits as `name: value`, comma separated; '—' for none. */
export const limitsText = (limits: Record<string, number>): string =>
  Object.entries(limits)
    .map(([name, value]) => `${name}: ${value}`)
    .join(', ') || '—';

/**
 * The instant a panel shows a state at, picked in the admin's time zone to the second, its Show button
 * (`children`: more buttons after it) and the refusal of the instant.
 */
export const InstantForm = ({
  label,
  description,
  value,
  onChange,
  problem,
  busy,
  onShow,
  children,
}: {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  problem: ApiProblem | null;
  busy: boolean;
  onShow: () => void;
  children?: ReactNode;
}) => (
  <>
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onShow();
      }}
    >
      <Group align="flex-end">
        <DateTimeInput
          label={label}
          withSeconds
          description={description}
          value={value}
          onChange={onChange}
          error={fieldError(problem, 'at')}
        />
        <Button type="submit" variant="light" loading={busy}>
          Show
        </Button>
        {children}
      </Group>
    </form>
    <ProblemAlert problem={problem} shownPaths={['at']} />
  </>
);

/** A resource's fields as label/value rows. */
export const FieldTable = ({ rows }: { rows: [string, ReactNode][] }) => (
  <Table withTableBorder variant="vertical" maw={800}>
    <Table.Tbody>
      {rows.map(([label, value]) => (
        <Table.Tr key={label}>
          <Table.Th w={200}>{label}</Table.Th>
          <Table.Td>{value}</Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  </Table>
);

/**
 * A date and time in the admin's time zone (`<input type="datetime-local">`), as the API's ISO-8601
 * instant; '' stays '' (not sent). The description names the zone, so nobody has to guess.
 */
export const localToInstant = (local: string): string => {
  if (!local) return '';
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
};

/** An ISO-8601 instant as a `datetime-local` value in the admin's time zone (minutes), '' for none. */
export const instantToLocal = (iso: string | null | undefined, withSeconds = false): string => {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const minutes = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return withSeconds ? `${minutes}:${pad(d.getSeconds())}` : minutes;
};

export const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

export const DateTimeInput = ({
  label,
  value,
  onChange,
  error,
  description,
  disabled,
  withSeconds,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string;
  disabled?: boolean;
  /** Second precision (`step="1"`), e.g. to pick an instant between two changes. */
  withSeconds?: boolean;
}) => (
  <TextInput
    type="datetime-local"
    {...(withSeconds ? { step: 1 } : {})}
    label={label}
    description={description ?? `Your time zone (${timeZone()})`}
    value={value}
    onChange={(e) => onChange(e.currentTarget.value)}
    error={error}
    disabled={disabled ?? false}
  />
);
