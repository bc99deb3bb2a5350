package dev.mms.application.port.out.contract;

import static dev.mms.application.port.out.contract.Fixtures.at;
import static dev.mms.application.port.out.contract.Fixtures.timerLog;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.query.PageRequest;
import dev.mms.domain.async.AsyncTaskId;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.timer.TimerId;
import dev.mms.domain.timer.TimerLog;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link dev.mms.application.port.out.TimerLogRepository} does. */
public abstract class TimerLogRepositoryContract extends PortContract {
  private static final TimerId T1 = new TimerId(1);

  @Test
  void find_lists_the_logs_of_a_timer_newest_first() {
    stores.timerLogs().append(timerLog(1, 1, 1, at(10)));
    stores.timerLogs().append(timerLog(2, 1, 1, at(30)));
    stores.timerLogs().append(timerLog(3, 1, 1, at(20)));
    stores.timerLogs().append(timerLog(4, 2, 1, at(40)));

    assertThat(ids(T1, PageRequest.ALL)).containsExactly(2L, 3L, 1L);
  }

  @Test
  void a_log_keeps_the_async_task_of_its_firing_or_none() {
    var refused = timerLog(1, 1, 1, at(1));
    var started = timerLog(2, 1, 1, at(2));
    var created = new TimerLog(started.id(), started.timerId(), started.sourceId(),
        Optional.of(new AsyncTaskId(77)), started.action(), started.msg(), started.createTime());

    stores.timerLogs().append(refused);
    stores.timerLogs().append(created);

    assertThat(stores.timerLogs().find(T1, PageRequest.ALL).items()).containsExactly(created, refused);
  }

  @Test
  void find_cuts_pages_and_counts_every_log_of_the_timer() {
    for (long id = 1; id <= 5; id++) {
      stores.timerLogs().append(timerLog(id, 1, 1, at(id)));
    }

    var second = stores.timerLogs().find(T1, page(2, 2));
    var beyond = stores.timerLogs().find(T1, page(4, 2));

    assertThat(second.items()).extracting(l -> l.id().value()).containsExactly(3L, 2L);
    assertThat(second.total()).isEqualTo(5);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(5);
  }

  @Test
  void delete_by_timer_and_by_source_remove_only_those_logs() {
    stores.timerLogs().append(timerLog(1, 1, 1, at(1)));
    stores.timerLogs().append(timerLog(2, 2, 1, at(2)));
    stores.timerLogs().append(timerLog(3, 3, 2, at(3)));

    stores.timerLogs().deleteByTimer(T1);
    assertThat(ids(T1, PageRequest.ALL)).isEmpty();
    assertThat(ids(new TimerId(2), PageRequest.ALL)).containsExactly(2L);

    stores.timerLogs().deleteBySource(new SourceId(1));
    assertThat(ids(new TimerId(2), PageRequest.ALL)).isEmpty();
    assertThat(ids(new TimerId(3), PageRequest.ALL)).containsExactly(3L);
  }

  private List<Long> ids(TimerId timerId, PageRequest page) {
    return stores.timerLogs().find(timerId, page).items().stream().map(l -> l.id().value()).toList();
  }
}
