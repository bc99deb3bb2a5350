package dev.mms.domain.task;

import static dev.mms.domain.task.TaskEvent.BEGIN_DATA;
import static dev.mms.domain.task.TaskEvent.BEGIN_SCHEMA;
import static dev.mms.domain.task.TaskEvent.BEGIN_VERIFICATION;
import static dev.mms.domain.task.TaskEvent.COUNTS_DIFFER;
import static dev.mms.domain.task.TaskEvent.COUNTS_MATCH;
import static dev.mms.domain.task.TaskEvent.DATA_DISABLED;
import static dev.mms.domain.task.TaskEvent.DATA_FAILED;
import static dev.mms.domain.task.TaskEvent.DATA_OK;
import static dev.mms.domain.task.TaskEvent.FINISH;
import static dev.mms.domain.task.TaskEvent.RETRY;
import static dev.mms.domain.task.TaskEvent.SCHEMA_FAILED;
import static dev.mms.domain.task.TaskEvent.SCHEMA_OK;
import static dev.mms.domain.task.TaskEvent.VERIFICATION_DISABLED;
import static dev.mms.domain.task.TaskStatus.DATA_DOING;
import static dev.mms.domain.task.TaskStatus.DATA_DONE;
import static dev.mms.domain.task.TaskStatus.DONE;
import static dev.mms.domain.task.TaskStatus.INIT;
import static dev.mms.domain.task.TaskStatus.SCHEMA_DOING;
import static dev.mms.domain.task.TaskStatus.SCHEMA_DONE;
import static dev.mms.domain.task.TaskStatus.VERIFICATION_DOING;
import static dev.mms.domain.task.TaskStatus.VERIFICATION_DONE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.IllegalTransition;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

class TaskStateMachineTest {

  private record Row(TaskStatus from, TaskEvent event, TaskStatus to) {}

  /** product.md §3, row for row; the lease-lost row changes no status and is not an event. */
  private static final List<Row> SPEC = List.of(
      new Row(INIT, BEGIN_SCHEMA, SCHEMA_DOING),
      new Row(SCHEMA_DOING, SCHEMA_OK, SCHEMA_DONE),
      new Row(SCHEMA_DOING, SCHEMA_FAILED, TaskStatus.SCHEMA_FAILED),
      new Row(SCHEMA_DONE, BEGIN_DATA, DATA_DOING),
      new Row(SCHEMA_DONE, DATA_DISABLED, DONE),
      new Row(DATA_DOING, DATA_OK, DATA_DONE),
      new Row(DATA_DOING, DATA_FAILED, TaskStatus.DATA_FAILED),
      new Row(DATA_DONE, BEGIN_VERIFICATION, VERIFICATION_DOING),
      new Row(DATA_DONE, VERIFICATION_DISABLED, DONE),
      new Row(VERIFICATION_DOING, COUNTS_MATCH, VERIFICATION_DONE),
      new Row(VERIFICATION_DOING, COUNTS_DIFFER, TaskStatus.VERIFICATION_FAILED),
      new Row(VERIFICATION_DONE, FINISH, DONE),
      new Row(TaskStatus.SCHEMA_FAILED, RETRY, SCHEMA_DOING),
      new Row(TaskStatus.DATA_FAILED, RETRY, DATA_DOING),
      new Row(TaskStatus.VERIFICATION_FAILED, RETRY, DATA_DOING));

  private static final Set<TaskStatus> FAILED_STATES = EnumSet.of(
      TaskStatus.SCHEMA_FAILED, TaskStatus.DATA_FAILED, TaskStatus.VERIFICATION_FAILED);

  private static Optional<TaskStatus> modelAfter(TaskStatus from, TaskEvent event) {
    return SPEC.stream()
        .filter(r -> r.from() == from && r.event() == event)
        .map(Row::to)
        .findFirst();
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void after_agrees_with_the_model_table(@ForAll TaskStatus from, @ForAll TaskEvent event) {
    var next = from.after(event);

    assertThat(next).isEqualTo(modelAfter(from, event));
  }

  @Property(tries = 300)
  void random_event_sequences_from_init_stay_inside_the_table(@ForAll List<TaskEvent> events) {
    var reached = new ArrayList<TaskStatus>(List.of(INIT));

    for (var event : events) {
      var current = reached.get(reached.size() - 1);
      current.after(event).ifPresent(reached::add);
    }

    for (int i = 1; i < reached.size(); i++) {
      var from = reached.get(i - 1);
      var to = reached.get(i);
      assertThat(SPEC).as("%s -> %s", from, to)
          .anyMatch(r -> r.from() == from && r.to() == to);
    }
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void done_accepts_no_event(@ForAll TaskEvent event) {
    var next = DONE.after(event);

    assertThat(next).isEmpty();
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void illegal_pairs_are_refused_with_illegal_transition(
      @ForAll TaskStatus from, @ForAll TaskEvent event) {
    var task = Tasks.leasedIn(from, "w1");

    var result = task.apply("w1", event, Tasks.T0);

    if (event == TaskEvent.RETRY) {
      assertThat(result.getLeft()).isInstanceOf(IllegalTransition.class);
    } else if (modelAfter(from, event).isEmpty()) {
      assertThat(result.getLeft())
          .isEqualTo(new IllegalTransition("Task", from.name(), event.name()));
    } else {
      assertThat(result.get().status()).isEqualTo(modelAfter(from, event).get());
    }
  }

  /** The chain's state: the task and a clock that only moves forward. */
  record Clocked(Task task, Instant now) {
    @Override
    public String toString() {
      return task.status() + (task.stopped() ? " stopped" : "")
          + task.lease().map(l -> " leased to " + l.owner() + " until " + l.expiresAt()).orElse("")
          + task.nextAttemptAt().map(n -> " retry at " + n).orElse("")
          + " auto=" + task.autoRetries() + " retried=" + task.retriedTimes()
          + " v" + task.version() + " @" + now;
    }
  }

  @Property(tries = 400)
  void commands_agree_with_the_model_and_keep_the_invariants(
      @ForAll("commands") ActionChain<Clocked> chain) {
    chain
        .withInvariant("autoRetries <= retriedTimes", c ->
            assertThat(c.task().autoRetries()).isLessThanOrEqualTo(c.task().retriedTimes()))
        .withInvariant("nextAttemptAt only on failed states", c ->
            c.task().nextAttemptAt().ifPresent(n -> assertThat(FAILED_STATES).contains(c.task().status())))
        .withInvariant("a stopped task is never runnable", c -> {
          if (c.task().stopped()) {
            assertThat(c.task().runnableAt(c.now())).isFalse();
            assertThat(c.task().runnableAt(c.now().plus(Duration.ofDays(1)))).isFalse();
          }
        })
        .withInvariant("a DONE task holds no lease and has an end time", c -> {
          if (c.task().status() == DONE) {
            assertThat(c.task().lease()).isEmpty();
            assertThat(c.task().endTime()).isPresent();
          }
        })
        .run();
  }

  /*
   * Every action is Independent: jqwik 1.9.3 does not shrink chains of Dependent actions. Who acts
   * and which event they send are therefore chosen symbolically and resolved against the state.
   */
  @Provide
  Arbitrary<ActionChain<Clocked>> commands() {
    return ActionChain.<Clocked>startWith(() -> new Clocked(Tasks.planned(), Tasks.T0))
        .withAction(3, timePasses())
        .withAction(3, claim())
        .withAction(renew())
        .withAction(release())
        .withAction(6, apply())
        .withAction(5, fail())
        .withAction(4, autoRetry())
        .withAction(retryByUser())
        .withAction(stop())
        .withAction(resume())
        .withMaxTransformations(60);
  }

  /** A worker: the one holding the lease (w1 when none does), or a named one. */
  private record Who(String label, Function<Task, String> resolve) {
    static Arbitrary<Who> any() {
      return Arbitraries.frequencyOf(
          Tuple.of(3, Arbitraries.just(new Who("holder", t -> t.lease().map(Lease::owner).orElse("w1")))),
          Tuple.of(1, Arbitraries.of("w1", "w2").map(w -> new Who(w, t -> w))));
    }
  }

  /** An event: the k-th one the model allows from the current status, or a fixed one. */
  private record Which(String label, Function<TaskStatus, TaskEvent> resolve) {
    static Arbitrary<Which> any() {
      return Arbitraries.frequencyOf(
          Tuple.of(4, Arbitraries.integers().between(0, 1).map(k -> new Which("legal event #" + k,
              s -> legalFrom(s).isEmpty() ? FINISH : legalFrom(s).get(k % legalFrom(s).size())))),
          Tuple.of(1, Arbitraries.of(TaskEvent.class).map(e -> new Which(e.name(), s -> e))));
    }

    private static List<TaskEvent> legalFrom(TaskStatus s) {
      return SPEC.stream().filter(r -> r.from() == s).map(Row::event).toList();
    }
  }

  /** One command tried on a state: what it was, its result, and what the model expects. */
  private record Attempt(String what, Either<DomainError, Task> result, boolean modelAccepts,
      Consumer<Task> then) {}

  private static Action<Clocked> timePasses() {
    return (Action.Independent<Clocked>) () -> Arbitraries.longs().between(1, 400)
        .map(Duration::ofSeconds)
        .map(d -> Transformer.transform("wait " + d,
            c -> new Clocked(c.task(), c.now().plus(d))));
  }

  private static Action<Clocked> claim() {
    return (Action.Independent<Clocked>) () -> Combinators.combine(Who.any(), ttls())
        .as((who, ttl) -> command("claim by " + who.label() + " for " + ttl, c -> {
          var lease = new Lease(who.resolve().apply(c.task()), c.now().plus(ttl));
          return new Attempt("claim " + lease, c.task().claim(lease, c.now()),
              modelRunnable(c.task(), c.now()),
              after -> assertThat(after.lease()).contains(lease));
        }));
  }

  private static Action<Clocked> renew() {
    return (Action.Independent<Clocked>) () -> Combinators.combine(Who.any(), ttls())
        .as((who, ttl) -> command("renew by " + who.label() + " for " + ttl, c -> {
          var owner = who.resolve().apply(c.task());
          return new Attempt("renew by " + owner, c.task().renew(owner, c.now().plus(ttl)),
              holds(c.task(), owner),
              after -> assertThat(after.lease()).contains(new Lease(owner, c.now().plus(ttl))));
        }));
  }

  private static Action<Clocked> release() {
    return (Action.Independent<Clocked>) () -> Who.any()
        .map(who -> command("release by " + who.label(), c -> {
          var owner = who.resolve().apply(c.task());
          return new Attempt("release by " + owner, c.task().release(owner),
              holds(c.task(), owner),
              after -> assertThat(after.lease()).isEmpty());
        }));
  }

  private static Action<Clocked> apply() {
    return (Action.Independent<Clocked>) () -> Combinators.combine(Who.any(), Which.any())
        .as((who, which) -> command("apply " + which.label() + " by " + who.label(), c -> {
          var owner = who.resolve().apply(c.task());
          var event = which.resolve().apply(c.task().status());
          var expected = modelAfter(c.task().status(), event);
          return new Attempt("apply " + event + " by " + owner,
              c.task().apply(owner, event, c.now()),
              holds(c.task(), owner) && expected.isPresent() && event != TaskEvent.RETRY,
              after -> assertThat(after.status()).isEqualTo(expected.orElseThrow()));
        }));
  }

  private static Action<Clocked> fail() {
    return (Action.Independent<Clocked>) () -> Combinators.combine(Who.any(), Which.any(), policies())
        .as((who, which, policy) -> command(
            "fail with " + which.label() + " by " + who.label() + " under " + policy, c -> {
              var owner = who.resolve().apply(c.task());
              var event = which.resolve().apply(c.task().status());
              var expected = modelAfter(c.task().status(), event).filter(FAILED_STATES::contains);
              var retryAt = c.task().autoRetries() < policy.maxRetries()
                  ? Optional.of(c.now().plus(expectedBackoff(policy, c.task().autoRetries())))
                  : Optional.<Instant>empty();
              return new Attempt("fail with " + event + " by " + owner,
                  c.task().fail(owner, event, c.now(), policy),
                  holds(c.task(), owner) && expected.isPresent() && event != TaskEvent.RETRY,
                  after -> {
                    assertThat(after.status()).isEqualTo(expected.orElseThrow());
                    assertThat(after.nextAttemptAt()).isEqualTo(retryAt);
                  });
            }));
  }

  private static Action<Clocked> autoRetry() {
    return (Action.Independent<Clocked>) () -> Who.any()
        .map(who -> command("automatic retry by " + who.label(), c -> {
          var owner = who.resolve().apply(c.task());
          var before = c.task();
          var expected = modelAfter(before.status(), RETRY);
          return new Attempt("automatic retry by " + owner, before.autoRetry(owner, c.now()),
              holds(before, owner)
                  && before.nextAttemptAt().filter(n -> !n.isAfter(c.now())).isPresent()
                  && expected.isPresent(),
              after -> {
                assertThat(after.status()).isEqualTo(expected.orElseThrow());
                assertThat(after.retriedTimes()).isEqualTo(before.retriedTimes() + 1);
                assertThat(after.autoRetries()).isEqualTo(before.autoRetries() + 1);
                assertThat(after.nextAttemptAt()).isEmpty();
              });
        }));
  }

  private static Action<Clocked> retryByUser() {
    return Action.just(command("retry by user", c -> {
      var before = c.task();
      var expected = modelAfter(before.status(), RETRY);
      return new Attempt("retry by user", before.retryByUser(c.now()), expected.isPresent(),
          after -> {
            assertThat(after.status()).isEqualTo(expected.orElseThrow());
            assertThat(after.retriedTimes()).isEqualTo(before.retriedTimes() + 1);
            assertThat(after.autoRetries()).isZero();
            assertThat(after.nextAttemptAt()).isEmpty();
          });
    }));
  }

  private static Action<Clocked> stop() {
    return Action.just(command("stop", c -> new Attempt("stop", Either.right(c.task().stop()), true,
        after -> {
          assertThat(after.stopped()).isTrue();
          assertThat(after.lease()).isEmpty();
          assertThat(after.status()).isEqualTo(c.task().status());
        })));
  }

  private static Action<Clocked> resume() {
    return Action.just(command("resume", c -> new Attempt("resume", Either.right(c.task().resume()),
        true,
        after -> {
          assertThat(after.stopped()).isFalse();
          assertThat(after.status()).isEqualTo(c.task().status());
        })));
  }

  /**
   * Tries a command on the state before, checks that it is accepted exactly when the model says
   * so, and checks the effect of an accepted one.
   */
  private static Transformer<Clocked> command(String label, Function<Clocked, Attempt> attempt) {
    return Transformer.transform(label, before -> {
      var a = attempt.apply(before);

      assertThat(a.result().isRight()).as("%s accepted from %s", a.what(), before)
          .isEqualTo(a.modelAccepts());
      a.result().forEach(after -> {
        assertThat(after.version())
            .as("version after %s (a fenced store accepts exactly one step per write)", a.what())
            .isEqualTo(before.task().version() + 1);
        a.then().accept(after);
      });
      var next = a.result().getOrElse(before.task());
      assertThat(next.retriedTimes()).as("retriedTimes after %s", a.what())
          .isGreaterThanOrEqualTo(before.task().retriedTimes());
      return new Clocked(next, before.now());
    });
  }

  /** product.md §8: not stopped, not DONE, not failed unless a retry is due, no live lease. */
  private static boolean modelRunnable(Task t, Instant now) {
    boolean retryDue = t.nextAttemptAt().filter(n -> !now.isBefore(n)).isPresent();
    boolean leaseLive = t.lease().filter(l -> now.isBefore(l.expiresAt())).isPresent();
    return !t.stopped()
        && t.status() != DONE
        && (!FAILED_STATES.contains(t.status()) || retryDue)
        && !leaseLive;
  }

  private static boolean holds(Task t, String owner) {
    return t.lease().filter(l -> l.owner().equals(owner)).isPresent();
  }

  /** The n-th automatic retry waits base * 2^n, at most cap. */
  private static Duration expectedBackoff(RetryPolicy policy, int done) {
    var wait = policy.base().multipliedBy((long) Math.pow(2, done));
    return wait.compareTo(policy.cap()) > 0 ? policy.cap() : wait;
  }

  private static Arbitrary<Duration> ttls() {
    return Arbitraries.longs().between(10, 120).map(Duration::ofSeconds);
  }

  private static Arbitrary<RetryPolicy> policies() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.longs().between(1, 20).map(Duration::ofSeconds),
            Arbitraries.longs().between(5, 60).map(Duration::ofSeconds))
        .as(RetryPolicy::new);
  }
}
