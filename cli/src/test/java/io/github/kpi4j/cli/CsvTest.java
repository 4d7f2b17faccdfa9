package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {
  @ParameterizedTest(name = "[{0}] is written [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "研究報告篇數|研究報告篇數",
        "2,250人|\"2,250人\"",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "' padded '|\" padded \"",
      })
  void should_quote_fields_as_rfc_4180_requires(String value, String written) {
    // GIVEN a value  WHEN written as a field  THEN it is quoted only where needed
    assertThat(Csv.field(value)).isEqualTo(written);
  }

  @Test
  void should_quote_line_breaks() {
    // GIVEN a value over two lines  WHEN written  THEN it is quoted and keeps its line break
    assertThat(Csv.field("一\n二")).isEqualTo("\"一\n二\"");
  }

  @Test
  void should_end_records_with_crlf_and_write_null_as_empty() {
    // GIVEN a record with an empty and a missing field
    StringWriter out = new StringWriter();
    Csv csv = new Csv(new PrintWriter(out));
    // WHEN written
    csv.record(Arrays.asList("a", "", null, "b"));
    csv.record(Arrays.asList("c"));
    // THEN fields are comma-separated and records end with CRLF
    assertThat(out).hasToString("a,,,b\r\nc\r\n");
  }
}
