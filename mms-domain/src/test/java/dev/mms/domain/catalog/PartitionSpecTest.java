package dev.mms.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartitionSpecTest {

  @Test
  void a_lone_surrogate_beside_a_percent_sign_survives_the_round_trip() {
    var spec = PartitionSpec.of("ds", "%\uD800x");

    var parsed = PartitionSpec.parse(spec.render());

    assertThat(parsed.get()).isEqualTo(spec);
  }
}
