package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.json.jackson.Kpi4jModule;
import io.github.kpi4j.model.AnnualPlan;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reader built with a locale reports unreadable documents in its language, at the same line,
 * column and pointer as in English: malformed JSON as well as well-formed JSON that breaks a rule
 * of the format. The whole corpus is read in both languages by {@link BadDocumentsTest}.
 */
class LocalisedProblemsTest {
  private static final KpiJson CHINESE = KpiJson.builder().locale(Locale.TAIWAN).build();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"zh-TW", "zh-Hant", "zh"})
  void should_report_a_truncated_document_in_traditional_chinese_with_its_position(String tag) {
    // GIVEN a reader in a Chinese locale
    KpiJson json = KpiJson.builder().locale(Locale.forLanguageTag(tag)).build();

    // WHEN a truncated document is read
    DocumentException e =
        catchThrowableOfType(
            DocumentException.class,
            () -> json.readPlan(TestDocuments.BAD.resolve("07-truncated.json")));

    // THEN the problem is Chinese, the place the same as in English
    assertThat(e.getMessage())
        .isEqualTo("07-truncated.json:4:3 at /agency: JSON 格式錯誤：應有更多 JSON，但文件已結束");
    assertThat(new int[] {e.line(), e.column()}).isEqualTo(new int[] {4, 3});
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"format\": \"kpi-plan/1\" \"x\": 1}|1:25|應為「,」或「}」，實為 \"\\\"\"",
        "{\"format\": NaN}|1:12|應為 JSON 值（字串、數字、物件、陣列、true、false 或 null），實為 NaN",
        "{\"format\": 01}|1:13|應為 JSON 數字，實為無效的數字：不得有前導零",
        "{\"x-a\": [1}|1:11|應為「]」，實為「}」",
        "{\"format\" 1}|1:11|屬性名稱後應為「:」，實為 \"1\"",
        "{\"x-a\": \"\\q\"}|1:11|應為跳脫序列 \\\" \\\\ \\/ \\b \\f \\n \\r \\t 或 \\uXXXX，實為 \\q"
      })
  void should_say_what_was_expected_in_chinese(String json, String position, String problem) {
    // GIVEN malformed JSON WHEN read by a Chinese reader
    DocumentException e =
        catchThrowableOfType(DocumentException.class, () -> CHINESE.readPlan(json));

    // THEN the problem says in Chinese what was expected, where
    assertThat(e.line() + ":" + e.column()).isEqualTo(position);
    assertThat(e.problem()).isEqualTo("JSON 格式錯誤：" + problem);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a wrong type|24-wrong-type-string-for-integer.json|應為介於 1 到 999998088 的整數（民國紀年，107 即西元"
            + " 2018 年），實為 \"107\"",
        "an unknown property|21-unknown-property.json|未知的屬性 \"nmae\"；應為下列之一：number, name,"
            + " evaluationSystem, evaluationMethod, measurementStandard, formula, target, direction,"
            + " weight, midTermProgrammes, core, baseline, targets, items, milestones，或以 x- 開頭的擴充屬性；"
            + "是否指「name」？",
        "a missing property|46-missing-required-name.json|缺少必要屬性 \"name\"",
        "a code outside the vocabulary|73-level-unknown.json|應為機關層級 \"central\" 或 \"local\"，實為"
            + " \"city\"",
        "an array expected|28-goals-not-an-array.json|應為施政目標陣列，實為 一個物件",
        "a property given twice|49-duplicate-property.json|屬性 \"rocYear\" 重複出現"
      })
  void should_report_a_rule_of_the_format_in_chinese_where_english_does(
      String kind, String file, String problem) {
    // GIVEN a well-formed document that breaks a rule of the format
    Path document = TestDocuments.BAD.resolve(file);

    // WHEN it is read in English and in Chinese
    DocumentException english =
        catchThrowableOfType(DocumentException.class, () -> KpiJson.create().readPlan(document));
    DocumentException chinese =
        catchThrowableOfType(DocumentException.class, () -> CHINESE.readPlan(document));

    // THEN the Chinese problem says the same thing at the same place
    assertThat(chinese.problem()).isEqualTo(problem);
    assertThat(chinese.getMessage())
        .isEqualTo(english.getMessage().replace(english.problem(), problem));
    assertThat(new Object[] {chinese.source(), chinese.line(), chinese.column(), chinese.pointer()})
        .isEqualTo(
            new Object[] {english.source(), english.line(), english.column(), english.pointer()});
  }

  @Test
  void should_report_the_rules_of_a_results_document_in_chinese() {
    // GIVEN results that break the rules of their format
    String prefix = "{\"format\": \"kpi-results/1\", \"agency\": \"A\", \"rocYear\": 113, ";
    String noActual = prefix + "\"results\": [{\"kpi\": \"1.1\"}]}";
    String plan = "{\"format\": \"kpi-plan/1\"}";
    String variable = prefix + "\"results\": [{\"kpi\": \"1.1\", \"variables\": {\"a\": \"1\"}}]}";

    // WHEN a Chinese reader reads them
    DocumentException missing =
        catchThrowableOfType(DocumentException.class, () -> CHINESE.readResults(noActual));
    DocumentException format =
        catchThrowableOfType(DocumentException.class, () -> CHINESE.readResults(plan));
    DocumentException number =
        catchThrowableOfType(DocumentException.class, () -> CHINESE.readResults(variable));

    // THEN each problem is in Chinese
    assertThat(missing.problem()).isEqualTo("缺少 \"actual\"、\"variables\" 或 \"items\"：績效結果至少須有其中之一");
    assertThat(missing.pointer()).isEqualTo("/results/0");
    assertThat(format.problem()).isEqualTo("應為 \"kpi-results/1\"，實為 \"kpi-plan/1\"（計畫文件）");
    assertThat(number.problem()).isEqualTo("應為數字，實為 \"1\"");
    assertThat(number.pointer()).isEqualTo("/results/0/variables/a");
  }

  @Test
  void should_keep_the_jackson_module_in_english() {
    // GIVEN an application's own mapper with the module, after a Chinese reader has read
    catchThrowableOfType(DocumentException.class, () -> CHINESE.readPlan("{\"rocYear\": \"x\"}"));
    JsonMapper mapper = JsonMapper.builder().addModule(new Kpi4jModule()).build();

    // WHEN it reads a document of the wrong type
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () -> mapper.readValue("{\"rocYear\": \"x\"}", AnnualPlan.class));

    // THEN its problem is English: the language belongs to the reader, not to the module
    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "expected an integer from 1 to 999998088 (a year of the ROC calendar: 107 is 2018),"
                + " got \"x\"");
  }

  @Test
  void should_report_in_english_by_default_whatever_the_jvm_locale() {
    // GIVEN a JVM whose default locale is Taiwanese
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.TAIWAN);
    try {
      for (KpiJson json :
          new KpiJson[] {
            KpiJson.create(),
            KpiJson.builder().build(),
            KpiJson.builder().locale(Locale.GERMAN).build()
          }) {
        // WHEN a document that is no object is read
        DocumentException e =
            catchThrowableOfType(DocumentException.class, () -> json.readPlan("[]"));

        // THEN the problem is English
        assertThat(e.problem())
            .isEqualTo("expected a kpi-plan/1 document (a JSON object), got an array");
      }
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void should_report_the_root_and_the_encoding_in_chinese() {
    // GIVEN documents refused before any property is read WHEN read by a Chinese reader
    DocumentException array =
        catchThrowableOfType(DocumentException.class, () -> CHINESE.readPlan("[]"));
    DocumentException utf16 =
        catchThrowableOfType(
            DocumentException.class,
            () -> CHINESE.readPlan(TestDocuments.BAD.resolve("62-utf16-with-bom.json")));

    // THEN their problems are Chinese too
    assertThat(array.problem()).isEqualTo("應為 kpi-plan/1 文件（一個 JSON 物件），實為 一個陣列");
    assertThat(utf16.problem()).isEqualTo("應為 UTF-8 文字，但內容看似 UTF-16LE：請將文件另存為 UTF-8");
  }

  @Test
  void should_refuse_a_null_locale() {
    // GIVEN a builder WHEN given no locale THEN it says which argument was null
    assertThatNullPointerException()
        .isThrownBy(() -> KpiJson.builder().locale(null))
        .withMessage("locale");
  }
}
