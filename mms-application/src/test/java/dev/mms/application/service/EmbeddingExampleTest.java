package dev.mms.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.memory.InMemoryStore;
import dev.mms.application.mock.MockCatalogReader;
import dev.mms.application.mock.MockMigrationEngine;
import dev.mms.application.port.in.datasource.CreateDataSourceUseCase.CreateDataSourceCommand;
import dev.mms.application.port.in.job.CreateJobUseCase.CreateJobCommand;
import dev.mms.application.port.in.job.GetJobUseCase.GetJobQuery;
import dev.mms.application.port.in.job.JobConfigInput;
import dev.mms.application.port.in.metadata.CreateScanUseCase.CreateScanCommand;
import dev.mms.application.port.in.metadata.GetAsyncTaskUseCase.GetAsyncTaskQuery;
import dev.mms.domain.async.AsyncTask;
import dev.mms.domain.job.JobStatus;
import dev.mms.domain.source.ConfigValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's "embed the library" example, kept compiling and true by running it. */
class EmbeddingExampleTest {

  @Test
  void an_embedded_control_plane_migrates_a_mock_database_to_the_end() throws Exception {
    // --- README example: begin
    var store = new InMemoryStore();
    try (var mms = MigrationControlPlane.builder(store.stores())
        .catalogReader(new MockCatalogReader())
        .engine(new MockMigrationEngine())
        .build()) {
      mms.start();

      long source = mms.dataSources().createDataSource(new CreateDataSourceCommand(
          "demo", "MOCK", Map.of("mock.databases", ConfigValue.text("1"),
              "mock.tables", ConfigValue.text("3"), "mock.partitions", ConfigValue.text("48")),
          Optional.empty(), Optional.empty())).get().value();

      var scan = mms.metadata().createScan(
          new CreateScanCommand(source, Optional.empty(), List.of())).get();
      awaitDone(() -> mms.metadata().getAsyncTask(new GetAsyncTaskQuery(source, scan.value())).get());

      var filters = Map.of("mock_table_1", "ds = '2024-01-02' and hr >= 12");
      var config = new JobConfigInput(List.of(), List.of(), List.of(), List.of(), filters,
          Map.of("mock_table_1", "events"), Map.of(), Optional.empty(), Optional.of(true),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
      var creation = mms.jobs().createJob(new CreateJobCommand(source, "first_job", "mock_db_1",
          Optional.empty(), Optional.of("dst_db"), Optional.empty(), Optional.empty(), config)).get();
      long jobId = awaitDone(() -> mms.metadata()
          .getAsyncTask(new GetAsyncTaskQuery(source, creation.value())).get()).objectId().getAsLong();

      var job = awaitJob(() -> mms.jobs().getJob(new GetJobQuery(source, jobId)).get().status());
      // --- README example: end
      assertThat(job).isEqualTo(JobStatus.DONE);
      assertThat(mms.jobs().getJob(new GetJobQuery(source, jobId)).get().tally().done())
          .isPositive();
    }
  }

  private static AsyncTask awaitDone(java.util.function.Supplier<AsyncTask> poll) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    var task = poll.get();
    while (task.running() && System.nanoTime() < deadline) {
      Thread.sleep(20);
      task = poll.get();
    }
    assertThat(task.errorMsg()).isEmpty();
    return task;
  }

  private static JobStatus awaitJob(java.util.function.Supplier<JobStatus> poll) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    var status = poll.get();
    while (status != JobStatus.DONE && status != JobStatus.FAILED && System.nanoTime() < deadline) {
      Thread.sleep(50);
      status = poll.get();
    }
    return status;
  }
}
