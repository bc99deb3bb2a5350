package dev.mms.application.service.scheduler;

import dev.mms.application.port.out.ClaimRequest;
import dev.mms.application.port.out.MigrationEnginePort;
import dev.mms.application.port.out.PhaseContext;
import dev.mms.application.port.out.PhaseOutcome;
import dev.mms.application.port.out.Sequence;
import dev.mms.application.service.rollup.CatalogRollUp;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.job.JobSummary;
import dev.mms.domain.task.Task;
import dev.mms.domain.task.TaskEvent;
import dev.mms.domain.task.TaskLog;
import dev.mms.domain.task.TaskLogId;
import dev.mms.domain.task.TaskStatus;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Drives leased tasks through the transition table with fenced writes, one phase per call. A
 * phase's end and the bookkeeping transitions that follow it (begin the next phase, skip a
 * disabled one, finish) are one transaction: every transition is still its own command and its
 * own version, but the store makes them durable together. A task log row accompanies every
 * accepted transition in the same transaction, so a stale worker whose write is refused leaves no
 * trace in the history either.
 */
final class TaskRunner {
  private final SchedulerPorts ports;
  private final CatalogRollUp rollUp;
  private final SchedulerSettings settings;

  TaskRunner(SchedulerPorts ports, CatalogRollUp rollUp, SchedulerSettings settings) {
    this.ports = ports;
    this.rollUp = rollUp;
    this.settings = settings;
  }

  /** One log row to append: the status entered (or held), what ran, and the result. */
  private record Line(TaskStatus status, String action, String msg) {}

  /** One command's result (the task one version on) and the log rows it records. */
  private record Move(Task next, List<Line> lines) {}

  /** The three phases, with the events that end them and the engine call that runs them. */
  private enum Phase {
    SCHEMA("schema", TaskEvent.SCHEMA_OK, TaskEvent.SCHEMA_FAILED),
    DATA("data", TaskEvent.DATA_OK, TaskEvent.DATA_FAILED),
    VERIFICATION("verification", TaskEvent.COUNTS_MATCH, TaskEvent.COUNTS_DIFFER);

    final String label;
    final TaskEvent ok;
    final TaskEvent failed;

    Phase(String label, TaskEvent ok, TaskEvent failed) {
      this.label = label;
      this.ok = ok;
      this.failed = failed;
    }

    static Phase of(TaskStatus doing) {
      return switch (doing) {
        case SCHEMA_DOING -> SCHEMA;
        case DATA_DOING -> DATA;
        case VERIFICATION_DOING -> VERIFICATION;
        default -> throw new IllegalArgumentException("no phase runs in " + doing);
      };
    }

    PhaseOutcome run(MigrationEnginePort engine, PhaseContext context) {
      return switch (this) {
        case SCHEMA -> engine.migrateSchema(context);
        case DATA -> engine.migrateData(context);
        case VERIFICATION -> engine.verify(context);
      };
    }
  }

  /**
   * Leases the first runnable task to {@code owner}, or says why the worker holds nothing: IDLE
   * when none is runnable, RELEASED when the task's job, source or table is gone or its job is
   * stopped.
   */
  Either<Progress, HeldTask> claim(String owner) {
    var now = ports.clock().instant();
    var claimed = ports.tasks().claim(new ClaimRequest(owner, now, now.plus(settings.lease()), 1,
        settings.perSourceLimit()));
    if (claimed.isEmpty()) {
      return Either.left(Progress.IDLE);
    }
    var task = claimed.get(0);
    var held = ports.tx().inTransaction(() -> hold(owner, task));
    if (held.isEmpty()) {
      ports.tasks().update(task.release(owner).get());
      return Either.left(Progress.RELEASED);
    }
    if (task.status().doing()) {
      var resume = List.of(new Line(task.status(), "resume " + Phase.of(task.status()).label,
          "the phase was cut short (stop, crash or lost lease); it runs again from its start"));
      long firstLogId = reserveLogIds(resume.size());
      // Fenced like every other write: a task deleted since the claim must not gain a log row.
      ports.tx().inTransaction(() -> {
        if (ports.tasks().findById(task.sourceId(), task.id()).exists(t -> t.version() == task.version())) {
          append(task, resume, firstLogId, now);
        }
        return null;
      });
    }
    return Either.right(held.get());
  }

  /** What the claimed task's phases need, read together; empty when its job, source or table is gone or its job is stopped. */
  private Optional<HeldTask> hold(String owner, Task task) {
    var source = ports.sources().findById(task.sourceId());
    var job = ports.jobs().findById(task.sourceId(), task.jobId()).map(JobSummary::job);
    var table = ports.tables().findById(task.sourceId(), task.tableId());
    if (source.isEmpty() || job.isEmpty() || table.isEmpty() || job.get().stopped()) {
      return Optional.empty();
    }
    var partitions = new ArrayList<>(ports.partitions().findByIds(task.partitions()));
    partitions.sort(Comparator.comparing(Partition::id));
    var engine = ports.engines().stream().filter(e -> e.supports(source.get().type())).findFirst();
    return Optional.of(new HeldTask(owner, task, source.get(), job.get(), table.get(), partitions, engine));
  }

  /** Moves the held task one transition; anything but ADVANCED means the worker lets go of it. */
  Progress advance(HeldTask held) {
    if (held.cancelled()) {
      return release(held);
    }
    var now = ports.clock().instant();
    // Only work is checked for ahead: a lost task must not run a phase, while any other write is
    // refused by its fence anyway.
    boolean runsPhase = held.current().status().doing();
    if ((runsPhase && !stillHeld(held)) || (renewalDue(held, now) && renew(held, now).isLeft())) {
      return Progress.ABANDONED;
    }
    return switch (held.current().status()) {
      case INIT, SCHEMA_DONE, DATA_DONE, VERIFICATION_DONE -> moved(write(held, t -> bookkeeping(held, t, now)));
      case SCHEMA_DOING, DATA_DOING, VERIFICATION_DOING -> runPhase(held, Phase.of(held.current().status()));
      case SCHEMA_FAILED, DATA_FAILED, VERIFICATION_FAILED -> retryIfDue(held, now);
      case DONE -> Progress.FINISHED;
    };
  }

  /**
   * The bookkeeping transitions that lead from {@code from} to the next phase under way, or to
   * the end when the job disables what remains; none when a phase is under way, failed or done.
   */
  private Either<DomainError, List<Move>> bookkeeping(HeldTask held, Task from, Instant now) {
    var moves = new ArrayList<Move>();
    var task = from;
    for (var step = bookkeepingStep(held, task, now); step.isPresent(); step = bookkeepingStep(held, task, now)) {
      if (step.get().isLeft()) {
        return Either.left(step.get().getLeft());
      }
      moves.add(step.get().get());
      task = step.get().get().next();
    }
    return Either.right(moves);
  }

  private Optional<Either<DomainError, Move>> bookkeepingStep(HeldTask held, Task task, Instant now) {
    var config = held.job.config();
    return Optional.ofNullable(switch (task.status()) {
      case INIT -> command(held, task, TaskEvent.BEGIN_SCHEMA, "begin schema", "worker " + held.owner, now);
      case SCHEMA_DONE -> config.migratesData()
          ? command(held, task, TaskEvent.BEGIN_DATA, "begin data", "ok", now)
          : command(held, task, TaskEvent.DATA_DISABLED, "data migration disabled for the job", "ok", now);
      case DATA_DONE -> config.enableVerification()
          ? command(held, task, TaskEvent.BEGIN_VERIFICATION, "begin verification", "ok", now)
          : command(held, task, TaskEvent.VERIFICATION_DISABLED, "verification disabled for the job", "ok", now);
      case VERIFICATION_DONE -> command(held, task, TaskEvent.FINISH, "finish", "ok", now);
      default -> null;
    });
  }

  private static Either<DomainError, Move> command(
      HeldTask held, Task task, TaskEvent event, String action, String msg, Instant now) {
    return task.apply(held.owner, event, now)
        .map(next -> new Move(next, List.of(new Line(next.status(), action, msg))));
  }

  private static Progress moved(Either<DomainError, Task> stored) {
    return stored.fold(refused -> Progress.ABANDONED,
        saved -> saved.status().done() ? Progress.FINISHED : Progress.ADVANCED);
  }

  /** Gives the lease back; refused (ABANDONED) when the task is no longer this worker's. */
  Progress release(HeldTask held) {
    return write(held, t -> t.release(held.owner).map(next -> List.of(new Move(next, List.of()))))
        .isRight() ? Progress.RELEASED : Progress.ABANDONED;
  }

  /**
   * The lease keeper's visit: cancels the held task when someone else changed it (a stop, a
   * delete, a takeover) and renews the lease once half of it has run out.
   */
  void watch(HeldTask held) {
    synchronized (held) {
      var now = ports.clock().instant();
      if (!stillHeld(held) || (renewalDue(held, now) && renew(held, now).isLeft())) {
        held.cancel();
      }
    }
  }

  private boolean stillHeld(HeldTask held) {
    synchronized (held) {
      var current = held.current();
      return ports.tasks().versionOf(current.sourceId(), current.id())
          .contains(current.version());
    }
  }

  private boolean renewalDue(HeldTask held, Instant now) {
    var left = held.current().lease().map(l -> Duration.between(now, l.expiresAt())).orElse(Duration.ZERO);
    return left.compareTo(settings.lease().dividedBy(2)) < 0;
  }

  private Either<DomainError, Task> renew(HeldTask held, Instant now) {
    return write(held, t -> t.renew(held.owner, now.plus(settings.lease()))
        .map(next -> List.of(new Move(next, List.of()))));
  }

  private Progress retryIfDue(HeldTask held, Instant now) {
    var task = held.current();
    if (task.nextAttemptAt().isEmpty() || task.nextAttemptAt().get().isAfter(now)) {
      return release(held);
    }
    return write(held, t -> t.autoRetry(held.owner, now).map(next -> List.of(new Move(next,
        List.of(new Line(next.status(),
            "automatic retry " + next.autoRetries() + " of " + settings.retry().maxRetries(), "ok"))))))
        .fold(refused -> Progress.ABANDONED, saved -> Progress.ADVANCED);
  }

  private Progress runPhase(HeldTask held, Phase phase) {
    var doing = held.current().status();
    var outcome = execute(held, phase);
    var steps = outcome.steps().stream()
        .map(s -> new Line(doing, s.action(), s.msg()))
        .toList();
    var now = ports.clock().instant();
    if (held.cancelled() || outcome instanceof PhaseOutcome.Cancelled) {
      var lines = concat(steps, List.of(new Line(doing, phase.label + " interrupted",
          "the phase runs again from its start")));
      return write(held, t -> t.release(held.owner).map(next -> List.of(new Move(next, lines))))
          .isRight() ? Progress.RELEASED : Progress.ABANDONED;
    }
    if (outcome instanceof PhaseOutcome.Failed failed) {
      // The failure and giving the task back are one transaction: the retry, if any, is due later
      // and any worker may take it then.
      return write(held, t -> t.fail(held.owner, phase.failed, now, settings.retry())
          .flatMap(after -> after.release(held.owner).map(released -> List.of(
              new Move(after, concat(steps, List.of(new Line(after.status(), phase.label,
                  failed.error() + retryNote(after))))),
              new Move(released, List.of())))))
          .isRight() ? Progress.RELEASED : Progress.ABANDONED;
    }
    return moved(write(held, t -> t.apply(held.owner, phase.ok, now).flatMap(after -> {
      var ended = new Move(after, concat(steps, List.of(new Line(after.status(), phase.label, "ok"))));
      return bookkeeping(held, after, now).map(next -> concat(List.of(ended), next));
    })));
  }

  private PhaseOutcome execute(HeldTask held, Phase phase) {
    if (phase == Phase.SCHEMA && !held.job.config().enableSchemaMigration()) {
      return new PhaseOutcome.Succeeded(List.of(
          new PhaseOutcome.Step("schema migration disabled for the job", "skipped")));
    }
    if (held.engine.isEmpty()) {
      return new PhaseOutcome.Failed(List.of(),
          "no migration engine for data sources of type " + held.source.type());
    }
    // Tasks carry no row counter yet; the engine reports moved rows in its step messages.
    var context = new PhaseContext(held.source, held.job, held.current(), held.table,
        held.partitions, held::cancelled, rows -> { });
    held.enterPhase();
    try {
      return phase.run(held.engine.get(), context);
    } catch (RuntimeException e) {
      return held.cancelled()
          ? new PhaseOutcome.Cancelled(List.of())
          : new PhaseOutcome.Failed(List.of(), describe(e));
    } finally {
      held.leavePhase();
    }
  }

  private String retryNote(Task failed) {
    return failed.nextAttemptAt()
        .map(at -> " (automatic retry " + (failed.autoRetries() + 1) + " of "
            + settings.retry().maxRetries() + " at " + at + ")")
        .orElse(" (no automatic retry left: retry the task to run it again)");
  }

  private static String describe(RuntimeException e) {
    var msg = e.getMessage();
    return msg == null || msg.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + msg;
  }

  private static <T> List<T> concat(List<T> first, List<T> rest) {
    var all = new ArrayList<T>(first.size() + rest.size());
    all.addAll(first);
    all.addAll(rest);
    return all;
  }

  /**
   * Computes the moves from the held task and stores where they lead in one write, fenced by the
   * held version, with every move's log rows and, when the status the catalog sees changed, the catalog roll-up, all in one
   * transaction: a job deleted meanwhile either sees the write or refuses it, so its catalog reset
   * cannot be overwritten by a roll-up that comes late. The log rows' ids are reserved before the
   * transaction, so that reservation's own commit never waits inside it.
   */
  private Either<DomainError, Task> write(
      HeldTask held, Function<Task, Either<DomainError, List<Move>>> change) {
    var now = ports.clock().instant();
    synchronized (held) {
      var before = held.current();
      var stored = change.apply(before).flatMap(moves -> {
        long firstLogId = reserveLogIds(moves.stream().mapToInt(m -> m.lines().size()).sum());
        Supplier<Either<DomainError, Task>> work = () -> store(before, moves, firstLogId, now);
        return repeatable(before, moves)
            ? ports.tx().inTransactionDurableLater(work)
            : ports.tx().inTransaction(work);
      });
      stored.forEach(held::current);
      return stored;
    }
  }

  /**
   * Whether losing the write in a crash of the store would only make a worker repeat a schema or
   * verification phase: a task's first write (it leaves INIT) and its last (it reaches DONE), as
   * long as neither leaves nor enters DATA_DOING. Those are also the two writes that lock the job's
   * tally and the catalog, so their commits need not hold those locks through a log flush
   * (ADR 003). Every write that starts or ends moving data waits for the flush.
   */
  private static boolean repeatable(Task before, List<Move> moves) {
    var last = moves.get(moves.size() - 1).next().status();
    return (before.status() == TaskStatus.INIT || last == TaskStatus.DONE)
        && before.status() != TaskStatus.DATA_DOING
        && moves.stream().noneMatch(m -> m.next().status() == TaskStatus.DATA_DOING);
  }

  private Either<DomainError, Task> store(Task before, List<Move> moves, long firstLogId, Instant now) {
    var last = moves.get(moves.size() - 1).next();
    return ports.tasks().update(last, before.version()).peek(saved -> {
      append(saved, moves.stream().flatMap(m -> m.lines().stream()).toList(), firstLogId, now);
      if (CatalogRollUp.statusOf(saved.status()) != CatalogRollUp.statusOf(before.status())) {
        rollUp.onTaskStatus(saved, now);
      }
    });
  }

  /** Reserves ids for {@code count} log rows; a write refused later leaves a gap, nothing else. */
  private long reserveLogIds(int count) {
    return count == 0 ? 0 : ports.ids().reserve(Sequence.TASK_LOG, count);
  }

  private void append(Task task, List<Line> lines, long firstId, Instant at) {
    if (lines.isEmpty()) {
      return;
    }
    var logs = new ArrayList<TaskLog>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      var line = lines.get(i);
      logs.add(new TaskLog(new TaskLogId(firstId + i), task.id(), task.sourceId(),
          line.status(), line.action(), line.msg(), at));
    }
    ports.taskLogs().appendAll(logs);
  }

}
