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
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Drives leased tasks through the transition table, one transition per call, with fenced writes.
 * A task log row accompanies every accepted write in the same transaction, so a stale worker
 * whose write is refused leaves no trace in the history either.
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
    var source = ports.sources().findById(task.sourceId());
    var job = ports.jobs().findById(task.sourceId(), task.jobId()).map(JobSummary::job);
    var table = ports.tables().findById(task.sourceId(), task.tableId());
    if (source.isEmpty() || job.isEmpty() || table.isEmpty() || job.get().stopped()) {
      ports.tasks().update(task.release(owner).get());
      return Either.left(Progress.RELEASED);
    }
    var partitions = new ArrayList<>(ports.partitions().findByIds(task.partitions()));
    partitions.sort(Comparator.comparing(Partition::id));
    var engine = ports.engines().stream().filter(e -> e.supports(source.get().type())).findFirst();
    var held = new HeldTask(owner, task, source.get(), job.get(), table.get(), partitions, engine);
    if (task.status().doing()) {
      // Fenced like every other write: a task deleted since the claim must not gain a log row.
      ports.tx().inTransaction(() -> {
        if (ports.tasks().findById(task.sourceId(), task.id()).exists(t -> t.version() == task.version())) {
          append(task, List.of(new Line(task.status(), "resume " + Phase.of(task.status()).label,
              "the phase was cut short (stop, crash or lost lease); it runs again from its start")), now);
        }
        return null;
      });
    }
    return Either.right(held);
  }

  /** Moves the held task one transition; anything but ADVANCED means the worker lets go of it. */
  Progress advance(HeldTask held) {
    if (held.cancelled()) {
      return release(held);
    }
    var now = ports.clock().instant();
    if (!stillHeld(held) || (renewalDue(held, now) && renew(held, now).isLeft())) {
      return Progress.ABANDONED;
    }
    var config = held.job.config();
    return switch (held.current().status()) {
      case INIT -> move(held, TaskEvent.BEGIN_SCHEMA, "begin schema", "worker " + held.owner);
      case SCHEMA_DONE -> config.migratesData()
          ? move(held, TaskEvent.BEGIN_DATA, "begin data", "ok")
          : move(held, TaskEvent.DATA_DISABLED, "data migration disabled for the job", "ok");
      case DATA_DONE -> config.enableVerification()
          ? move(held, TaskEvent.BEGIN_VERIFICATION, "begin verification", "ok")
          : move(held, TaskEvent.VERIFICATION_DISABLED, "verification disabled for the job", "ok");
      case VERIFICATION_DONE -> move(held, TaskEvent.FINISH, "finish", "ok");
      case SCHEMA_DOING, DATA_DOING, VERIFICATION_DOING -> runPhase(held, Phase.of(held.current().status()));
      case SCHEMA_FAILED, DATA_FAILED, VERIFICATION_FAILED -> retryIfDue(held, now);
      case DONE -> Progress.FINISHED;
    };
  }

  /** Gives the lease back; refused (ABANDONED) when the task is no longer this worker's. */
  Progress release(HeldTask held) {
    return write(held, t -> t.release(held.owner), (before, after) -> List.of()).isRight()
        ? Progress.RELEASED : Progress.ABANDONED;
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
      return ports.tasks().findById(current.sourceId(), current.id())
          .exists(stored -> stored.version() == current.version());
    }
  }

  private boolean renewalDue(HeldTask held, Instant now) {
    var left = held.current().lease().map(l -> Duration.between(now, l.expiresAt())).orElse(Duration.ZERO);
    return left.compareTo(settings.lease().dividedBy(2)) < 0;
  }

  private Either<DomainError, Task> renew(HeldTask held, Instant now) {
    return write(held, t -> t.renew(held.owner, now.plus(settings.lease())), (before, after) -> List.of());
  }

  private Progress move(HeldTask held, TaskEvent event, String action, String msg) {
    var now = ports.clock().instant();
    return write(held, t -> t.apply(held.owner, event, now),
        (before, after) -> List.of(new Line(after.status(), action, msg)))
        .fold(refused -> Progress.ABANDONED,
            saved -> saved.status().done() ? Progress.FINISHED : Progress.ADVANCED);
  }

  private Progress retryIfDue(HeldTask held, Instant now) {
    var task = held.current();
    if (task.nextAttemptAt().isEmpty() || task.nextAttemptAt().get().isAfter(now)) {
      return release(held);
    }
    return write(held, t -> t.autoRetry(held.owner, now),
        (before, after) -> List.of(new Line(after.status(),
            "automatic retry " + after.autoRetries() + " of " + settings.retry().maxRetries(), "ok")))
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
      var lines = new ArrayList<>(steps);
      lines.add(new Line(doing, phase.label + " interrupted", "the phase runs again from its start"));
      return write(held, t -> t.release(held.owner), (before, after) -> lines).isRight()
          ? Progress.RELEASED : Progress.ABANDONED;
    }
    if (outcome instanceof PhaseOutcome.Failed failed) {
      var stored = write(held, t -> t.fail(held.owner, phase.failed, now, settings.retry()),
          (before, after) -> concat(steps, new Line(after.status(), phase.label,
              failed.error() + retryNote(after))));
      return stored.isRight() ? release(held) : Progress.ABANDONED;
    }
    return write(held, t -> t.apply(held.owner, phase.ok, now),
        (before, after) -> concat(steps, new Line(after.status(), phase.label, "ok")))
        .fold(refused -> Progress.ABANDONED, saved -> Progress.ADVANCED);
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

  private static List<Line> concat(List<Line> steps, Line last) {
    var all = new ArrayList<>(steps);
    all.add(last);
    return all;
  }

  /**
   * Computes the next task from the held one and stores it fenced by version, with its log rows
   * and, when the status the catalog sees changed, the catalog roll-up, all in one transaction: a
   * job deleted meanwhile either sees the write or refuses it, so its catalog reset cannot be
   * overwritten by a roll-up that comes late.
   */
  private Either<DomainError, Task> write(
      HeldTask held, Function<Task, Either<DomainError, Task>> change,
      BiFunction<Task, Task, List<Line>> lines) {
    var now = ports.clock().instant();
    synchronized (held) {
      var before = held.current();
      var stored = change.apply(before).flatMap(next -> ports.tx().inTransaction(() ->
          ports.tasks().update(next).peek(saved -> {
            append(saved, lines.apply(before, saved), now);
            if (CatalogRollUp.statusOf(saved.status()) != CatalogRollUp.statusOf(before.status())) {
              rollUp.onTaskStatus(saved, now);
            }
          })));
      stored.forEach(held::current);
      return stored;
    }
  }

  private void append(Task task, List<Line> lines, Instant at) {
    if (lines.isEmpty()) {
      return;
    }
    long first = ports.ids().reserve(Sequence.TASK_LOG, lines.size());
    for (int i = 0; i < lines.size(); i++) {
      var line = lines.get(i);
      ports.taskLogs().append(new TaskLog(new TaskLogId(first + i), task.id(), task.sourceId(),
          line.status(), line.action(), line.msg(), at));
    }
  }
}
