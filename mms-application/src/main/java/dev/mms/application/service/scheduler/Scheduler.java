package dev.mms.application.service.scheduler;

import dev.mms.application.service.rollup.CatalogRollUp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the tasks of every job in this process: {@code workers} threads claim runnable tasks
 * (earliest eta first, within the per-source limit) and drive them, while a lease keeper renews
 * their leases and cancels a phase whose task was stopped, deleted or taken over. {@link #close}
 * stops claiming, interrupts running phases and gives their leases back.
 */
public final class Scheduler implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(Scheduler.class.getName());

  private static final long JOIN_ROUND_MILLIS = 20;

  private final TaskRunner runner;
  private final SchedulerSettings settings;
  private final List<Worker> workers = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean closing;
  private boolean started;

  public Scheduler(SchedulerPorts ports, CatalogRollUp rollUp, SchedulerSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.runner = new TaskRunner(Objects.requireNonNull(ports, "ports"),
        Objects.requireNonNull(rollUp, "rollUp"), settings);
  }

  /**
   * A worker of this process that runs on the caller's thread (tests, embedding): nothing renews
   * its leases between steps except its own steps.
   */
  public Worker newWorker(String name) {
    return new Worker(settings.processName() + "/" + name, runner);
  }

  /** Starts the worker threads and the lease keeper. */
  public synchronized void start() {
    if (started) {
      throw new IllegalStateException("scheduler already started");
    }
    started = true;
    for (int i = 1; i <= settings.workers(); i++) {
      var worker = newWorker("w" + i);
      workers.add(worker);
      threads.add(thread("mms-worker-" + i, () -> work(worker)));
    }
    threads.add(thread("mms-lease-keeper", this::keepLeases));
    threads.forEach(Thread::start);
  }

  /** Stops claiming, interrupts running phases, waits for the workers to give their leases back. */
  @Override
  public synchronized void close() {
    if (closing) {
      return;
    }
    closing = true;
    // An engine that ignores interruption is left behind after one lease: its lease lapses by itself.
    long deadline = System.nanoTime() + settings.lease().toNanos();
    for (var thread : threads) {
      while (thread.isAlive() && System.nanoTime() < deadline) {
        // Sweep again each round: a worker may have claimed or begun a phase after the last one.
        workers.forEach(w -> w.held().ifPresent(HeldTask::cancel));
        threads.forEach(LockSupport::unpark);
        try {
          thread.join(JOIN_ROUND_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void work(Worker worker) {
    long idleNanos = settings.pollInterval().toNanos();
    while (!closing) {
      Progress progress;
      try {
        progress = worker.step();
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "worker " + worker.owner() + " failed; its task's lease will lapse", e);
        worker.forget();
        progress = Progress.IDLE;
      }
      if (progress == Progress.IDLE) {
        LockSupport.parkNanos(this, idleNanos);
      }
    }
    try {
      worker.release();
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "worker " + worker.owner() + " could not give its lease back", e);
    }
  }

  private void keepLeases() {
    long checkNanos = min(settings.pollInterval(), settings.lease().dividedBy(4)).toNanos();
    while (!closing) {
      for (var worker : workers) {
        try {
          worker.held().ifPresent(runner::watch);
        } catch (RuntimeException e) {
          LOG.log(System.Logger.Level.WARNING, "lease check of " + worker.owner() + " failed", e);
        }
      }
      LockSupport.parkNanos(this, checkNanos);
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Thread thread(String name, Runnable body) {
    var thread = new Thread(body, name);
    // A stuck engine must not keep the JVM alive after close.
    thread.setDaemon(true);
    return thread;
  }
}
