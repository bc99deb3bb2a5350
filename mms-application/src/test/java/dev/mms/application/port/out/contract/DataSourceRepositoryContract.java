package dev.mms.application.port.out.contract;

import static dev.mms.application.port.out.contract.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mms.application.port.query.DataSourceQuery;
import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.PageRequest;
import dev.mms.domain.name.SourceName;
import dev.mms.domain.source.DataSource;
import dev.mms.domain.source.DataSourceType;
import dev.mms.domain.source.SourceId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link dev.mms.application.port.out.DataSourceRepository} does. */
public abstract class DataSourceRepositoryContract extends PortContract {

  @Test
  void an_inserted_source_is_found_by_id_as_it_was() {
    var stored = source(1).region("cn-hangzhou").build();

    stores.dataSources().insert(stored);

    assertThat(stores.dataSources().findById(new SourceId(1)).toJavaOptional()).contains(stored);
    assertThat(stores.dataSources().findById(new SourceId(2)).isEmpty()).isTrue();
  }

  @Test
  void inserting_an_existing_id_again_is_refused() {
    stores.dataSources().insert(source(1).build());

    assertThatThrownBy(() -> stores.dataSources().insert(source(1).name("other").build()))
        .isInstanceOf(RuntimeException.class);
  }

  @Test
  void update_replaces_the_stored_source() {
    stores.dataSources().insert(source(1).build());
    var renamed = source(1).build().rename(new SourceName("renamed"));

    stores.dataSources().update(renamed);

    assertThat(stores.dataSources().findById(new SourceId(1)).get()).isEqualTo(renamed);
  }

  @Test
  void update_of_an_absent_source_stores_nothing() {
    stores.dataSources().update(source(1).build());

    assertThat(stores.dataSources().findById(new SourceId(1)).isEmpty()).isTrue();
  }

  @Test
  void delete_removes_only_that_source() {
    stores.dataSources().insert(source(1).build());
    stores.dataSources().insert(source(2).build());

    stores.dataSources().delete(new SourceId(1));

    assertThat(stores.dataSources().findById(new SourceId(1)).isEmpty()).isTrue();
    assertThat(stores.dataSources().findById(new SourceId(2)).isDefined()).isTrue();
  }

  @Test
  void find_matches_a_name_part_ignoring_case_in_id_order() {
    stores.dataSources().insert(source(3).name("Hive-Prod").build());
    stores.dataSources().insert(source(1).name("my hive").build());
    stores.dataSources().insert(source(2).name("bigquery").build());

    var page = stores.dataSources().find(query(Optional.of("HIVE"), Optional.empty(), Optional.empty(), PageRequest.ALL));

    assertThat(ids(page)).containsExactly(1L, 3L);
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void find_filters_by_exact_type_and_region() {
    stores.dataSources().insert(source(1).type(DataSourceType.HIVE).region("cn-hangzhou").build());
    stores.dataSources().insert(source(2).type(DataSourceType.HIVE).region("cn-beijing").build());
    stores.dataSources().insert(source(3).type(DataSourceType.MOCK).region("cn-hangzhou").build());
    stores.dataSources().insert(source(4).type(DataSourceType.HIVE).build());

    var hive = stores.dataSources().find(query(Optional.empty(), Optional.of(DataSourceType.HIVE), Optional.empty(), PageRequest.ALL));
    var hangzhou = stores.dataSources().find(query(Optional.empty(), Optional.empty(), Optional.of("cn-hangzhou"), PageRequest.ALL));
    var both = stores.dataSources().find(query(Optional.empty(), Optional.of(DataSourceType.HIVE), Optional.of("cn-hangzhou"), PageRequest.ALL));

    assertThat(ids(hive)).containsExactly(1L, 2L, 4L);
    assertThat(ids(hangzhou)).containsExactly(1L, 3L);
    assertThat(ids(both)).containsExactly(1L);
  }

  @Test
  void find_cuts_pages_and_counts_every_match() {
    for (long id = 1; id <= 5; id++) {
      stores.dataSources().insert(source(id).build());
    }

    var second = stores.dataSources().find(query(Optional.empty(), Optional.empty(), Optional.empty(), page(2, 2)));
    var last = stores.dataSources().find(query(Optional.empty(), Optional.empty(), Optional.empty(), page(3, 2)));
    var beyond = stores.dataSources().find(query(Optional.empty(), Optional.empty(), Optional.empty(), page(4, 2)));

    assertThat(ids(second)).containsExactly(3L, 4L);
    assertThat(ids(last)).containsExactly(5L);
    assertThat(beyond.items()).isEmpty();
    assertThat(List.of(second.total(), last.total(), beyond.total())).containsOnly(5L);
  }

  private static DataSourceQuery query(
      Optional<String> name, Optional<DataSourceType> type, Optional<String> region, PageRequest page) {
    return new DataSourceQuery(name, type, region, page);
  }

  private static List<Long> ids(Page<DataSource> page) {
    return page.items().stream().map(s -> s.id().value()).toList();
  }
}
