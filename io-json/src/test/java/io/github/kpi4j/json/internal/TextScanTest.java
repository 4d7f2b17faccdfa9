package io.github.kpi4j.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which documents the reader lets the full reading check their format, since it meets the format
 * first: only an object whose first property is {@code format}, written out without escapes.
 */
class TextScanTest {
  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '`',
      value = {
        "{\"format\": \"kpi-plan/1\"};                    true",
        "{\"format\":1};                                  true",
        "  \\n\\t{ \\r\\n  \"format\"\\t :  null};        true",
        "{\"format\";                                     false",
        "{\"format\" };                                   false",
        "{\"agency\": {}, \"format\": \"kpi-plan/1\"};    false",
        "{\"\\u0066ormat\": \"kpi-plan/1\"};              false",
        "{\"formats\": 1};                                false",
        "{\"form\": 1};                                   false",
        "[{\"format\": 1}];                               false",
        "\"format\": 1;                                   false",
        "{/* c */ \"format\": 1};                         false",
        "{\"Format\": 1};                                 false",
        "``;                                              false",
        "{;                                               false",
      })
  void should_tell_a_document_whose_first_property_is_its_format(String escaped, boolean first) {
    // GIVEN a document's text, where the table's \n, \r and \t stand for a line feed, a carriage
    // return and a tab (an escaped name stays escaped, as JSON reads it)
    String text = escaped.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
    char[] chars = (text + "unused").toCharArray();

    // WHEN scanned  THEN it starts with its format or not, the characters past its length unread
    assertThat(TextScan.startsWithFormat(chars, text.length())).isEqualTo(first);
  }
}
