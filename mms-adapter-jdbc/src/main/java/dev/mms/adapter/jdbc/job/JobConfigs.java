package dev.mms.adapter.jdbc.job;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.mms.adapter.jdbc.json.JsonCodec;
import dev.mms.adapter.jdbc.sql.Criteria;
import dev.mms.domain.job.JobConfig;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Handle;

/**
 * Job configs, each read and parsed once per process. A job's config is written with its row,
 * under a key drawn at random, and never again (updates leave both alone). A config read under
 * (job id, key) therefore stays right whatever any process does later, even if a job id were
 * stored anew, and reading a job costs its small columns and its tally only. In the embedded store
 * the config is a CLOB, whose reading, with the JSON parse, was about a third of GetMmsJob's time
 * (issue #7).
 */
final class JobConfigs {
  private static final int MAX_JOBS = 10_000;

  /** Where a stored config is found: its job and the key it was written under. */
  record Key(long jobId, long configKey) {}

  private final Cache<Key, JobConfig> byKey = Caffeine.newBuilder().maximumSize(MAX_JOBS).build();

  /** A key for a config about to be written: zero is what rows stored before keys have. */
  static long newKey() {
    long key;
    do {
      key = ThreadLocalRandom.current().nextLong();
    } while (key == 0);
    return key;
  }

  /**
   * The configs stored under {@code keys}, the missing ones in one read; a key whose job is gone
   * or was stored anew since it was read has none.
   */
  Map<Key, JobConfig> of(Handle h, Collection<Key> keys) {
    return byKey.getAll(keys, missing -> read(h, missing));
  }

  private static Map<Key, JobConfig> read(Handle h, Set<? extends Key> keys) {
    var c = new Criteria().whereIn("id", keys.stream().map(Key::jobId).toList());
    var out = new HashMap<Key, JobConfig>();
    c.bind(h.createQuery("SELECT id, config_key, config FROM mms_job" + c.sql()))
        .map((rs, ctx) -> Map.entry(new Key(rs.getLong(1), rs.getLong(2)), rs.getString(3)))
        .forEach(e -> out.put(e.getKey(), JsonCodec.jobConfig(e.getValue())));
    return out;
  }
}
