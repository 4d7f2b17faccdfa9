package io.github.kpi4j.json.internal;

import io.github.kpi4j.DocumentException;
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

/**
 * Turns a file or a stream into the text of a document: at most {@link KpiJson#MAX_DOCUMENT_BYTES}
 * bytes of strict UTF-8, a leading byte order mark skipped.
 *
 * <p>The text, rather than the bytes, goes to the parser, so that columns count characters as
 * editors do, not the three bytes of each Chinese character.
 */
final class DocumentText {
  /** The text of a document, or the place of its first byte that is not UTF-8. */
  record Decoded(String text, int badOffset, int badLength, byte[] bytes) {
    boolean isValid() {
      return badOffset < 0;
    }
  }

  private DocumentText() {}

  static String sourceOf(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  static byte[] read(Path file, String source) {
    if (Files.isDirectory(file)) {
      throw unreadable(source, "expected a file, got a directory: " + file, null);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readBounded(in, source);
    } catch (NoSuchFileException e) {
      throw unreadable(source, "no such file: " + file, e);
    } catch (AccessDeniedException e) {
      throw unreadable(source, "permission denied: " + file, e);
    } catch (IOException e) {
      throw unreadable(source, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static byte[] read(InputStream in, String source) {
    try {
      return readBounded(in, source);
    } catch (IOException e) {
      throw unreadable(source, "cannot read the stream: " + e.getMessage(), e);
    }
  }

  private static byte[] readBounded(InputStream in, String source) throws IOException {
    byte[] bytes = in.readNBytes(KpiJson.MAX_DOCUMENT_BYTES + 1);
    if (bytes.length > KpiJson.MAX_DOCUMENT_BYTES) {
      throw unreadable(
          source,
          "expected a document of at most " + KpiJson.MAX_DOCUMENT_BYTES + " bytes, got more",
          null);
    }
    return bytes;
  }

  static Decoded decode(byte[] bytes) {
    int start = hasByteOrderMark(bytes) ? 3 : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    // UTF-8 never gives more UTF-16 units than it has bytes.
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    String text = out.toString();
    if (result.isError()) {
      return new Decoded(text, in.position(), result.length(), bytes);
    }
    return new Decoded(text, -1, 0, bytes);
  }

  private static boolean hasByteOrderMark(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf;
  }

  /** @return the problem of a byte sequence that is not UTF-8 */
  static String badBytes(Decoded decoded) {
    byte[] bytes = decoded.bytes();
    if (decoded.badOffset() == 0
        && bytes.length >= 2
        && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
            || (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)) {
      return "expected UTF-8 text, got the byte order mark of UTF-16";
    }
    StringBuilder out = new StringBuilder("expected UTF-8 text, got the byte");
    out.append(decoded.badLength() > 1 ? "s" : "");
    for (int i = 0; i < decoded.badLength(); i++) {
      out.append(String.format(" 0x%02X", decoded.bytes()[decoded.badOffset() + i] & 0xff));
    }
    return out.toString();
  }

  static DocumentException unreadable(String source, String problem, Throwable cause) {
    return new DocumentException(source, 0, 0, "", problem, cause);
  }
}
