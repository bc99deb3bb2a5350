package dev.mms.domain.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.error.MissingValue;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void a_name_keeps_its_text_as_given() {
    var name = TableName.of("Orders 2025.v2");

    assertThat(name.get().value()).isEqualTo("Orders 2025.v2");
  }

  @Test
  void a_missing_name_is_a_missing_value_naming_the_field() {
    assertThat(TableName.of(null).getError()).isEqualTo(new MissingValue("tableName"));
    assertThat(DatabaseName.of("").getError()).isEqualTo(new MissingValue("dbName"));
  }

  @Test
  void a_blank_name_is_invalid() {
    assertThat(JobName.of("   ").getError()).isEqualTo(new InvalidValue("name", "must not be blank"));
  }

  @Test
  void a_name_may_have_the_maximum_length() {
    assertThat(ColumnName.of("c".repeat(NameRules.MAX_LENGTH)).isValid()).isTrue();
  }

  @Test
  void a_longer_name_is_invalid() {
    var result = ColumnName.of("c".repeat(NameRules.MAX_LENGTH + 1));

    assertThat(result.getError())
        .isEqualTo(new InvalidValue("columnName", "must be at most 256 characters"));
  }

  @Test
  void control_characters_are_refused() {
    var result = SourceName.of("pg\nprod");

    assertThat(result.getError())
        .isEqualTo(new InvalidValue("name", "must not contain control characters"));
  }

  @Test
  void the_caller_chooses_the_field_named_in_the_error() {
    assertThat(TableName.of("tableMapping.orders", "").getError())
        .isEqualTo(new MissingValue("tableMapping.orders"));
  }

  @Test
  void unicode_names_are_allowed() {
    assertThat(TimerName.of("每日同步").isValid()).isTrue();
  }

  @Test
  void the_constructor_refuses_what_the_factory_refuses() {
    assertThatThrownBy(() -> new TableName(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void names_sort_by_their_text() {
    assertThat(new TableName("a")).isLessThan(new TableName("b"));
  }
}
