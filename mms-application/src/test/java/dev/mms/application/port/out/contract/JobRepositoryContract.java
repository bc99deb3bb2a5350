package dev.mms.application.port.out.contract;

import static dev.mms.application.port.out.contract.Fixtures.job;
import static dev.mms.application.port.out.contract.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.query.Direction;
import dev.mms.application.port.query.JobQuery;
import dev.mms.application.port.query.PageRequest;
import dev.mms.application.port.query.Sort;
import dev.mms.domain.job.JobId;
import dev.mms.domain.job.JobStatus;
import dev.mms.domain.job.JobSummary;
import dev.mms.domain.job.TaskTally;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.task.TaskStatus;
import dev.mms.domain.timer.TimerId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link dev.mms.application.port.out.JobRepository} does. */
public abstract class JobRepositoryContract extends PortContract {
  private static final SourceId S1 = new SourceId(1);

  @Test
  void a_job_without_tasks_is_found_with_an_empty_tally_only_under_its_source() {
    var j = job(1, 1).eta("2025-03-01").timer(4).build();
    stores.jobs().insert(j);

    assertThat(stores.jobs().findById(S1, new JobId(1)).toJavaOptional())
        .contains(new JobSummary(j, TaskTally.EMPTY));
    assertThat(stores.jobs().findById(new SourceId(2), new JobId(1)).isEmpty()).isTrue();
  }

  @Test
  void a_job_is_read_with_the_tally_of_its_tasks() {
    stores.jobs().insert(job(1, 1).build());
    stores.tasks().insertAll(List.of(
        task(1, 1, 1).status(TaskStatus.DONE).build(),
        task(2, 1, 1).status(TaskStatus.DATA_FAILED).build(),
        task(3, 1, 1).build()));

    var summary = stores.jobs().findById(S1, new JobId(1)).get();

    assertThat(summary.tally()).isEqualTo(new TaskTally(3, 1, 1, 1));
    assertThat(summary.status()).isEqualTo(JobStatus.DOING);
  }

  @Test
  void update_replaces_the_stored_job() {
    stores.jobs().insert(job(1, 1).build());

    stores.jobs().update(job(1, 1).build().stop());

    assertThat(stores.jobs().findById(S1, new JobId(1)).get().job().stopped()).isTrue();
  }

  @Test
  void find_by_source_lists_jobs_in_id_order() {
    stores.jobs().insert(job(3, 1).build());
    stores.jobs().insert(job(1, 1).build());
    stores.jobs().insert(job(2, 2).build());

    assertThat(stores.jobs().findBySource(S1)).extracting(j -> j.id().value()).containsExactly(1L, 3L);
  }

  @Test
  void find_matches_a_name_part_ignoring_case_and_database_names_exactly() {
    stores.jobs().insert(job(1, 1).name("Nightly-Sales").build());
    stores.jobs().insert(job(2, 1).name("sales once").db(2, "db2").dstDbName("dst2").build());
    stores.jobs().insert(job(3, 1).name("hr").build());
    stores.jobs().insert(job(4, 2).name("sales").build());

    assertThat(ids(new Query().name("SALES").build())).containsExactly(1L, 2L);
    assertThat(ids(new Query().srcDbName("db2").build())).containsExactly(2L);
    assertThat(ids(new Query().dstDbName("dst").build())).containsExactly(1L, 3L);
  }

  @Test
  void find_selects_jobs_with_a_task_on_a_source_or_destination_table() {
    stores.jobs().insert(job(1, 1).build());
    stores.jobs().insert(job(2, 1).build());
    stores.tasks().insertAll(List.of(
        task(1, 1, 1).table(1, "orders").dst("dst", "orders_v2").build(),
        task(2, 2, 1).table(2, "users").build()));

    assertThat(ids(new Query().srcTableName("orders").build())).containsExactly(1L);
    assertThat(ids(new Query().dstTableName("orders_v2").build())).containsExactly(1L);
    assertThat(ids(new Query().dstTableName("orders").build())).isEmpty();
    assertThat(ids(new Query().srcTableName("users").build())).containsExactly(2L);
  }

  @Test
  void find_filters_by_derived_status_stopped_and_timer() {
    insertJobsInEveryStatus();
    stores.jobs().insert(job(5, 1).stopped(true).timer(7).build());

    assertThat(ids(new Query().status(JobStatus.DONE).build())).containsExactly(1L, 5L);
    assertThat(ids(new Query().status(JobStatus.FAILED).build())).containsExactly(4L);
    assertThat(ids(new Query().stopped(true).build())).containsExactly(5L);
    assertThat(ids(new Query().timer(7).build())).containsExactly(5L);
  }

  @Test
  void find_sorts_by_status_in_enum_order_with_id_breaking_ties() {
    insertJobsInEveryStatus();
    stores.jobs().insert(job(5, 1).build());

    assertThat(ids(new Query().sort(Direction.ASC).build())).containsExactly(2L, 3L, 1L, 5L, 4L);
    assertThat(ids(new Query().sort(Direction.DESC).build())).containsExactly(4L, 1L, 5L, 3L, 2L);
  }

  @Test
  void find_cuts_pages_and_counts_every_match() {
    for (long id = 1; id <= 3; id++) {
      stores.jobs().insert(job(id, 1).build());
    }

    var second = stores.jobs().find(new Query().page(page(2, 2)).build());
    var beyond = stores.jobs().find(new Query().page(page(3, 2)).build());

    assertThat(second.items()).extracting(s -> s.job().id().value()).containsExactly(3L);
    assertThat(second.total()).isEqualTo(3);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(3);
  }

  @Test
  void delete_and_delete_by_source_remove_jobs() {
    stores.jobs().insert(job(1, 1).build());
    stores.jobs().insert(job(2, 1).build());
    stores.jobs().insert(job(3, 2).build());

    stores.jobs().delete(new JobId(1));
    assertThat(stores.jobs().findBySource(S1)).extracting(j -> j.id().value()).containsExactly(2L);

    stores.jobs().deleteBySource(S1);
    assertThat(stores.jobs().findBySource(S1)).isEmpty();
    assertThat(stores.jobs().findBySource(new SourceId(2))).hasSize(1);
  }

  /** Job 1 DONE, 2 INIT, 3 DOING, 4 FAILED. */
  private void insertJobsInEveryStatus() {
    for (long id = 1; id <= 4; id++) {
      stores.jobs().insert(job(id, 1).build());
    }
    stores.tasks().insertAll(List.of(
        task(1, 1, 1).status(TaskStatus.DONE).build(),
        task(2, 2, 1).build(),
        task(3, 3, 1).status(TaskStatus.DATA_DOING).build(),
        task(4, 4, 1).status(TaskStatus.SCHEMA_FAILED).build(),
        task(5, 4, 1).status(TaskStatus.DONE).build()));
  }

  private List<Long> ids(JobQuery query) {
    return stores.jobs().find(query).items().stream().map(s -> s.job().id().value()).toList();
  }

  /** A query of source 1 with no filter, narrowed step by step. */
  private static final class Query {
    private Optional<String> name = Optional.empty();
    private Optional<String> srcDbName = Optional.empty();
    private Optional<String> srcTableName = Optional.empty();
    private Optional<String> dstDbName = Optional.empty();
    private Optional<String> dstTableName = Optional.empty();
    private Optional<JobStatus> status = Optional.empty();
    private Optional<Boolean> stopped = Optional.empty();
    private Optional<TimerId> timerId = Optional.empty();
    private final List<Sort<JobQuery.Field>> sorts = new ArrayList<>();
    private PageRequest page = PageRequest.ALL;

    Query name(String v) {
      name = Optional.of(v);
      return this;
    }

    Query srcDbName(String v) {
      srcDbName = Optional.of(v);
      return this;
    }

    Query srcTableName(String v) {
      srcTableName = Optional.of(v);
      return this;
    }

    Query dstDbName(String v) {
      dstDbName = Optional.of(v);
      return this;
    }

    Query dstTableName(String v) {
      dstTableName = Optional.of(v);
      return this;
    }

    Query status(JobStatus v) {
      status = Optional.of(v);
      return this;
    }

    Query stopped(boolean v) {
      stopped = Optional.of(v);
      return this;
    }

    Query timer(long v) {
      timerId = Optional.of(new TimerId(v));
      return this;
    }

    Query sort(Direction direction) {
      sorts.add(new Sort<>(JobQuery.Field.STATUS, direction));
      return this;
    }

    Query page(PageRequest v) {
      page = v;
      return this;
    }

    JobQuery build() {
      return new JobQuery(S1, name, srcDbName, srcTableName, dstDbName, dstTableName, status,
          stopped, timerId, sorts, page);
    }
  }
}
