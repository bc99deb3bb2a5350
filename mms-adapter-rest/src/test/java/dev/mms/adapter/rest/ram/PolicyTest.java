package dev.mms.adapter.rest.ram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyTest {
  private static final String SOURCE_12 = "acs:odps:cn-hangzhou:1234:mmsdatasource/12";
  private static final String SOURCE_13 = "acs:odps:cn-hangzhou:1234:mmsdatasource/13";

  @Test
  void an_allow_statement_allows_its_actions_on_its_resources() {
    var policy =
        Policy.parse(
            """
{"Version":"1","Statement":[{"Effect":"Allow","Action":["odps:List*"],"Resource":["acs:odps:*:*:mmsdatasource/12"]}]}""");

    assertThat(policy.decide("odps:ListMmsJobs", SOURCE_12)).isEqualTo(Decision.ALLOWED);
    assertThat(policy.decide("odps:GetMmsJob", SOURCE_12)).isEqualTo(Decision.NOT_ALLOWED);
    assertThat(policy.decide("odps:ListMmsJobs", SOURCE_13)).isEqualTo(Decision.NOT_ALLOWED);
  }

  @Test
  void action_and_resource_may_be_single_strings() {
    var policy =
        Policy.parse(
            """
{"Version":"1","Statement":[{"Effect":"Allow","Action":"odps:GetMmsJob","Resource":"*"}]}""");

    assertThat(policy.decide("odps:GetMmsJob", SOURCE_12)).isEqualTo(Decision.ALLOWED);
    assertThat(policy.decide("odps:GetMmsJob", "*")).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void an_explicit_deny_beats_any_allow() {
    var policy =
        Policy.parse(
            """
{"Version":"1","Statement":[
  {"Effect":"Allow","Action":"odps:*","Resource":"*"},
  {"Effect":"Deny","Action":"odps:Delete*","Resource":"acs:odps:*:*:mmsdatasource/12"}]}""");

    assertThat(policy.decide("odps:DeleteMmsJob", SOURCE_12)).isEqualTo(Decision.EXPLICITLY_DENIED);
    assertThat(policy.decide("odps:DeleteMmsJob", SOURCE_13)).isEqualTo(Decision.ALLOWED);
    assertThat(policy.decide("odps:StopMmsJob", SOURCE_12)).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void nothing_is_allowed_by_an_empty_policy() {
    var policy = Policy.parse("{\"Version\":\"1\",\"Statement\":[]}");

    assertThat(policy.decide("odps:ListMmsDataSources", "*")).isEqualTo(Decision.NOT_ALLOWED);
  }

  @Test
  void action_names_match_in_any_case_and_resources_exactly() {
    var policy =
        Policy.parse(
            """
{"Version":"1","Statement":[{"Effect":"Allow","Action":"ODPS:listmms*","Resource":"acs:odps:*:*:MmsDataSource/12"}]}""");

    assertThat(policy.decide("odps:ListMmsJobs", "acs:odps:cn-hangzhou:1:MmsDataSource/12"))
        .isEqualTo(Decision.ALLOWED);
    assertThat(policy.decide("odps:ListMmsJobs", SOURCE_12)).isEqualTo(Decision.NOT_ALLOWED);
  }

  @ParameterizedTest
  @CsvSource({
    "odps:*, odps:ListMmsJobs, true",
    "odps:*MmsJob, odps:StopMmsJob, true",
    "odps:*MmsJob, odps:ListMmsJobs, false",
    "odps:Get?msJob, odps:GetMmsJob, true",
    "odps:Get?msJob, odps:GetMmmsJob, false",
    "*, anything, true",
    "a*b*c, aXXbYYc, true",
    "a*b*c, aXXbYY, false",
    "a**c, ac, true",
    "odps:GetMmsJob, odps:GetMmsJobs, false",
    "odps:ListMmsJobs, odps:ListMms, false"
  })
  void wildcards_match_as_ram_does(String pattern, String action, boolean matches) {
    assertThat(new Glob(pattern, true).matches(action)).isEqualTo(matches);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "not json | not JSON",
        "[] | JSON object",
        "{\"Statement\":[]} | Version",
        "{\"Version\":\"2\",\"Statement\":[]} | Version",
        "{\"Version\":\"1\"} | Statement must be a list",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}"
            + " | Effect",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Resource\":\"*\"}]} | Action",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[],\"Resource\":\"*\"}]}"
            + " | Action must not be empty",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[1],\"Resource\":\"*\"}]}"
            + " | strings only",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"NotResource\":\"*\"}]}"
            + " | NotResource",
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{}}]}"
            + " | Condition"
      })
  void an_invalid_document_is_refused_saying_why(String document, String why) {
    assertThatThrownBy(() -> Policy.parse(document))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid policy document")
        .hasMessageContaining(why);
  }
}
