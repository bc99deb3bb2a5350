package dev.mms.domain.async;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.error.IllegalTransition;
import dev.mms.domain.source.SourceId;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AsyncTaskTest {

  private static final Instant T0 = Instant.parse("2025-02-04T08:00:00Z");

  private static AsyncTask started() {
    return AsyncTask.started(new AsyncTaskId(1), new SourceId(2), AsyncTaskType.TASK_CREATE, T0);
  }

  @Test
  void a_started_task_is_doing_at_zero_progress() {
    var task = started();

    assertThat(task.status()).isEqualTo(AsyncTaskStatus.DOING);
    assertThat(task.progress()).isZero();
    assertThat(task.startTime()).contains(T0);
    assertThat(task.heartbeatAt()).isEqualTo(T0);
  }

  @Test
  void a_heartbeat_is_recorded_only_while_the_task_runs() {
    var beating = started().progressed(3000).get().beat(T0.plusSeconds(10)).get();
    var done = beating.succeeded(OptionalLong.empty(), "ok", T0.plusSeconds(12)).get();

    assertThat(beating.heartbeatAt()).isEqualTo(T0.plusSeconds(10));
    assertThat(beating.progress()).isEqualTo(3000);
    assertThat(done.heartbeatAt()).isEqualTo(T0.plusSeconds(12));
    assertThat(done.beat(T0.plusSeconds(20)).getLeft())
        .isEqualTo(new IllegalTransition("AsyncTask", "DONE", "heartbeat"));
  }

  @Test
  void progress_never_goes_back() {
    var task = started().progressed(4000).get();

    var after = task.progressed(1000).get();

    assertThat(after.progress()).isEqualTo(4000);
  }

  @Test
  void progress_stays_below_complete_until_the_task_succeeds() {
    var task = started().progressed(AsyncTask.COMPLETE).get();

    assertThat(task.progress()).isEqualTo(AsyncTask.COMPLETE - 1);
  }

  @Test
  void success_completes_the_task_with_what_it_produced() {
    var done = started().succeeded(OptionalLong.of(42), "job 42", T0.plusSeconds(3)).get();

    assertThat(done.status()).isEqualTo(AsyncTaskStatus.DONE);
    assertThat(done.progress()).isEqualTo(AsyncTask.COMPLETE);
    assertThat(done.objectId()).hasValue(42);
    assertThat(done.result()).contains("job 42");
    assertThat(done.endTime()).contains(T0.plusSeconds(3));
  }

  @Test
  void failure_keeps_the_progress_and_records_the_error() {
    var failed = started().progressed(2500).get().failed("timeout", T0.plusSeconds(9)).get();

    assertThat(failed.status()).isEqualTo(AsyncTaskStatus.FAILED);
    assertThat(failed.progress()).isEqualTo(2500);
    assertThat(failed.errorMsg()).contains("timeout");
  }

  @Test
  void a_finished_task_ends_only_once() {
    var done = started().succeeded(OptionalLong.empty(), "ok", T0).get();

    assertThat(done.failed("late", T0).getLeft())
        .isEqualTo(new IllegalTransition("AsyncTask", "DONE", "FAILED"));
    assertThat(done.progressed(10).isLeft()).isTrue();
  }

  @Test
  void scans_report_their_status_with_the_scan_prefix() {
    assertThat(AsyncTaskStatus.DOING.scanStatus()).isEqualTo("SCAN_DOING");
  }
}
