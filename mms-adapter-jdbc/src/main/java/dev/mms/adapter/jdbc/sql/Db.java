package dev.mms.adapter.jdbc.sql;

import dev.mms.application.port.out.TransactionPort;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The store's access to its database. A transaction binds one JDBI handle to the thread; every
 * repository call on that thread joins it, nested transactions included, and any exception rolls
 * the whole of it back. Database failures leave as {@link JdbcStoreException}.
 */
public final class Db implements TransactionPort {
  private final Jdbi jdbi;
  private final Dialect dialect;
  private final String where;
  private final ThreadLocal<Handle> bound = new ThreadLocal<>();

  /** {@code where} names the database in messages (a URL without credentials). */
  public Db(Jdbi jdbi, Dialect dialect, String where) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.where = Objects.requireNonNull(where, "where");
  }

  public Dialect dialect() {
    return dialect;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return withHandle(h -> work.get());
  }

  @Override
  public <T> T inTransactionDurableLater(Supplier<T> work) {
    return withHandleWithoutFlushWait(h -> work.get());
  }

  /** Runs {@code work} in the thread's transaction, or in a new one that commits when it returns. */
  public <T> T withHandle(Function<Handle, T> work) {
    var current = bound.get();
    if (current != null) {
      return work.apply(current);
    }
    return inNewTransaction(work, true);
  }

  /**
   * Runs reads in the thread's transaction, or outside one in auto-commit, with no BEGIN or
   * COMMIT around them. Each statement then sees what is committed when it starts, which is all
   * a read-committed transaction would give them too; it saves a round trip per call.
   */
  public <T> T read(Function<Handle, T> work) {
    var current = bound.get();
    if (current != null) {
      return work.apply(current);
    }
    try (var handle = jdbi.open()) {
      return work.apply(handle);
    } catch (RuntimeException e) {
      throw isDatabaseFailure(e) ? JdbcStoreException.of(e, where) : e;
    }
  }

  /**
   * As {@link #withHandle}, except that a transaction it opens commits without waiting for the log
   * flush where the database allows that ({@link Dialect#commitWithoutFlushWait}). For work whose
   * effects count only once a later commit that does wait depends on them: the log is flushed in
   * order, so that commit makes this one durable too. Joining the thread's transaction changes
   * nothing about how that one commits.
   */
  public <T> T withHandleWithoutFlushWait(Function<Handle, T> work) {
    var current = bound.get();
    if (current != null) {
      return work.apply(current);
    }
    return inNewTransaction(withoutFlushWait(work), true);
  }

  /** As {@link #inSeparateTransaction}, committing as {@link #withHandleWithoutFlushWait} does. */
  public <T> T inSeparateTransactionWithoutFlushWait(Function<Handle, T> work) {
    return inNewTransaction(withoutFlushWait(work), false);
  }

  private <T> Function<Handle, T> withoutFlushWait(Function<Handle, T> work) {
    return h -> {
      dialect.commitWithoutFlushWait().ifPresent(h::execute);
      return work.apply(h);
    };
  }

  public void useHandle(Consumer<Handle> work) {
    withHandle(h -> {
      work.accept(h);
      return null;
    });
  }

  /**
   * Runs {@code work} in a transaction of its own on another connection, even inside a transaction
   * of this thread: what it commits stays committed if the caller's transaction rolls back.
   */
  public <T> T inSeparateTransaction(Function<Handle, T> work) {
    return inNewTransaction(work, false);
  }

  private <T> T inNewTransaction(Function<Handle, T> work, boolean bind) {
    Handle handle;
    try {
      handle = jdbi.open();
    } catch (RuntimeException e) {
      throw JdbcStoreException.of(e, where);
    }
    try (handle) {
      if (bind) {
        bound.set(handle);
      }
      try {
        handle.begin();
        T result = work.apply(handle);
        handle.commit();
        return result;
      } catch (RuntimeException | Error e) {
        rollback(handle, e);
        if (isDatabaseFailure(e)) {
          throw JdbcStoreException.of(e, where);
        }
        throw e;
      } finally {
        if (bind) {
          bound.remove();
        }
      }
    } catch (RuntimeException e) {
      throw isDatabaseFailure(e) ? JdbcStoreException.of(e, where) : e;
    }
  }

  private static void rollback(Handle handle, Throwable cause) {
    try {
      handle.rollback();
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static boolean isDatabaseFailure(Throwable e) {
    return e instanceof org.jdbi.v3.core.JdbiException || e instanceof JdbcStoreException
        || e.getCause() instanceof java.sql.SQLException;
  }
}
