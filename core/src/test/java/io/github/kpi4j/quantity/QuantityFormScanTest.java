package io.github.kpi4j.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.internal.PlainText;
import java.util.Optional;
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

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"86%", "408篇", "2,250人", "-3.50", "+0.5%", "0", "123456789012345678次"})
  void should_read_a_short_plain_quantity_without_its_form(String text) {
    // WHEN a common target is read
    Optional<Quantity> quantity = QuantityParser.parseShort(text);
    // THEN the short path reads it, and reads it as the form does
    assertThat(quantity).isNotNull().isPresent().isEqualTo(QuantityParser.parseForm(text));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"1234567890123456789", "1.234567890123456789", "5萬人", "2.5億"})
  void should_leave_long_numbers_and_multipliers_to_the_form(String text) {
    // WHEN the short path is asked  THEN it leaves the text to the form, which reads a quantity
    assertThat(QuantityParser.parseShort(text)).isNull();
    assertThat(QuantityParser.parse(text)).isPresent();
  }

  @Test
  void should_read_any_plain_text_as_the_form_does() {
    // GIVEN plain texts made of the characters that matter to a quantity, with runs of digits
    // around the length a long holds
    String[] pieces = {
      "0", "1", "9", "12", "000", "999999999", ",", ".", "+", "-", "萬", "億", "%", "篇", "人次", "a"
    };
    Random random = new Random(108);
    int short_ = 0;
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(8); j > 0; j--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      // WHEN the short path reads it
      Optional<Quantity> quantity = QuantityParser.parseShort(t);
      // THEN it reads what the form reads, or leaves the text to it
      if (quantity != null) {
        short_++;
        assertThat(quantity).as("%s", t).isEqualTo(QuantityParser.parseForm(t));
      }
      assertThat(QuantityParser.parse(t)).as("%s", t).isEqualTo(QuantityParser.parseForm(t));
    }
    assertThat(short_).as("texts the short path read").isGreaterThan(10_000);
  }
}
