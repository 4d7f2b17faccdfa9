package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kpi4j.DocumentException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reader built with a locale reports unreadable documents in its language, at the same line,
 * column and pointer as in English.
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
