package io.github.kpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest(name = "[{0}] is [{1}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "研修（訂）大陸事務相關法規 | 研修(訂)大陸事務相關法規",
        "研修(訂)大陸事務 相關法規 | 研修(訂)大陸事務相關法規",
        "'　提升臺灣整體競爭力　' | 提升臺灣整體競爭力",
        "ＡＢ１２ | AB12",
        "'a\tb' | ab",
        "資本門預算數 | 資本門預算數"
      })
  void should_compare_names_in_nfkc_without_white_space(String printed, String normal) {
    assertThat(Names.normalise(printed)).isEqualTo(normal);
    assertThat(Names.same(printed, normal)).isTrue();
  }

  @Test
  void should_not_forgive_a_different_character() {
    assertThat(Names.same("研修大陸事務相關法規", "研修(訂)大陸事務相關法規")).isFalse();
  }

  @Test
  void should_agree_with_the_plain_definition_for_any_text() {
    // GIVEN any text; THEN the fast path gives what NFKC followed by removing white space gives
    qt().withExamples(2000)
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(text -> assertThat(Names.normalise(text)).isEqualTo(plain(text)));
  }

  private static String plain(String text) {
    StringBuilder out = new StringBuilder();
    Normalizer.normalize(text, Normalizer.Form.NFKC)
        .codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
