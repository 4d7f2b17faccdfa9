package io.github.kpi4j.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.internal.PlainText;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityFormScanTest {

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "86%",
        "408篇",
        "1,234",
        "1,234.5萬人次",
        "-3.5",
        "+7億",
        "12,34",
        "1234,567",
        "1,234,",
        "1.",
        ".5",
        "5萬萬",
        "5%以上",
        "較前年度增加10%",
        "5.5.5",
        "萬5",
        "0",
        "",
        "+",
        "-,",
        "1,000,000元",
        "2.0萬",
        "3a",
        "3a1",
        "3-4"
      })
  void should_read_plain_text_as_the_pattern_does(String text) {
    assertThat(PlainText.isPlain(text) || text.isEmpty()).isTrue();
    assertThat(QuantityParser.scanPlain(text)).isEqualTo(QuantityParser.match(text));
  }

  @Test
  void should_read_any_plain_text_as_the_pattern_does() {
    // GIVEN plain texts made of the characters that matter to the form, and others
    String alphabet = "0123456789,.+-萬億%篇人次a研";
    Random random = new Random(107);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(12); j > 0; j--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      // THEN the scan finds the parts the pattern finds, or none where it finds none
      String t = text.toString();
      assertThat(QuantityParser.scanPlain(t)).as("%s", t).isEqualTo(QuantityParser.match(t));
    }
  }
}
