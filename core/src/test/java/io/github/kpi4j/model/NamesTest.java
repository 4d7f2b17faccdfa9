package io.github.kpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.kpi4j.internal.PlainText;
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

  @ParameterizedTest
  @CsvSource({"推動「新南向政策」、深化夥伴關係", "《兩岸人民關係條例》、相關法規研修", "辦理〈說明會〉"})
  void should_give_back_a_name_already_in_normal_form_as_it_is(String printed) {
    // GIVEN a name whose only characters beyond the plain ones are CJK punctuation NFKC keeps
    // WHEN normalised  THEN the very same instance: nothing allocated, nothing for the index of
    // printed names to hold
    assertThat(Names.normalise(printed)).isSameAs(printed).isEqualTo(plain(printed));
    // AND one character to map further on still gives the mapped form
    assertThat(Names.normalise(printed + "（一）")).isEqualTo(printed + "(一)");
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

  @Test
  void should_find_white_space_as_the_jdk_does_for_every_code_point() {
    // GIVEN every code point; WHEN the hand-written test is asked; THEN it agrees with the JDK's
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      boolean jdk = Character.isWhitespace(c) || Character.isSpaceChar(c);
      assertThat(Names.isSpace(c)).as("U+%04X", c).isEqualTo(jdk);
    }
  }

  @Test
  void should_take_plain_characters_for_their_own_normal_form() {
    // GIVEN every character the fast path takes as plain
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < Character.MIN_SURROGATE; c++) {
      String one = String.valueOf(c);
      if (PlainText.isPlain(one)) {
        // THEN it is in NFKC, maps to itself and is no space
        assertThat(Normalizer.normalize(one, Normalizer.Form.NFKC))
            .as("U+%04X", (int) c)
            .isEqualTo(one);
        assertThat(Names.isSpace(c)).isFalse();
        all.append(c);
      }
    }
    // AND a text of them all, in any order, composes into nothing else
    String text = all.toString();
    assertThat(text).hasSizeGreaterThan(27_000);
    assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC)).isEqualTo(text);
    assertThat(Normalizer.normalize(all.reverse().toString(), Normalizer.Form.NFKC))
        .isEqualTo(all.toString());
  }

  @Test
  void should_map_simple_characters_as_nfkc_does_alone_and_together() {
    // GIVEN every character the one-scan path maps without the normaliser
    StringBuilder others = new StringBuilder();
    int count = 0;
    for (char c = 0; c < Character.MIN_SURROGATE; c++) {
      int simple = Names.simple(c);
      if (simple == Names.NOT_SIMPLE) {
        continue;
      }
      count++;
      // THEN alone it is what NFKC, then removing white space, makes of it
      String expected = plain(String.valueOf(c));
      assertThat(simple == Names.DROPPED ? "" : String.valueOf((char) simple))
          .as("U+%04X", (int) c)
          .isEqualTo(expected);
      if (!PlainText.isPlain(String.valueOf(c))) {
        others.append(c);
      }
    }
    assertThat(count).isGreaterThan(27_000);
    // AND those beyond the plain ones, in any order and next to plain ones, compose into nothing
    // else: the text is normalised as the one-scan path maps it character by character
    String text = others + "研修(訂)AB12" + others.reverse() + "資本門";
    assertThat(Names.normalise(text)).isEqualTo(plain(text));
    for (int i = 0; i + 1 < text.length(); i++) {
      String pair = text.substring(i, i + 2);
      assertThat(Names.normalise(pair)).as("%s", pair).isEqualTo(plain(pair));
    }
  }

  @Test
  void should_normalise_mixed_text_as_nfkc_does() {
    // GIVEN texts of simple characters mixed with ones that need the normaliser (combining marks,
    // half-width kana and its sound marks, an ellipsis, a tab, a no-break space)
    String alphabet = "研修訂事（）()，,、「」【】ＡＢａ１2a 　\t\u00A0\u0301\u3099\uFF76\uFF9E\u2026—“”";
    java.util.Random random = new java.util.Random(107);
    for (int i = 0; i < 5_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(10); j > 0; j--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      // THEN each normalises as NFKC followed by removing white space does
      assertThat(Names.normalise(text.toString())).as("%s", text).isEqualTo(plain(text.toString()));
    }
  }

  @Test
  void should_normalise_as_before_whatever_the_path() {
    // GIVEN any text; WHEN normalised; THEN the same as NFKC with every space removed
    qt().withExamples(2_000)
        .forAll(strings().betweenCodePoints(0x20, 0xFFFF).ofLengthBetween(0, 12))
        .checkAssert(
            text -> {
              String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
              StringBuilder expected = new StringBuilder();
              nfkc.codePoints()
                  .filter(c -> !(Character.isWhitespace(c) || Character.isSpaceChar(c)))
                  .forEach(expected::appendCodePoint);
              assertThat(Names.normalise(text)).isEqualTo(expected.toString());
            });
  }
}
