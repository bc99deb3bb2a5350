package dev.mms.application.service.scheduler;

import dev.mms.application.port.out.MigrationEnginePort;
import dev.mms.domain.catalog.Partition;
import dev.mms.domain.catalog.Table;
import dev.mms.domain.job.Job;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.task.Task;
import java.util.List;
import java.util.Optional;

/**
 * A task a worker has leased, with what its phases need. Every write of the task happens while
 * holding this object's monitor, so the lease keeper's renewals and the worker's transitions
 * never race each other for the version; only a foreign write (stop, another worker) can make one
 * of them fail.
 */
final class HeldTask {
  final String owner;
  final DataSource source;
  final Job job;
  final Table table;
  final List<Partition> partitions;
  final Optional<MigrationEnginePort> engine;
  private Task current;
  private Thread phaseThread;
  private volatile boolean cancelled;

  HeldTask(String owner, Task task, DataSource source, Job job, Table table,
      List<Partition> partitions, Optional<MigrationEnginePort> engine) {
    this.owner = owner;
    this.current = task;
    this.source = source;
    this.job = job;
    this.table = table;
    this.partitions = List.copyOf(partitions);
    this.engine = engine;
  }

  synchronized Task current() {
    return current;
  }

  synchronized void current(Task task) {
    current = task;
  }

  boolean cancelled() {
    return cancelled;
  }

  /** Asks the running phase to stop at its next safe point, and interrupts it if it is blocked. */
  synchronized void cancel() {
    cancelled = true;
    if (phaseThread != null) {
      phaseThread.interrupt();
    }
  }

  /** Marks the calling thread as running a phase: only then may {@link #cancel} interrupt it. */
  synchronized void enterPhase() {
    phaseThread = Thread.currentThread();
    if (cancelled) {
      phaseThread.interrupt();
    }
  }

  /** Ends the phase and clears an interrupt meant for it, so it cannot hit a later write. */
  synchronized void leavePhase() {
    phaseThread = null;
    Thread.interrupted();
  }
}
