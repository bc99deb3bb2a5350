package dev.mms.application.service.scheduler;

import java.util.Optional;

/**
 * One worker: holds at most one task and moves it one transition per {@link #step}. The {@link
 * Scheduler} runs its workers on threads; tests call {@link #step} on their own thread for
 * deterministic interleavings, and simulate a crash by simply no longer calling it.
 */
public final class Worker {
  private final String owner;
  private final TaskRunner runner;
  private volatile HeldTask held;

  Worker(String owner, TaskRunner runner) {
    this.owner = owner;
    this.runner = runner;
  }

  /** The owner id written into the leases this worker takes. */
  public String owner() {
    return owner;
  }

  /** Claims a task when holding none, else moves the held one a transition (or lets it go). */
  public Progress step() {
    var current = held;
    if (current == null) {
      return runner.claim(owner).fold(nothing -> nothing, claimed -> {
        held = claimed;
        return Progress.CLAIMED;
      });
    }
    var progress = runner.advance(current);
    if (progress != Progress.ADVANCED) {
      held = null;
    }
    return progress;
  }

  /** Steps until nothing is runnable; returns how many steps did something. */
  public int runUntilIdle() {
    int steps = 0;
    while (step() != Progress.IDLE) {
      steps++;
    }
    return steps;
  }

  /** Gives back the held task, if any, so another worker can take it at once. */
  public Progress release() {
    var current = held;
    if (current == null) {
      return Progress.IDLE;
    }
    held = null;
    return runner.release(current);
  }

  Optional<HeldTask> held() {
    return Optional.ofNullable(held);
  }

  /** Forgets the held task without writing (the store failed): its lease lapses by itself. */
  void forget() {
    held = null;
  }
}
