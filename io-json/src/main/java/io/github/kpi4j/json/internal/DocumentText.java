package io.github.kpi4j.json.internal;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.json.KpiJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Turns a file or a stream into the text of a document: at most {@link KpiJson#MAX_DOCUMENT_BYTES}
 * bytes of strict UTF-8, a leading byte order mark skipped.
 *
 * <p>The text, rather than the bytes, goes to the parser, so that columns count characters as
 * editors do, not the three bytes of each Chinese character.
 */
final class DocumentText {
  /**
   * The text of a document as characters, or the text before its first byte that is not UTF-8 and
   * the place of that byte. The characters go to the parser as they are; the text as a string is
   * made only when a problem must be placed in it.
   */
  static final class Decoded {
    private final char[] chars;
    private final int length;
    private final int badOffset;
    private final int badLength;
    private final byte[] bytes;
    private String text;

    private Decoded(
        char[] chars, int length, String text, int badOffset, int badLength, byte[] bytes) {
      this.chars = chars;
      this.length = length;
      this.text = text;
      this.badOffset = badOffset;
      this.badLength = badLength;
      this.bytes = bytes;
    }

    /**
     * @return a text given as a string, which has no bytes to be wrong
     */
    static Decoded of(String text) {
      return new Decoded(text.toCharArray(), text.length(), text, -1, 0, new byte[0]);
    }

    boolean isValid() {
      return badOffset < 0;
    }

    /**
     * @return the characters, of which the first {@link #length()} are the text
     */
    char[] chars() {
      return chars;
    }

    int length() {
      return length;
    }

    String text() {
      if (text == null) {
        text = new String(chars, 0, length);
      }
      return text;
    }

    int badOffset() {
      return badOffset;
    }

    int badLength() {
      return badLength;
    }

    byte[] bytes() {
      return bytes;
    }
  }

  private DocumentText() {}

  static String sourceOf(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  static byte[] read(Path file, String source, Messages messages) {
    if (Files.isDirectory(file)) {
      throw unreadable(source, messages.format("file.directory", file), null);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readBounded(in, source, messages);
    } catch (NoSuchFileException e) {
      throw unreadable(source, messages.format("file.missing", file), e);
    } catch (AccessDeniedException e) {
      throw unreadable(source, messages.format("file.denied", file), e);
    } catch (IOException e) {
      throw unreadable(source, messages.format("file.unreadable", file, e.getMessage()), e);
    }
  }

  static byte[] read(InputStream in, String source, Messages messages) {
    try {
      return readBounded(in, source, messages);
    } catch (IOException e) {
      throw unreadable(source, messages.format("stream.unreadable", e.getMessage()), e);
    }
  }

  private static byte[] readBounded(InputStream in, String source, Messages messages)
      throws IOException {
    byte[] bytes = readAtMost(in, KpiJson.MAX_DOCUMENT_BYTES + 1);
    if (bytes.length > KpiJson.MAX_DOCUMENT_BYTES) {
      throw unreadable(
          source, messages.format("limit.document.bytes", KpiJson.MAX_DOCUMENT_BYTES), null);
    }
    return bytes;
  }

  /**
   * {@link InputStream#readNBytes(int)}, reading into one array of the size the stream announces (a
   * file's, or a byte array's, is exact) rather than into chunks of 8 KiB copied together at the
   * end: for a document of some megabytes that was a measurable part of its reading.
   */
  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    int announced = Math.min(Math.max(in.available(), 0), limit);
    byte[] first = new byte[announced];
    int read = in.readNBytes(first, 0, announced);
    if (read < announced) {
      return Arrays.copyOf(first, read);
    }
    byte[] rest = in.readNBytes(limit - announced);
    if (rest.length == 0) {
      return first;
    }
    byte[] all = Arrays.copyOf(first, announced + rest.length);
    System.arraycopy(rest, 0, all, announced, rest.length);
    return all;
  }

  /**
   * @return where the text of the bytes starts: after a leading byte order mark, if any
   */
  static int textStart(byte[] bytes) {
    boolean byteOrderMark =
        bytes.length >= 3
            && (bytes[0] & 0xff) == 0xef
            && (bytes[1] & 0xff) == 0xbb
            && (bytes[2] & 0xff) == 0xbf;
    return byteOrderMark ? 3 : 0;
  }

  /**
   * Decodes a document as a whole, for a reading that must place a problem in its text: the reader
   * reads a document through {@link Utf8Reader} first, and through this text only when that reading
   * fails.
   */
  static Decoded decode(byte[] bytes) {
    return decodeReporting(bytes, textStart(bytes));
  }

  /**
   * Decodes with the JDK's strict decoder, which says where the first bad bytes are and how many.
   */
  private static Decoded decodeReporting(byte[] bytes, int start) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    char[] chars = out.array();
    if (result.isError()) {
      return new Decoded(chars, out.limit(), null, in.position(), result.length(), bytes);
    }
    return new Decoded(chars, out.limit(), null, -1, 0, bytes);
  }

  /**
   * Recognises a document in another Unicode encoding by its byte order mark or, without one, by
   * where the zero bytes of its first characters fall (a JSON text starts with ASCII), as RFC 4627
   * section 3 describes.
   *
   * @return the encoding the bytes look like ({@code UTF-16LE}, {@code UTF-32BE} …), or null if
   *     they do not look like UTF-16 or UTF-32
   */
  static String otherEncoding(byte[] bytes) {
    int n = Math.min(bytes.length, 4);
    int[] b = new int[4];
    for (int i = 0; i < n; i++) {
      b[i] = bytes[i] & 0xff;
    }
    if (n == 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xfe && b[3] == 0xff) {
      return "UTF-32BE";
    }
    if (n == 4 && b[0] == 0xff && b[1] == 0xfe && b[2] == 0 && b[3] == 0) {
      return "UTF-32LE";
    }
    if (n >= 2 && b[0] == 0xfe && b[1] == 0xff) {
      return "UTF-16BE";
    }
    if (n >= 2 && b[0] == 0xff && b[1] == 0xfe) {
      return "UTF-16LE";
    }
    if (n == 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
      return "UTF-32BE";
    }
    if (n == 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
      return "UTF-32LE";
    }
    if (n == 4 && b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0) {
      return "UTF-16BE";
    }
    if (n == 4 && b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) {
      return "UTF-16LE";
    }
    return null;
  }

  /**
   * @return the problem of a byte sequence that is not UTF-8
   */
  static String badBytes(Decoded decoded, Messages messages) {
    StringBuilder bytes = new StringBuilder();
    for (int i = 0; i < decoded.badLength(); i++) {
      bytes.append(String.format(" 0x%02X", decoded.bytes()[decoded.badOffset() + i] & 0xff));
    }
    return messages.format(decoded.badLength() > 1 ? "encoding.bytes" : "encoding.byte", bytes);
  }

  static DocumentException unreadable(String source, String problem, Throwable cause) {
    return new DocumentException(source, 0, 0, "", problem, cause);
  }
}
