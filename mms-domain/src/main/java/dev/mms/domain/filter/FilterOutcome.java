package dev.mms.domain.filter;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of a checked filter on one partition: it matches, it does not, or a value could not
 * be read as its column's type (which does not match, and the planner reports).
 */
public sealed interface FilterOutcome
    permits FilterOutcome.Match, FilterOutcome.NoMatch, FilterOutcome.Unreadable {
  FilterOutcome MATCH = new Match();
  FilterOutcome NO_MATCH = new NoMatch();

  boolean matches();

  /** Why a value could not be read, for an unreadable outcome only. */
  Optional<String> unreadableReason();

  /** The partition is selected. */
  record Match() implements FilterOutcome {
    @Override
    public boolean matches() {
      return true;
    }

    @Override
    public Optional<String> unreadableReason() {
      return Optional.empty();
    }
  }

  /** The partition is not selected. */
  record NoMatch() implements FilterOutcome {
    @Override
    public boolean matches() {
      return false;
    }

    @Override
    public Optional<String> unreadableReason() {
      return Optional.empty();
    }
  }

  /** The partition is not selected because of {@code reason}. */
  record Unreadable(String reason) implements FilterOutcome {
    public Unreadable {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean matches() {
      return false;
    }

    @Override
    public Optional<String> unreadableReason() {
      return Optional.of(reason);
    }
  }
}
