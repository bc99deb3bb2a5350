package dev.mms.application.memory;

import dev.mms.application.port.out.IdGenerator;
import dev.mms.application.port.out.Sequence;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Ids from 1 upwards per sequence; like a database sequence, a rolled-back transaction does not return them. */
public final class InMemoryIdGenerator implements IdGenerator {
  private final Map<Sequence, AtomicLong> last = new EnumMap<>(Sequence.class);

  public InMemoryIdGenerator() {
    for (var sequence : Sequence.values()) {
      last.put(sequence, new AtomicLong());
    }
  }

  @Override
  public long reserve(Sequence sequence, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("cannot reserve " + count + " ids");
    }
    return last.get(sequence).getAndAdd(count) + 1;
  }
}
