package dev.mms.application.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The one lock of a store and its undo log. Reads share the lock, writes take it alone; a
 * transaction holds it for its whole duration, so it sees no one else's writes and no one sees
 * its writes before it ends. Writes inside a transaction record how to undo themselves.
 */
final class Guard {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  // Guarded by the write lock: only the thread running the transaction writes.
  private final Deque<Runnable> undo = new ArrayDeque<>();
  private int depth;

  <T> T read(Supplier<T> work) {
    lock.readLock().lock();
    try {
      return work.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  <T> T write(Supplier<T> work) {
    lock.writeLock().lock();
    try {
      return work.get();
    } finally {
      lock.writeLock().unlock();
    }
  }

  void write(Runnable work) {
    write(() -> {
      work.run();
      return null;
    });
  }

  /** Called by a write (holding the write lock): how to take it back if the transaction fails. */
  void onUndo(Runnable action) {
    if (depth > 0) {
      undo.push(action);
    }
  }

  /** Runs {@code work} as one unit; nested calls join the outermost one. */
  <T> T transaction(Supplier<T> work) {
    lock.writeLock().lock();
    depth++;
    try {
      T result = work.get();
      if (depth == 1) {
        undo.clear();
      }
      return result;
    } catch (Throwable failure) {
      if (depth == 1) {
        rollBack();
      }
      throw failure;
    } finally {
      depth--;
      lock.writeLock().unlock();
    }
  }

  private void rollBack() {
    while (!undo.isEmpty()) {
      undo.pop().run();
    }
  }
}
