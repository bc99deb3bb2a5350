package dev.mms.adapter.jdbc.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class StoreArgumentsTest {
  private final Jdbi jdbi = Jdbi.create("jdbc:h2:mem:store_arguments_" + System.nanoTime()
      + ";DB_CLOSE_DELAY=-1").registerArgument(new StoreArguments());

  @Test
  void values_and_nulls_of_every_type_the_store_binds_come_back_as_bound() {
    jdbi.useHandle(h -> h.execute("CREATE TABLE sample (id BIGINT, n BIGINT, i INT, b BOOLEAN,"
        + " s VARCHAR(8), c CLOB)"));
    var insert = "INSERT INTO sample (id, n, i, b, s, c) VALUES (:id, :n, :i, :b, :s, :c)";

    jdbi.useHandle(h -> {
      h.createUpdate(insert).bind("id", 1L).bind("n", Long.valueOf(-5)).bind("i", 7)
          .bind("b", true).bind("s", "x").bind("c", "text").execute();
      h.createUpdate(insert).bind("id", 2L).bind("n", (Long) null).bind("i", (Integer) null)
          .bind("b", (Boolean) null).bind("s", (String) null).bind("c", (String) null).execute();
    });

    List<List<Object>> rows = jdbi.withHandle(h -> h.createQuery(
            "SELECT n, i, b, s, CAST(c AS VARCHAR(8)) FROM sample ORDER BY id")
        .map((rs, ctx) -> Arrays.asList(rs.getObject(1), rs.getObject(2), rs.getObject(3),
            rs.getObject(4), rs.getObject(5)))
        .list());
    assertThat(rows).containsExactly(
        Arrays.asList(-5L, 7, true, "x", "text"),
        Arrays.asList(null, null, null, null, null));
  }
}
