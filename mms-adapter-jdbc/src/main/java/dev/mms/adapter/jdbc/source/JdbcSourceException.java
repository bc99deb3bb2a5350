package dev.mms.adapter.jdbc.source;

/**
 * A JDBC data source could not be reached or read. The message names the database (never a
 * password) and what failed, so a user can act on it.
 */
public final class JdbcSourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JdbcSourceException(String message) {
    super(message);
  }

  public JdbcSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
