package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.EvaluationSystem;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.model.Programme;
import io.github.kpi4j.model.ProgrammeCategory;
import io.github.kpi4j.testing.Plans;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a writer lays out a document: order, codes, arrays, omissions, pretty or compact. */
class WritingTest {
  private static final KpiJson PRETTY = KpiJson.create();
  private static final KpiJson COMPACT = KpiJson.builder().prettyPrint(false).build();

  private static Kpi.Builder kpi() {
    return Kpi.builder()
        .number(1)
        .name("指標")
        .evaluationSystem(EvaluationSystem.TASK_FORCE)
        .evaluationMethod(EvaluationMethod.SURVEY)
        .measurementStandard("標準");
  }

  /** The shared MAC 107 fixture, with the goal and programme whose values the document shows. */
  private static AnnualPlan plan(Kpi kpi) {
    return Plans.plan(107)
        .addGoals(Plans.goal(1, "目標", kpi))
        .addProgrammes(
            Programme.builder()
                .workProgramme("工作")
                .item("項目")
                .category(ProgrammeCategory.SOCIAL_DEVELOPMENT)
                .build())
        .build();
  }

  @Test
  void should_write_properties_in_spec_order_with_codes_every_array_and_no_absent_value() {
    // GIVEN a plan with only the required values and a KPI with a default direction
    AnnualPlan plan = plan(kpi().build());

    // WHEN it is written compactly
    String json = COMPACT.write(plan);

    // THEN that is the whole document
    assertThat(json)
        .isEqualTo(
            "{\"format\":\"kpi-plan/1\",\"agency\":{\"code\":\"MAC\",\"name\":\"大陸委員會\"},"
                + "\"rocYear\":107,\"preamble\":[],\"goals\":[{\"number\":1,\"title\":\"目標\","
                + "\"strategies\":[],\"kpis\":[{\"number\":1,\"name\":\"指標\",\"evaluationSystem\":2,"
                + "\"evaluationMethod\":\"survey\",\"measurementStandard\":\"標準\","
                + "\"midTermProgrammes\":[]}]}],\"programmes\":[{\"workProgramme\":\"工作\","
                + "\"item\":\"項目\",\"category\":\"social-development\",\"content\":[],\"kpis\":[]}]}");
  }

  @Test
  void should_write_optional_kpi_values_in_their_place() {
    // GIVEN a KPI with every optional value
    Kpi full =
        kpi()
            .formula("a÷b×100%")
            .target("86%")
            .direction(Direction.DECREASE)
            .weight(new BigDecimal("2.50"))
            .addMidTermProgrammes("計畫")
            .build();

    // WHEN it is written
    String json = COMPACT.write(plan(full));

    // THEN they follow the spec's table, the weight keeping its scale
    assertThat(json)
        .contains(
            "\"measurementStandard\":\"標準\",\"formula\":\"a÷b×100%\",\"target\":\"86%\","
                + "\"direction\":\"decrease\",\"weight\":2.50,\"midTermProgrammes\":[\"計畫\"]");
  }

  @Test
  void should_write_plain_number_actuals_as_numbers_and_others_as_text() {
    // GIVEN results with actuals of each kind
    PlanResults results =
        PlanResults.builder()
            .agency("MAC")
            .rocYear(107)
            .addResults(KpiResult.builder().kpi("1.1").actual("415").build())
            .addResults(KpiResult.builder().kpi("1.2").actual("0.860").build())
            .addResults(KpiResult.builder().kpi("1.3").actual("2,300人").note("n").build())
            .addResults(
                KpiResult.builder().kpi("5.1").putVariables("a", new BigDecimal("1.50")).build())
            .build();

    // WHEN they are written
    String json = COMPACT.write(results);

    // THEN a number reads back as the same text, so 0.860 stays text; no empty variables
    assertThat(json)
        .isEqualTo(
            "{\"format\":\"kpi-results/1\",\"agency\":\"MAC\",\"rocYear\":107,\"results\":["
                + "{\"kpi\":\"1.1\",\"actual\":415},{\"kpi\":\"1.2\",\"actual\":\"0.860\"},"
                + "{\"kpi\":\"1.3\",\"actual\":\"2,300人\",\"note\":\"n\"},"
                + "{\"kpi\":\"5.1\",\"variables\":{\"a\":1.50}}]}");
    assertThat(COMPACT.readResults(json)).isEqualTo(results);
  }

  @Test
  void should_pretty_print_with_two_spaces_and_a_final_line_break() {
    // WHEN a plan is written pretty
    String json = PRETTY.write(plan(kpi().build()));

    // THEN it is indented, "name": value, [] when empty, and ends a line
    assertThat(json)
        .startsWith("{\n  \"format\": \"kpi-plan/1\",\n  \"agency\": {\n    \"code\": \"MAC\",")
        .contains("\n  \"preamble\": [],\n")
        .endsWith("\n}\n");
    assertThat(COMPACT.write(plan(kpi().build()))).doesNotContain("\n");
  }

  @Test
  void should_write_to_a_stream_without_closing_it_and_to_a_file(@TempDir Path directory)
      throws IOException {
    // GIVEN a plan, a stream that records closing, and a file
    AnnualPlan plan = plan(kpi().build());
    boolean[] closed = {false};
    ByteArrayOutputStream bytes =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    Path file = directory.resolve("plan.json");

    // WHEN it is written to both
    PRETTY.write(plan, bytes);
    PRETTY.write(plan, file);

    // THEN both hold the UTF-8 document, and the stream is left open
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(PRETTY.write(plan));
    assertThat(Files.readString(file)).isEqualTo(PRETTY.write(plan));
    assertThat(closed[0]).isFalse();
    assertThat(PRETTY.readPlan(file)).isEqualTo(plan);
  }

  @Test
  void should_raise_unchecked_io_exception_when_the_output_fails() {
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(() -> PRETTY.write(plan(kpi().build()), failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("disk full");
  }

  @Test
  void should_never_be_given_text_that_is_not_unicode_to_garble() {
    // GIVEN a name with an unpaired surrogate, which UTF-8 cannot hold
    // WHEN it is built into a model THEN the model refuses it, so no writer ever meets it (and the
    // reader refuses it too: bad/71-lone-surrogate.json)
    assertThatThrownBy(() -> kpi().name("指標\uD800").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lone surrogate");
  }

  @Test
  void should_write_numbers_in_plain_form_that_read_back() {
    // GIVEN a weight and a variable whose shortest form has an exponent
    AnnualPlan plan = plan(kpi().weight(new BigDecimal("1E-100")).build());
    // WHEN the plan is written THEN the weight is plain, and reads back equal
    String json = PRETTY.write(plan);
    assertThat(json).contains("\"weight\": 0.0000").doesNotContain("E-");
    assertThat(PRETTY.readPlan(json)).isEqualTo(plan);
    AnnualPlan hundred = plan(kpi().weight(new BigDecimal("1E+2")).build());
    assertThat(PRETTY.write(hundred)).contains("\"weight\": 100").doesNotContain("E+");
  }
}
