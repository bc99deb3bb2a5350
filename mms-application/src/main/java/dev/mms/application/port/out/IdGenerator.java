package dev.mms.application.port.out;

/** Hands out ids, one at a time or in contiguous blocks for bulk inserts of plans and scans. */
public interface IdGenerator {

  default long next(Sequence sequence) {
    return reserve(sequence, 1);
  }

  /** Reserves {@code count} consecutive ids and returns the first. */
  long reserve(Sequence sequence, int count);
}
