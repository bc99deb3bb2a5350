package dev.mms.adapter.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mms.domain.error.Conflict;
import dev.mms.domain.error.DomainError;
import dev.mms.domain.error.ErrorCategory;
import dev.mms.domain.error.IllegalTransition;
import dev.mms.domain.error.InvalidPartitionFilter;
import dev.mms.domain.error.InvalidValue;
import dev.mms.domain.error.MissingValue;
import dev.mms.domain.error.NotFound;
import dev.mms.domain.error.ValidationFailed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

  @Test
  void every_domain_error_type_is_known_to_the_mapping() {
    assertThat(DomainError.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(
            InvalidValue.class,
            MissingValue.class,
            NotFound.class,
            IllegalTransition.class,
            Conflict.class,
            InvalidPartitionFilter.class,
            ValidationFailed.class);
  }

  @Test
  void every_error_category_is_known_to_the_mapping() {
    assertThat(ErrorCategory.values())
        .containsExactly(ErrorCategory.VALIDATION, ErrorCategory.NOT_FOUND, ErrorCategory.CONFLICT);
  }

  @Test
  void validation_errors_are_400_with_their_code_and_message() {
    var problem = ErrorMapper.toProblem(new InvalidValue("pageSize", "must be at most 1000"));

    assertThat(problem)
        .isEqualTo(Problem.of(400, "InvalidParameter", "pageSize: must be at most 1000"));
  }

  @Test
  void not_found_errors_are_404_with_the_entity_in_the_code() {
    var problem = ErrorMapper.toProblem(NotFound.of("Job", 88));

    assertThat(problem).isEqualTo(Problem.of(404, "EntityNotExist.Job", "Job 88 does not exist"));
  }

  @Test
  void conflict_errors_are_409() {
    var problem = ErrorMapper.toProblem(new IllegalTransition("Task", "DONE", "retry"));

    assertThat(problem)
        .isEqualTo(
            Problem.of(409, "IllegalStateTransition", "Task in state DONE does not accept retry"));
  }

  @Test
  void a_partition_filter_error_carries_its_position_and_table_as_details() {
    var problem =
        ErrorMapper.toProblem(
            new InvalidPartitionFilter(
                "t1", "p1 >= '2022' and p2 in (1,", 1, 35, "expected a literal"));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.code()).isEqualTo("InvalidPartitionFilter");
    assertThat(problem.details()).isEqualTo(Map.of("line", 1, "column", 35, "table", "t1"));
  }

  @Test
  void a_partition_filter_error_before_its_table_is_known_has_no_table_detail() {
    var problem =
        ErrorMapper.toProblem(new InvalidPartitionFilter("", "p1 >", 1, 5, "expected a literal"));

    assertThat(problem.details()).isEqualTo(Map.of("line", 1, "column", 5));
  }

  @Test
  void several_validation_problems_are_listed_in_the_details() {
    var problem =
        ErrorMapper.toProblem(
            new ValidationFailed(
                List.of(
                    new MissingValue("name"),
                    new InvalidPartitionFilter("t2", "x", 1, 2, "unknown column x"))));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.code()).isEqualTo("InvalidParameter");
    assertThat(problem.details())
        .isEqualTo(
            Map.of(
                "problems",
                List.of(
                    Map.of("code", "MissingParameter", "message", "name is required"),
                    Map.of(
                        "code",
                        "InvalidPartitionFilter",
                        "message",
                        "partition filter of table t2 at line 1, column 2: unknown column x",
                        "line",
                        1,
                        "column",
                        2,
                        "table",
                        "t2"))));
  }

  @Test
  void several_not_found_problems_keep_their_category() {
    var problem =
        ErrorMapper.toProblem(
            new ValidationFailed(List.of(NotFound.of("Table", "a"), NotFound.of("Table", "b"))));

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.code()).isEqualTo("EntityNotExist.Table");
  }

  @Test
  void the_error_body_has_the_request_id_and_omits_empty_details() {
    var body =
        Problem.of(409, "Conflict", "duplicate").body("B42CA730-0000-0000-0000-000000000000");

    assertThat(body)
        .isEqualTo(
            new ErrorBody("B42CA730-0000-0000-0000-000000000000", "Conflict", "duplicate", null));
  }
}
