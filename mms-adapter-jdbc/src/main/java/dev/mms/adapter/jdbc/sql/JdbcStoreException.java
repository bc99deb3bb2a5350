package dev.mms.adapter.jdbc.sql;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;

/**
 * A failure of the store's database: unreachable, a broken constraint, a transaction the database
 * aborted, or another SQL error. The message says which, where, and what the driver reported;
 * no {@link SQLException} leaves the adapter.
 */
public final class JdbcStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of failure it was, for callers that react differently (e.g. retry an aborted one). */
  public enum Kind {
    /** The database cannot be reached, or the pool has no connection to give. */
    CONNECTION,
    /** A write broke a constraint (a duplicate id, a missing value). */
    CONSTRAINT,
    /** The database aborted the transaction (deadlock, serialization failure); it may be retried. */
    ABORTED,
    /** Any other failure of a statement. */
    SQL
  }

  private final Kind kind;

  public JdbcStoreException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public Kind kind() {
    return kind;
  }

  /** Classifies {@code failure} (or the SQL exception inside it) of the store at {@code where}. */
  public static JdbcStoreException of(Throwable failure, String where) {
    if (failure instanceof JdbcStoreException e) {
      return e;
    }
    var sql = sqlCause(failure);
    var detail = sql == null ? String.valueOf(failure.getMessage()) : describe(sql);
    var kind = sql == null ? Kind.SQL : kindOf(sql);
    var message = switch (kind) {
      case CONNECTION -> "cannot reach the mms store at " + where + ": " + detail;
      case CONSTRAINT -> "the mms store at " + where + " refused a write that breaks a constraint: " + detail;
      case ABORTED -> "the mms store at " + where + " aborted a transaction (deadlock or conflicting update), "
          + "it can be retried: " + detail;
      case SQL -> "the mms store at " + where + " failed a statement: " + detail;
    };
    return new JdbcStoreException(kind, message, failure);
  }

  private static Kind kindOf(SQLException e) {
    var state = e.getSQLState() == null ? "" : e.getSQLState();
    if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
        || state.startsWith("08")
        || String.valueOf(e.getMessage()).contains("has been closed")) {
      return Kind.CONNECTION;
    }
    if (state.startsWith("23")) {
      return Kind.CONSTRAINT;
    }
    // 40xxx: rollback by the server; HYT00: H2's lock timeout; 1205: MySQL's lock wait timeout
    if (state.startsWith("40") || state.equals("HYT00") || e.getErrorCode() == 1205) {
      return Kind.ABORTED;
    }
    return Kind.SQL;
  }

  private static SQLException sqlCause(Throwable t) {
    for (var c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException e) {
        return e;
      }
    }
    return null;
  }

  private static String describe(SQLException e) {
    var text = String.valueOf(e.getMessage());
    return e.getSQLState() == null ? text : text + " [SQLState " + e.getSQLState() + "]";
  }
}
