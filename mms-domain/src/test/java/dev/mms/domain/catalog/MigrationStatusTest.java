package dev.mms.domain.catalog;

import static dev.mms.domain.catalog.MigrationStatus.DOING;
import static dev.mms.domain.catalog.MigrationStatus.DONE;
import static dev.mms.domain.catalog.MigrationStatus.FAILED;
import static dev.mms.domain.catalog.MigrationStatus.INIT;
import static dev.mms.domain.catalog.MigrationStatus.PART_DONE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MigrationStatusTest {

  /** product.md §5, read rule by rule; a PART_DONE table counts as some done for its database. */
  private static MigrationStatus reference(List<MigrationStatus> children) {
    if (children.contains(DOING)) {
      return DOING;
    }
    if (children.contains(FAILED)) {
      return FAILED;
    }
    if (!children.isEmpty() && children.stream().allMatch(c -> c == DONE)) {
      return DONE;
    }
    if (children.contains(DONE) || children.contains(PART_DONE)) {
      return PART_DONE;
    }
    return INIT;
  }

  @Property(tries = 500)
  void roll_up_agrees_with_the_reference(@ForAll @Size(max = 8) List<MigrationStatus> children) {
    var parent = MigrationStatus.rollUp(children);

    assertThat(parent).isEqualTo(reference(children));
  }

  @Property(tries = 200)
  void counts_are_the_frequencies_of_each_status(@ForAll @Size(max = 8) List<MigrationStatus> children) {
    var counts = StatusCounts.of(children);

    assertThat(counts.total()).isEqualTo(children.size());
    assertThat(counts.init()).isEqualTo(Collections.frequency(children, INIT));
    assertThat(counts.doing()).isEqualTo(Collections.frequency(children, DOING));
    assertThat(counts.done()).isEqualTo(Collections.frequency(children, DONE));
    assertThat(counts.failed()).isEqualTo(Collections.frequency(children, FAILED));
    assertThat(counts.partDone()).isEqualTo(Collections.frequency(children, PART_DONE));
  }

  @Test
  void any_doing_child_makes_the_parent_doing() {
    assertThat(MigrationStatus.rollUp(List.of(FAILED, DONE, DOING))).isEqualTo(DOING);
  }

  @Test
  void a_failed_child_without_doing_ones_makes_the_parent_failed() {
    assertThat(MigrationStatus.rollUp(List.of(DONE, FAILED, INIT))).isEqualTo(FAILED);
  }

  @Test
  void all_done_children_make_the_parent_done() {
    assertThat(MigrationStatus.rollUp(List.of(DONE, DONE))).isEqualTo(DONE);
  }

  @Test
  void some_done_children_make_the_parent_part_done() {
    assertThat(MigrationStatus.rollUp(List.of(DONE, INIT))).isEqualTo(PART_DONE);
  }

  @Test
  void a_part_done_table_makes_its_database_part_done() {
    assertThat(MigrationStatus.rollUp(List.of(INIT, PART_DONE))).isEqualTo(PART_DONE);
  }

  @Test
  void untouched_children_leave_the_parent_init() {
    assertThat(MigrationStatus.rollUp(List.of(INIT, INIT))).isEqualTo(INIT);
  }

  @Test
  void a_parent_without_children_is_init() {
    assertThat(MigrationStatus.rollUp(List.of())).isEqualTo(INIT);
  }
}
