package dev.mms.domain.task;

import java.util.Optional;

/** The MMS task statuses, with the one transition table of the task lifecycle. */
public enum TaskStatus {
  INIT,
  SCHEMA_DOING,
  SCHEMA_DONE,
  SCHEMA_FAILED,
  DATA_DOING,
  DATA_DONE,
  DATA_FAILED,
  VERIFICATION_DOING,
  VERIFICATION_DONE,
  VERIFICATION_FAILED,
  DONE;

  /**
   * The transition table: the status {@code event} leads to from this one, or empty when the
   * pair is illegal. DONE accepts nothing. A retry of a failed verification copies again, since a
   * count mismatch means the copy is wrong.
   */
  public Optional<TaskStatus> after(TaskEvent event) {
    TaskStatus next = switch (this) {
      case INIT -> event == TaskEvent.BEGIN_SCHEMA ? SCHEMA_DOING : null;
      case SCHEMA_DOING -> switch (event) {
        case SCHEMA_OK -> SCHEMA_DONE;
        case SCHEMA_FAILED -> SCHEMA_FAILED;
        default -> null;
      };
      case SCHEMA_DONE -> switch (event) {
        case BEGIN_DATA -> DATA_DOING;
        case DATA_DISABLED -> DONE;
        default -> null;
      };
      case SCHEMA_FAILED -> event == TaskEvent.RETRY ? SCHEMA_DOING : null;
      case DATA_DOING -> switch (event) {
        case DATA_OK -> DATA_DONE;
        case DATA_FAILED -> DATA_FAILED;
        default -> null;
      };
      case DATA_DONE -> switch (event) {
        case BEGIN_VERIFICATION -> VERIFICATION_DOING;
        case VERIFICATION_DISABLED -> DONE;
        default -> null;
      };
      case DATA_FAILED -> event == TaskEvent.RETRY ? DATA_DOING : null;
      case VERIFICATION_DOING -> switch (event) {
        case COUNTS_MATCH -> VERIFICATION_DONE;
        case COUNTS_DIFFER -> VERIFICATION_FAILED;
        default -> null;
      };
      case VERIFICATION_DONE -> event == TaskEvent.FINISH ? DONE : null;
      case VERIFICATION_FAILED -> event == TaskEvent.RETRY ? DATA_DOING : null;
      case DONE -> null;
    };
    return Optional.ofNullable(next);
  }

  public boolean failed() {
    return this == SCHEMA_FAILED || this == DATA_FAILED || this == VERIFICATION_FAILED;
  }

  /** A phase is under way (or was, when its worker vanished and it must run again). */
  public boolean doing() {
    return this == SCHEMA_DOING || this == DATA_DOING || this == VERIFICATION_DOING;
  }

  public boolean done() {
    return this == DONE;
  }
}
