package io.github.kpi4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kpi4j.DocumentException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Input too large to keep in the corpus ends in a DocumentException within the documented limits,
 * never in a StackOverflowError or an OutOfMemoryError.
 */
class HostileInputTest {
  private static final KpiJson JSON = KpiJson.create();

  @Test
  void should_refuse_a_string_longer_than_the_limit() {
    // GIVEN a title one character over the limit
    String json =
        "{\"format\": \"kpi-plan/1\", \"title\": \""
            + "長".repeat(KpiJson.MAX_STRING_LENGTH + 1)
            + "\"}";

    // WHEN it is read
    DocumentException e = catchThrowableOfType(DocumentException.class, () -> JSON.readPlan(json));

    // THEN the string is refused where it starts: its opening quote, the 35th character
    assertThat(e.problem()).isEqualTo("expected a string of at most 1000000 characters, got more");
    assertThat(e.pointer()).isEqualTo("/title");
    assertThat(new int[] {e.line(), e.column()}).isEqualTo(new int[] {1, 35});
  }

  @Test
  void should_refuse_a_huge_string_inside_an_ignored_extension() {
    // GIVEN a huge string where nothing is read
    String json = "{\"x-blob\": \"" + "a".repeat(3 * KpiJson.MAX_STRING_LENGTH) + "\"}";

    // WHEN it is read
    DocumentException e = catchThrowableOfType(DocumentException.class, () -> JSON.readPlan(json));

    // THEN the limit applies all the same
    assertThat(e.problem()).isEqualTo("expected a string of at most 1000000 characters, got more");
    assertThat(e.pointer()).isEqualTo("/x-blob");
  }

  @Test
  void should_refuse_a_hundred_thousand_levels_of_nesting_without_overflowing_the_stack() {
    // GIVEN arrays nested 100,000 deep, where a recursive reader would overflow its stack
    String json = "{\"x-deep\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    // WHEN it is read
    DocumentException e = catchThrowableOfType(DocumentException.class, () -> JSON.readPlan(json));

    // THEN reading stops at the 65th level: the root object, then the 64th array
    assertThat(e.problem())
        .isEqualTo("expected objects and arrays nested at most 64 deep, got deeper");
    assertThat(new int[] {e.line(), e.column()}).isEqualTo(new int[] {1, 12 + 63});
  }

  @Test
  void should_refuse_nesting_where_the_model_expects_a_string() {
    // GIVEN a KPI name that is a deep array
    String json =
        "{\"format\": \"kpi-plan/1\", \"agency\": {\"code\": \"A\", \"name\": "
            + "[".repeat(10_000)
            + "]".repeat(10_000)
            + "}}";

    // WHEN it is read
    DocumentException e = catchThrowableOfType(DocumentException.class, () -> JSON.readPlan(json));

    // THEN the type is refused before any depth is reached
    assertThat(e.problem()).isEqualTo("expected a string, got an array");
    assertThat(e.pointer()).isEqualTo("/agency/name");
  }

  @Test
  void should_refuse_a_stream_longer_than_the_limit_without_reading_all_of_it() {
    // GIVEN a stream of endless white space
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return ' ';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) ' ');
            return len;
          }
        };

    // WHEN it is read
    DocumentException e =
        catchThrowableOfType(DocumentException.class, () -> JSON.readPlan(endless, "endless.json"));

    // THEN it is refused once it passes the limit, with no position
    assertThat(e.problem())
        .isEqualTo(
            "expected a document of at most " + KpiJson.MAX_DOCUMENT_BYTES + " bytes, got more");
    assertThat(e.source()).isEqualTo("endless.json");
    assertThat(e.line()).isZero();
  }

  @Test
  void should_read_a_document_of_exactly_the_limit() {
    // GIVEN a valid results document padded with white space to exactly the limit
    byte[] document =
        "{\"format\": \"kpi-results/1\", \"agency\": \"MAC\", \"rocYear\": 107, \"results\": []}"
            .getBytes(StandardCharsets.UTF_8);
    byte[] padded = new byte[KpiJson.MAX_DOCUMENT_BYTES];
    java.util.Arrays.fill(padded, (byte) ' ');
    System.arraycopy(document, 0, padded, 0, document.length);

    // WHEN it is read THEN it is accepted
    assertThat(JSON.readResults(new ByteArrayInputStream(padded), "padded.json").agency())
        .isEqualTo("MAC");
  }

  @Test
  void should_refuse_a_string_document_over_the_limit_as_the_stream_readers_do() {
    // GIVEN a document given as a string one character longer than the limit
    String json = "{" + " ".repeat(KpiJson.MAX_DOCUMENT_BYTES) + "}";
    // WHEN it is read as a plan and as results
    // THEN a DocumentException says so, no exception of the JSON parser escapes
    for (boolean plan : new boolean[] {true, false}) {
      DocumentException e =
          catchThrowableOfType(
              DocumentException.class,
              () -> {
                if (plan) {
                  JSON.readPlan(json);
                } else {
                  JSON.readResults(json);
                }
              });
      assertThat(e).isNotNull();
      assertThat(e.problem())
          .isEqualTo("expected a document of at most 67108864 characters, got " + json.length());
    }
  }
}
