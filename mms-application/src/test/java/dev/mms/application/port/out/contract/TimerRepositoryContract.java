package dev.mms.application.port.out.contract;

import static dev.mms.application.port.out.contract.Fixtures.at;
import static dev.mms.application.port.out.contract.Fixtures.timer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.query.PageRequest;
import dev.mms.application.port.query.TimerQuery;
import dev.mms.domain.source.SourceId;
import dev.mms.domain.timer.TimerId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link dev.mms.application.port.out.TimerRepository} does. */
public abstract class TimerRepositoryContract extends PortContract {
  private static final SourceId S1 = new SourceId(1);

  @Test
  void a_timer_is_found_only_under_its_own_source() {
    var t = timer(1, 1).tables("orders").build();
    stores.timers().insert(t);

    assertThat(stores.timers().findById(S1, new TimerId(1)).toJavaOptional()).contains(t);
    assertThat(stores.timers().findById(new SourceId(2), new TimerId(1)).isEmpty()).isTrue();
  }

  @Test
  void update_replaces_the_stored_timer() {
    var t = timer(1, 1).build();
    stores.timers().insert(t);
    var fired = t.fired(at(100));

    stores.timers().update(fired);

    assertThat(stores.timers().findById(S1, new TimerId(1)).get()).isEqualTo(fired);
  }

  @Test
  void find_filters_by_name_part_database_table_and_stopped_in_id_order() {
    stores.timers().insert(timer(3, 1).name("Nightly Orders").tables("orders", "items").build());
    stores.timers().insert(timer(1, 1).name("nightly users").srcDbName("db2").tables("users").build());
    stores.timers().insert(timer(2, 1).name("hourly").stopped(true).build());
    stores.timers().insert(timer(4, 2).name("nightly").build());

    assertThat(ids(query(Optional.of("NIGHTLY"), Optional.empty(), Optional.empty(), Optional.empty(), PageRequest.ALL)))
        .containsExactly(1L, 3L);
    assertThat(ids(query(Optional.empty(), Optional.of("db2"), Optional.empty(), Optional.empty(), PageRequest.ALL)))
        .containsExactly(1L);
    assertThat(ids(query(Optional.empty(), Optional.empty(), Optional.of("items"), Optional.empty(), PageRequest.ALL)))
        .containsExactly(3L);
    assertThat(ids(query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(true), PageRequest.ALL)))
        .containsExactly(2L);
  }

  @Test
  void find_cuts_pages_and_counts_every_match() {
    for (long id = 1; id <= 3; id++) {
      stores.timers().insert(timer(id, 1).build());
    }

    var second = stores.timers().find(query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), page(2, 2)));
    var beyond = stores.timers().find(query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), page(3, 2)));

    assertThat(second.items()).extracting(t -> t.id().value()).containsExactly(3L);
    assertThat(second.total()).isEqualTo(3);
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.total()).isEqualTo(3);
  }

  @Test
  void find_active_lists_running_timers_of_every_source() {
    stores.timers().insert(timer(1, 1).build());
    stores.timers().insert(timer(2, 1).stopped(true).build());
    stores.timers().insert(timer(3, 2).build());

    assertThat(stores.timers().findActive()).extracting(t -> t.id().value()).containsExactlyInAnyOrder(1L, 3L);
  }

  @Test
  void delete_and_delete_by_source_remove_timers() {
    stores.timers().insert(timer(1, 1).build());
    stores.timers().insert(timer(2, 1).build());
    stores.timers().insert(timer(3, 2).build());

    stores.timers().delete(new TimerId(1));
    stores.timers().deleteBySource(new SourceId(2));

    assertThat(stores.timers().findById(S1, new TimerId(1)).isEmpty()).isTrue();
    assertThat(stores.timers().findById(S1, new TimerId(2)).isDefined()).isTrue();
    assertThat(stores.timers().findById(new SourceId(2), new TimerId(3)).isEmpty()).isTrue();
  }

  private List<Long> ids(TimerQuery query) {
    return stores.timers().find(query).items().stream().map(t -> t.id().value()).toList();
  }

  private static TimerQuery query(Optional<String> name, Optional<String> srcDbName,
      Optional<String> srcTableName, Optional<Boolean> stopped, PageRequest page) {
    return new TimerQuery(S1, name, srcDbName, srcTableName, stopped, page);
  }
}
