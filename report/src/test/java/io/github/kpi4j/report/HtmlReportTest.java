package io.github.kpi4j.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.model.AnnualPlan;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  /** The HTML of one table row, found by its id. */
  private static String row(String html, String id) {
    int start = html.indexOf("<tr id=\"" + id + "\"");
    assertThat(start).as("row %s", id).isNotNegative();
    return html.substring(start, html.indexOf("</tr>", start));
  }

  @Test
  void should_show_a_plan_that_is_only_assessed() {
    // GIVEN only the assessment of MAC 107
    Assessment assessment = Fixtures.bundledAssessment(Locale.ENGLISH);
    // WHEN rendered
    String html = HtmlReport.standard().render(List.of(), List.of(assessment));
    // THEN the plan is there, with a light per KPI
    assertThat(html).contains("大陸委員會, year 107");
    assertThat(html.split("class=\"c-rating\"><span class=\"light", -1))
        .hasSize(assessment.kpis().size() + 1);
  }

  @Test
  void should_show_a_finding_beside_the_kpi_its_pointer_names_and_in_the_list() {
    // GIVEN MOFA 107, whose KPI 1.2 has no target (a validation error at /goals/0/kpis/1/target)
    AnnualPlan mofa = Fixtures.bundledPlans().get(0);
    // WHEN rendered
    String html = HtmlReport.standard().render(List.of(mofa), List.of());
    // THEN the row of KPI 1.2 holds the finding, linked to its entry, which links back
    String row = row(html, "p1-k1-2");
    assertThat(row).contains("findings-here").contains("KPI 1.2 has no target");
    String findingId = row.replaceAll("(?s).*<a href=\"#(p1-f\\d+)\".*", "$1");
    assertThat(html).contains("<li id=\"" + findingId + "\"");
    String entry = html.substring(html.indexOf("<li id=\"" + findingId + "\""));
    assertThat(entry.substring(0, entry.indexOf("</li>"))).contains("href=\"#p1-k1-2\"");
  }

  @Test
  void should_refuse_two_different_plans_of_one_agency_and_year() {
    // GIVEN MAC 106 presented as a second MAC 107: same agency and year, other content
    AnnualPlan mac107 = Fixtures.bundledPlans().get(1);
    AnnualPlan other = Fixtures.mac105();
    AnnualPlan disguised = AnnualPlan.builder().from(other).rocYear(mac107.rocYear()).build();
    // WHEN rendered together  THEN refused, naming the agency and the year
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HtmlReport.standard().render(List.of(mac107, disguised), List.of()))
        .withMessage(
            "two different plans of MAC for the year 107: a report shows one plan per agency and"
                + " year");
  }

  @Test
  void should_accept_a_plan_given_again_with_its_assessment() {
    Assessment assessment = Fixtures.bundledAssessment(Locale.ENGLISH);
    String html = HtmlReport.standard().render(List.of(assessment.plan()), List.of(assessment));
    assertThat(html.split("<section class=\"plan\"", -1)).hasSize(2);
  }

  @Test
  void should_escape_every_text_of_a_plan() {
    // GIVEN a plan whose texts hold markup  WHEN rendered
    String html =
        HtmlReport.builder()
            .validator(HostilePlan.validator())
            .build()
            .render(List.of(HostilePlan.plan()), List.of());
    // THEN the markup is text, and the only style element is the report's own
    assertThat(html)
        .contains("&lt;script&gt;window.kpi4jPwned = 1&lt;/script&gt;部會")
        .doesNotContain("<script", "<img", "<iframe", "<svg onload")
        .contains("lone surrogates \uFFFD and \uFFFD");
    assertThat(html.split("<style>", -1)).hasSize(2);
    assertThat(html.split("</style>", -1)).hasSize(2);
  }

  @Test
  void should_speak_traditional_chinese_for_zh_tw() {
    String html =
        HtmlReport.builder()
            .locale(Locale.forLanguageTag("zh-TW"))
            .build()
            .render(List.of(), List.of(Fixtures.bundledAssessment(Locale.TAIWAN)));
    assertThat(html).contains("<html lang=\"zh-Hant-TW\">").contains("達成（綠燈）").contains("關鍵績效指標");
  }

  @Test
  void should_raise_what_the_writer_throws() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(
            () -> HtmlReport.standard().render(Fixtures.bundledPlans(), List.of(), broken))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }

  @Test
  void should_write_the_same_document_to_a_writer_as_to_a_string() throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.standard().render(Fixtures.bundledPlans(), List.of(), out);
    assertThat(out.toString())
        .isEqualTo(HtmlReport.standard().render(Fixtures.bundledPlans(), List.of()));
  }
}
