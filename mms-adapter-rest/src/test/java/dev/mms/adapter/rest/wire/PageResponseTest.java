package dev.mms.adapter.rest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.application.port.query.Page;
import dev.mms.application.port.query.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageResponseTest {

  @Test
  void a_page_echoes_the_page_asked_for() {
    var page = new Page<>(List.of("a", "b"), 12, new PageRequest(2, 2));

    var response = PageResponse.of(page, String::toUpperCase);

    assertThat(response).isEqualTo(new PageResponse<>(List.of("A", "B"), 12, 2, 2));
  }

  @Test
  void every_row_reads_as_page_one_holding_them_all() {
    var page = new Page<>(List.of("a", "b", "c"), 3, PageRequest.ALL);

    var response = PageResponse.of(page, s -> s);

    assertThat(response).isEqualTo(new PageResponse<>(List.of("a", "b", "c"), 3, 1, 3));
  }
}
