package dev.mms.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeFamilyTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', value = {
      "BIGINT            | INTEGER",
      "int(11)           | INTEGER",
      "int unsigned      | INTEGER",
      "int(10) unsigned  | INTEGER",
      "tinyint           | INTEGER",
      "int8              | INTEGER",
      "DECIMAL(10,2)     | DECIMAL",
      "numeric           | DECIMAL",
      "double precision  | DECIMAL",
      "float             | DECIMAL",
      "varchar           | TEXT",
      "varchar(255)      | TEXT",
      "STRING            | TEXT",
      "date              | TEXT",
      "timestamp         | TEXT"})
  void the_sql_type_name_decides_the_family(String sqlType, TypeFamily family) {
    assertThat(TypeFamily.of(sqlType)).isEqualTo(family);
  }

  @ParameterizedTest(name = "{0} numeric: {1}")
  @CsvSource({"INTEGER, true", "DECIMAL, true", "TEXT, false"})
  void integers_and_decimals_compare_as_numbers(TypeFamily family, boolean numeric) {
    assertThat(family.numeric()).isEqualTo(numeric);
  }
}
