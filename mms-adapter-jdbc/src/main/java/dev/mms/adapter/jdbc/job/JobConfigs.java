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
import org.jdbi.v3.core.Handle;

/**
 * Job configs, each read and parsed once per process. A job's config is written with its row and
 * never again (updates leave the column alone), and job ids are never reused, so a config once
 * read stays right whatever any process does later; reading a job costs its small columns and
 * its tally only. In the embedded store the config is a CLOB, whose reading, with the JSON
 * parse, was about a third of GetMmsJob's time (issue #7).
 */
final class JobConfigs {
  private static final int MAX_JOBS = 10_000;

  private final Cache<Long, JobConfig> byJob = Caffeine.newBuilder().maximumSize(MAX_JOBS).build();

  /** The configs of the jobs among {@code jobIds} that exist; the missing ones in one read. */
  Map<Long, JobConfig> of(Handle h, Collection<Long> jobIds) {
    return byJob.getAll(jobIds, missing -> read(h, missing));
  }

  private static Map<Long, JobConfig> read(Handle h, Set<? extends Long> jobIds) {
    var c = new Criteria().whereIn("id", jobIds);
    var out = new HashMap<Long, JobConfig>();
    c.bind(h.createQuery("SELECT id, config FROM mms_job" + c.sql()))
        .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
        .forEach(e -> out.put(e.getKey(), JsonCodec.jobConfig(e.getValue())));
    return out;
  }
}
