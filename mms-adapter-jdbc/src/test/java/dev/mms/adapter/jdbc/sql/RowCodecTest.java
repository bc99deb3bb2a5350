package dev.mms.adapter.jdbc.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RowCodecTest {
  private static final String COLUMNS = "id, size_bytes, name, deleted, rank_no";
  private static final RowCodec<Sample> CODEC = RowCodec.of(Sample.class, COLUMNS,
      in -> new Sample(in.nextLong(), in.nextLongOrNull(), in.nextString(), in.nextBoolean(),
          in.nextInt()),
      (r, out) -> out.add(r.id()).add(r.sizeBytes()).add(r.name()).add(r.deleted()).add(r.rankNo()));

  private final Jdbi jdbi = Jdbi.create("jdbc:h2:mem:row_codec_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");

  record Sample(long id, Long sizeBytes, String name, boolean deleted, int rankNo) {}

  @BeforeEach
  void create_table() {
    jdbi.useHandle(h -> h.execute("CREATE TABLE sample (id BIGINT PRIMARY KEY, size_bytes BIGINT,"
        + " name VARCHAR(16), deleted BOOLEAN NOT NULL, rank_no INT NOT NULL)"));
  }

  @Test
  void a_row_reads_back_as_it_was_bound_nulls_included() {
    var full = new Sample(1, 5_000_000_000L, "a", true, 3);
    var sparse = new Sample(2, null, null, false, 0);

    jdbi.useHandle(h -> {
      CODEC.bind(h.createUpdate(Sql.insert("sample", COLUMNS)), full).execute();
      CODEC.bind(h.createUpdate(Sql.insert("sample", COLUMNS)), sparse).execute();
    });

    List<Sample> read = jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
        + " FROM sample ORDER BY id").map(CODEC).list());
    assertThat(read).containsExactly(full, sparse);
  }

  @Test
  void columns_must_name_the_components_in_their_order() {
    assertThatThrownBy(() -> RowCodec.readOnly(Sample.class, "id, name, size_bytes, deleted, rank_no",
        in -> new Sample(in.nextLong(), in.nextLongOrNull(), in.nextString(), in.nextBoolean(),
            in.nextInt())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sizeBytes, name");
  }

  @Test
  void a_reader_that_leaves_a_column_out_fails() {
    var skipping = RowCodec.readOnly(Sample.class, COLUMNS,
        in -> new Sample(in.nextLong(), in.nextLongOrNull(), in.nextString(), in.nextBoolean(), 0));
    jdbi.useHandle(h -> CODEC.bind(h.createUpdate(Sql.insert("sample", COLUMNS)),
        new Sample(1, 2L, "a", false, 0)).execute());

    assertThatThrownBy(() -> jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM sample")
        .map(skipping).list()))
        .hasMessageContaining("Sample read 4 of its 5 columns");
  }

  @Test
  void a_writer_that_leaves_a_column_out_fails() {
    var skipping = RowCodec.writeOnly(Sample.class, COLUMNS,
        (r, out) -> out.add(r.id()).add(r.sizeBytes()).add(r.name()).add(r.deleted()));

    assertThatThrownBy(() -> jdbi.useHandle(h -> skipping.bind(
        h.createUpdate(Sql.insert("sample", COLUMNS)), new Sample(1, 2L, "a", false, 0))))
        .hasMessageContaining("Sample bound 4 of its 5 columns");
  }
}
