package dev.mms.application.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The rows of one kind, ordered by id, with grouped indexes and change listeners that every
 * write and every undo keeps in step. Callers hold the {@link Guard} lock: reads under the read
 * lock, writes under the write lock.
 */
final class Rows<K extends Comparable<K>, V> {

  /** Told of every change of one row: {@code before} or {@code after} is empty for an insert or a delete. */
  @FunctionalInterface
  interface Listener<V> {
    void changed(Optional<V> before, Optional<V> after);
  }

  /** The rows that share a value of {@code by}, each group ordered by id. */
  final class Group<G> {
    private final Function<V, G> by;
    private final Map<G, TreeMap<K, V>> groups = new HashMap<>();

    private Group(Function<V, G> by) {
      this.by = by;
    }

    /** A live view: copy it before the lock is released. */
    Collection<V> get(G value) {
      var group = groups.get(value);
      return group == null ? List.of() : group.values();
    }

    private void remove(V row) {
      var value = by.apply(row);
      var group = groups.get(value);
      if (group != null) {
        group.remove(keyOf.apply(row));
        if (group.isEmpty()) {
          groups.remove(value);
        }
      }
    }

    private void add(V row) {
      groups.computeIfAbsent(by.apply(row), v -> new TreeMap<>()).put(keyOf.apply(row), row);
    }
  }

  private final Guard guard;
  private final String kind;
  private final Function<V, K> keyOf;
  private final TreeMap<K, V> rows = new TreeMap<>();
  private final List<Group<?>> groups = new ArrayList<>();
  private final List<Listener<V>> listeners = new ArrayList<>();

  Rows(Guard guard, String kind, Function<V, K> keyOf) {
    this.guard = guard;
    this.kind = kind;
    this.keyOf = keyOf;
  }

  <G> Group<G> groupBy(Function<V, G> by) {
    var group = new Group<>(by);
    groups.add(group);
    return group;
  }

  void listen(Listener<V> listener) {
    listeners.add(listener);
  }

  Optional<V> get(K key) {
    return Optional.ofNullable(rows.get(key));
  }

  /** A live view in id order: copy it before the lock is released. */
  Collection<V> all() {
    return rows.values();
  }

  /** Inserts every row, or none when one of them exists already (as a unique key would). */
  void insertAll(Collection<V> batch) {
    var seen = new HashSet<K>();
    for (var row : batch) {
      var key = keyOf.apply(row);
      if (rows.containsKey(key) || !seen.add(key)) {
        throw new IllegalStateException(kind + " " + key + " already exists");
      }
    }
    batch.forEach(this::put);
  }

  /** Replaces the row with the same id; a row that does not exist stays absent. */
  boolean update(V row) {
    if (!rows.containsKey(keyOf.apply(row))) {
      return false;
    }
    put(row);
    return true;
  }

  void put(V row) {
    var key = keyOf.apply(row);
    var before = store(key, Optional.of(row));
    guard.onUndo(() -> store(key, before));
  }

  void remove(K key) {
    var before = store(key, Optional.empty());
    if (before.isPresent()) {
      guard.onUndo(() -> store(key, before));
    }
  }

  void removeAll(Collection<V> batch) {
    for (var row : List.copyOf(batch)) {
      remove(keyOf.apply(row));
    }
  }

  private Optional<V> store(K key, Optional<V> after) {
    var before = Optional.ofNullable(after.isPresent() ? rows.put(key, after.get()) : rows.remove(key));
    if (before.isEmpty() && after.isEmpty()) {
      return before;
    }
    for (var group : groups) {
      before.ifPresent(group::remove);
      after.ifPresent(group::add);
    }
    for (var listener : listeners) {
      listener.changed(before, after);
    }
    return before;
  }
}
