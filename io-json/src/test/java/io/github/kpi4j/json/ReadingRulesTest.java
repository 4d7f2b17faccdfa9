package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.EvaluationSystem;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.model.ProgrammeCategory;
import io.github.kpi4j.quantity.QuantityText;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a reader accepts, and what it makes of it. */
class ReadingRulesTest {
  private static final KpiJson JSON = KpiJson.create();

  private static String plan(String kpiProperties, String programmeCategory) {
    return "{\"format\": \"kpi-plan/1\", \"agency\": {\"code\": \"MAC\", \"name\": \"大陸委員會\"},"
        + " \"rocYear\": 107, \"goals\": [{\"number\": 1, \"title\": \"目標\", \"kpis\": [{\"number\": 1,"
        + " \"name\": \"指標\", \"evaluationSystem\": 2, \"evaluationMethod\": \"survey\","
        + " \"measurementStandard\": \"標準\""
        + kpiProperties
        + "}]}], \"programmes\": [{\"workProgramme\": \"工作\", \"item\": \"項目\", \"category\": \""
        + programmeCategory
        + "\"}]}";
  }

  private static Kpi kpi(String kpiProperties) {
    return JSON.readPlan(plan(kpiProperties, "other")).goals().get(0).kpis().get(0);
  }

  @ParameterizedTest
  @CsvSource({
    "statistical-data, STATISTICAL_DATA",
    "統計數據, STATISTICAL_DATA",
    "survey, SURVEY",
    "問卷調查, SURVEY",
    "milestones, MILESTONES",
    "完成工作項目, MILESTONES",
    "other, OTHER",
    "其他, OTHER",
    "其它, OTHER"
  })
  void should_read_an_evaluation_method_by_code_or_label(String written, EvaluationMethod method) {
    String json = plan("", "other").replace("\"survey\"", "\"" + written + "\"");
    assertThat(JSON.readPlan(json).goals().get(0).kpis().get(0).evaluationMethod())
        .isEqualTo(method);
  }

  @ParameterizedTest
  @CsvSource({
    "public-construction, PUBLIC_CONSTRUCTION",
    "公共建設, PUBLIC_CONSTRUCTION",
    "science-technology, SCIENCE_TECHNOLOGY",
    "科技發展, SCIENCE_TECHNOLOGY",
    "social-development, SOCIAL_DEVELOPMENT",
    "社會發展, SOCIAL_DEVELOPMENT",
    "other, OTHER",
    "其它, OTHER",
    "其他, OTHER"
  })
  void should_read_a_category_by_code_or_label(String written, ProgrammeCategory category) {
    assertThat(JSON.readPlan(plan("", written)).programmes().get(0).category()).isEqualTo(category);
  }

  @ParameterizedTest
  @CsvSource({
    "1, EXISTING_ORGANISATION",
    "3, THIRD_PARTY",
    "5, OTHER",
    "5.0, OTHER",
    "0.5e1, OTHER"
  })
  void should_read_an_evaluation_system_as_an_integer_however_written(
      String written, EvaluationSystem system) {
    String json =
        plan("", "other").replace("\"evaluationSystem\": 2", "\"evaluationSystem\": " + written);
    assertThat(JSON.readPlan(json).goals().get(0).kpis().get(0).evaluationSystem())
        .isEqualTo(system);
  }

  @Test
  void should_read_a_null_or_absent_target_as_none() {
    assertThat(kpi(", \"target\": null").target()).isEmpty();
    assertThat(kpi("").target()).isEmpty();
    assertThat(kpi(", \"target\": \"86%\"").target()).contains(QuantityText.of("86%"));
  }

  @Test
  void should_read_direction_and_default_it_to_increase() {
    assertThat(kpi("").direction()).isEqualTo(Direction.INCREASE);
    assertThat(kpi(", \"direction\": \"decrease\"").direction()).isEqualTo(Direction.DECREASE);
  }

  @Test
  void should_read_a_weight_exactly() {
    assertThat(kpi(", \"weight\": 2.50").weight()).contains(new BigDecimal("2.50"));
    assertThat(kpi(", \"weight\": 0").weight()).contains(BigDecimal.ZERO);
  }

  @Test
  void should_ignore_extensions_at_every_level() {
    // GIVEN a document with an x- property in every kind of object, holding any JSON
    String json =
        plan(", \"x-kpi\": {\"a\": [1, null]}", "other")
            .replace("{\"format\"", "{\"x-root\": true, \"format\"")
            .replace("\"code\": \"MAC\"", "\"x-agency\": [], \"code\": \"MAC\"")
            .replace("\"title\": \"目標\"", "\"x-goal\": \"\", \"title\": \"目標\"")
            .replace("\"item\": \"項目\"", "\"x-programme\": 1.5e3, \"item\": \"項目\"");

    // WHEN it is read THEN it is the same plan as without them
    assertThat(JSON.readPlan(json)).isEqualTo(JSON.readPlan(plan("", "other")));
  }

  @Test
  void should_read_actuals_as_numbers_or_quantity_texts_and_variables_by_name() {
    // GIVEN results with a number, a text, and variables
    PlanResults results =
        JSON.readResults(
            "{\"format\": \"kpi-results/1\", \"agency\": \"MAC\", \"rocYear\": 107, \"results\": ["
                + "{\"kpi\": \"1.1\", \"actual\": 415},"
                + "{\"kpi\": \"1.2\", \"actual\": \"2,300人\", \"note\": \"n\"},"
                + "{\"kpi\": \"5.1\", \"variables\": {\"當年度\": 10450, \"前1年度\": 10200.5,"
                + " \"x-source\": \"ignored\"}}]}");

    // THEN each is what it says
    KpiResult number = results.results().get(0);
    assertThat(number.actual()).contains(QuantityText.of(new BigDecimal("415")));
    assertThat(number.actual().get().quantity().get().value()).isEqualByComparingTo("415");
    KpiResult text = results.results().get(1);
    assertThat(text.actual().get().quantity().get().value()).isEqualByComparingTo("2300");
    assertThat(text.note()).contains("n");
    assertThat(results.results().get(2).variables())
        .containsExactly(
            java.util.Map.entry("當年度", new BigDecimal("10450")),
            java.util.Map.entry("前1年度", new BigDecimal("10200.5")));
  }

  @Test
  void should_skip_a_byte_order_mark_and_count_lines_across_crlf() {
    // GIVEN a document with a BOM and Windows line ends, and a problem on its third line
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] body =
        "{\r\n  \"format\": \"kpi-plan/1\",\r\n  \"rocYear\": \"107\"\r\n}"
            .getBytes(StandardCharsets.UTF_8);
    byte[] document = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, document, 0, bom.length);
    System.arraycopy(body, 0, document, bom.length, body.length);

    // WHEN it is read
    DocumentException e =
        catchThrowableOfType(
            DocumentException.class,
            () -> JSON.readPlan(new ByteArrayInputStream(document), "windows.json"));

    // THEN the BOM is no column of line 1 and CRLF is one line end
    assertThat(e.getMessage())
        .isEqualTo(
            "windows.json:3:14 at /rocYear: expected an integer from 1 to 999998088 (a year of"
                + " the ROC calendar: 107 is 2018), got \"107\"");
  }

  @Test
  void should_count_columns_in_characters_not_bytes() {
    // GIVEN a problem after Chinese text on the same line
    String json = "{\"agency\": {\"name\": \"大陸委員會\", \"code\": 7}}";

    // WHEN it is read from UTF-8 bytes, three per Chinese character
    DocumentException e =
        catchThrowableOfType(
            DocumentException.class,
            () ->
                JSON.readPlan(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "zh.json"));

    // THEN the column is the character's, as an editor shows it
    assertThat(e.column()).isEqualTo(json.indexOf("7") + 1);
  }

  @Test
  void should_read_bytes_as_their_text_wherever_a_character_falls_in_the_parsers_buffer()
      throws Exception {
    String small =
        Files.readString(TestDocuments.GOOD.resolve("small-plan.json"), StandardCharsets.UTF_8);
    int start = small.indexOf("本會依據");
    // Jackson's buffers of characters hold some thousands (4,000 now): a character of four bytes
    // at each offset of the text up to 8,000 would cost seconds, 64 around each thousand do.
    for (int thousand = 1000; thousand <= 8000; thousand += 1000) {
      for (int offset = thousand - 32; offset < thousand + 32; offset++) {
        // GIVEN a preamble with a character of four bytes (two UTF-16 units) at that offset of the
        // text, Chinese before it and a character of three bytes after it
        String preamble = "臺".repeat(offset - start) + "𠀋😀" + "。";
        String json = small.replace("\"本會依據", "\"" + preamble + "本會依據");

        // WHEN it is read from its UTF-8 bytes, and from the text
        AnnualPlan fromBytes =
            JSON.readPlan(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "p.json");
        AnnualPlan fromText = JSON.readPlan(json);

        // THEN both give the same plan, the characters whole
        assertThat(fromBytes).isEqualTo(fromText);
        assertThat(fromBytes.preamble().get(0)).startsWith(preamble);
      }
    }
  }

  @Test
  void should_place_a_problem_far_into_a_document_by_characters() {
    // GIVEN a problem on a line after ten thousand Chinese characters, past many of the parser's
    // buffers
    String json = "{\"agency\": {\"name\": \"" + "會".repeat(10_000) + "\", \"code\": 7}}";

    // WHEN it is read from UTF-8 bytes
    DocumentException e =
        catchThrowableOfType(
            DocumentException.class,
            () ->
                JSON.readPlan(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "far.json"));

    // THEN the column counts characters, and the pointer names the value
    assertThat(e.column()).isEqualTo(json.indexOf("7") + 1);
    assertThat(e.pointer()).isEqualTo("/agency/code");
  }

  @Test
  void should_name_a_string_document_by_a_placeholder() {
    DocumentException e = catchThrowableOfType(DocumentException.class, () -> JSON.readPlan("[]"));
    assertThat(e.source()).isEqualTo(KpiJson.STRING_SOURCE);
  }

  @Test
  void should_read_the_model_of_a_plan_completely() {
    // GIVEN the small example plan
    AnnualPlan plan = JSON.readPlan(TestDocuments.GOOD.resolve("small-plan.json"));

    // THEN every property reached the model
    assertThat(plan.agency().englishName()).contains("Test Council");
    assertThat(plan.title()).contains("測試委員會 107 年度施政計畫");
    assertThat(plan.preamble()).hasSize(1);
    assertThat(plan.goals()).hasSize(2);
    assertThat(plan.goals().get(0).strategies()).containsExactly("蒐集資料。");
    Kpi budget = plan.goals().get(1).kpis().get(0);
    assertThat(budget.formula()).contains("【（編報數－核列數）÷核列數】×100%");
    assertThat(budget.direction()).isEqualTo(Direction.DECREASE);
    assertThat(budget.weight()).contains(new BigDecimal("2.5"));
    assertThat(budget.evaluationMethod()).isEqualTo(EvaluationMethod.OTHER);
    assertThat(plan.goals().get(0).kpis().get(1).midTermProgrammes()).containsExactly("研究計畫");
    assertThat(plan.programmes().get(0).content()).containsExactly("蒐集資料。", "撰寫報告。");
    assertThat(plan.programmes().get(0).kpis()).containsExactly("1.1", "滿意度");
    assertThat(plan.programmesLinking(plan.kpi("1.2").orElseThrow()))
        .containsExactly(plan.programmes().get(0));
  }
}
