package io.github.kpi4j.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {
  private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})|\\\\t|\\\\n");

  /**
   * The CSV writes what no CSV editor shows plainly as {@code \\uXXXX}, {@code \\t}, {@code \\n}.
   */
  private static String unescape(String text) {
    Matcher m = ESCAPE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement =
          m.group(1) != null
              ? String.valueOf((char) Integer.parseInt(m.group(1), 16))
              : m.group().equals("\\t") ? "\t" : "\n";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  @ParameterizedTest
  @CsvFileSource(resources = "clean.csv", numLinesToSkip = 1)
  void should_replace_what_no_encoder_can_write_and_keep_the_rest(String input, String expected) {
    // GIVEN text from a plan or a finding  WHEN cleaned  THEN well-formed, the same where it was
    assertThat(Text.clean(unescape(input))).isEqualTo(unescape(expected));
  }

  @ParameterizedTest
  @CsvSource({"abc,3,abc", "abcd,3,abc…", "指標名稱,2,指標…"})
  void should_shorten_by_code_points(String text, int max, String expected) {
    assertThat(Text.shorten(text, max)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"101.70,101.7", "6,6", "6.00,6", "1E+3,1000", "0.050,0.05"})
  void should_write_numbers_plainly(String value, String expected) {
    assertThat(Text.number(new BigDecimal(value))).isEqualTo(expected);
  }
}
