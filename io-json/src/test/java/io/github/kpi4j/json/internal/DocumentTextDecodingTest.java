package io.github.kpi4j.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The reader's own UTF-8 decoding, which the parser reads from, agrees with the JDK's strict
 * decoder on every input, however many characters the parser asks for at a time: the same text when
 * the bytes are UTF-8, a refusal otherwise; and the text the reader places problems in is the
 * JDK's, with the place and length of the first bad bytes.
 */
class DocumentTextDecodingTest {
  /** Bytes that end, continue or break a sequence, for the third and fourth of one. */
  private static final int[] FOLLOWERS = {
    0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0xa0, 0xbf, 0xc0, 0xe4, 0xff
  };

  @Test
  void should_decode_as_the_jdk_does_for_every_lead_and_second_byte() {
    // GIVEN every pair of a first and a second byte, followed by up to two bytes of every kind,
    // after a character and before one, so that offsets within the document count
    for (int lead = 0; lead < 0x100; lead++) {
      for (int second = 0; second < 0x100; second++) {
        for (int third : FOLLOWERS) {
          for (int fourth : FOLLOWERS) {
            byte[] bytes = {'[', (byte) lead, (byte) second, (byte) third, (byte) fourth, ']'};
            // WHEN the reader decodes them  THEN it agrees with the JDK's strict decoder
            assertAgreesWithJdk(bytes);
          }
        }
        assertAgreesWithJdk(new byte[] {(byte) lead, (byte) second});
      }
      assertAgreesWithJdk(new byte[] {(byte) lead});
    }
  }

  @Test
  void should_decode_any_bytes_as_the_jdk_does() {
    qt().withExamples(3000)
        .forAll(lists().of(integers().between(0, 0xff)).ofSizeBetween(0, 16))
        .checkAssert(
            values -> {
              // GIVEN any bytes
              byte[] bytes = toBytes(values);
              // WHEN the reader decodes them  THEN it agrees with the JDK's strict decoder
              assertAgreesWithJdk(bytes);
            });
  }

  @Test
  void should_decode_any_unicode_text_as_the_jdk_does() {
    qt().withExamples(2000)
        .forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(
            text -> {
              // GIVEN any text, unpaired surrogates included, encoded as the JDK encodes it
              byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
              // WHEN the reader decodes it  THEN it agrees with the JDK's strict decoder
              assertAgreesWithJdk(bytes);
            });
  }

  @Test
  void should_decode_runs_of_ascii_and_of_chinese_broken_anywhere_as_the_jdk_does() {
    // GIVEN runs of ASCII several words of eight bytes long and runs of Chinese characters, alone
    // and one after the other, each broken at every offset by bytes that are not UTF-8 (a lone
    // continuation, an overlong form, a cut sequence, a surrogate, a code point past U+10FFFF, a
    // byte UTF-8 never uses) or by a character of two or four bytes
    byte[] ascii = "  \"measurementStandard\": 12345,\n".getBytes(StandardCharsets.US_ASCII);
    byte[] chinese = "研蒐中國大陸對臺作為".getBytes(StandardCharsets.UTF_8);
    int[][] breaks = {
      {0x80},
      {0xc0, 0x80},
      {0xe4, 0xb8},
      {0xe0, 0x80, 0x80},
      {0xed, 0xa0, 0x80},
      {0xf4, 0x90, 0x80, 0x80},
      {0xff},
      {0xc3, 0xa9},
      {0xf0, 0x9f, 0x98, 0x80}
    };
    for (byte[] run : List.of(ascii, chinese, concat(ascii, chinese), concat(chinese, ascii))) {
      assertAgreesWithJdk(run);
      for (int at = 0; at <= run.length; at++) {
        for (int[] broken : breaks) {
          byte[] inserted = new byte[broken.length];
          for (int k = 0; k < broken.length; k++) {
            inserted[k] = (byte) broken[k];
          }
          // WHEN the reader decodes them  THEN it agrees with the JDK's strict decoder
          assertAgreesWithJdk(
              concat(
                  concat(Arrays.copyOf(run, at), inserted),
                  Arrays.copyOfRange(run, at, run.length)));
        }
      }
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  @Test
  void should_skip_a_leading_byte_order_mark_only() {
    // GIVEN a byte order mark before text, and one inside it
    byte[] bytes = {
      (byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'a', (byte) 0xef, (byte) 0xbb, (byte) 0xbf
    };
    // WHEN decoded
    DocumentText.Decoded decoded = DocumentText.decode(bytes);
    // THEN the first is dropped and the second kept as the character U+FEFF
    assertThat(decoded.isValid()).isTrue();
    assertThat(decoded.text()).isEqualTo("a\uFEFF");
  }

  private static byte[] toBytes(List<Integer> values) {
    byte[] bytes = new byte[values.size()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (int) values.get(i);
    }
    return bytes;
  }

  /**
   * @return all the reader gives, asked for {@code piece} characters at a time, or null if it
   *     throws that the bytes are malformed
   */
  private static String readAll(Reader reader, int piece) {
    StringBuilder all = new StringBuilder();
    char[] buffer = new char[piece + 2];
    try {
      // An offset of 2, so that a reader that ignores it writes where the test does not look.
      for (int n = reader.read(buffer, 2, piece); n >= 0; n = reader.read(buffer, 2, piece)) {
        if (n < 1 || n > piece) {
          assertThat(n).as("characters given").isBetween(1, piece);
        }
        all.append(buffer, 2, n);
      }
      return all.toString();
    } catch (MalformedInputException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertAgreesWithJdk(byte[] bytes) {
    DocumentText.Decoded decoded = DocumentText.decode(bytes);
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xff) == 0xef
                && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf
            ? 3
            : 0;
    CharsetDecoder jdk =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = jdk.decode(in, out, true);
    if (!result.isError()) {
      result = jdk.flush(out);
    }
    out.flip();
    assertThat(decoded.text()).isEqualTo(out.toString());
    assertThat(decoded.isValid()).isEqualTo(!result.isError());
    // The reader the parser reads from, asked for one character at a time, a few, and many: it must
    // give what the JDK gives and refuse all that the JDK refuses (Jackson would take those bytes).
    // (AssertJ only when they differ: its descriptions cost more than the reading, a million
    // times.)
    String expected = result.isError() ? null : out.toString();
    for (int piece : new int[] {1, 3, 8, 64}) {
      String read = readAll(new Utf8Reader(bytes, start), piece);
      if (!Objects.equals(read, expected)) {
        assertThat(read).as("read %d at a time (null: refused)", piece).isEqualTo(expected);
      }
    }
    if (result.isError()) {
      assertThat(decoded.badOffset()).isEqualTo(in.position());
      assertThat(decoded.badLength()).isEqualTo(result.length());
    }
  }
}
