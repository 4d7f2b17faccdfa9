package io.github.kpi4j.json.internal;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.json.KpiJson;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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

  static Decoded decode(byte[] bytes) {
    int start = hasByteOrderMark(bytes) ? 3 : 0;
    // UTF-8 never gives more UTF-16 units than it has bytes.
    char[] chars = new char[bytes.length - start];
    int length = decodeWellFormed(bytes, start, chars);
    if (length >= 0) {
      return new Decoded(chars, length, null, -1, 0, bytes);
    }
    return decodeReporting(bytes, start);
  }

  /** Eight bytes of a document read at once, to pass over runs of ASCII a word at a time. */
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Four bytes of a document read at once, a Chinese character's three and the next byte. */
  private static final VarHandle QUADS =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of each of eight bytes: none is set in eight bytes of ASCII. */
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * Decodes bytes that are all well-formed UTF-8 (Unicode's table 3-7: no overlong form, no
   * surrogate, nothing past U+10FFFF), several times faster than a {@link CharsetDecoder}. Plans
   * are runs of ASCII (the JSON around the values, indentation, numbers) and runs of Chinese
   * characters, three bytes each: each kind of run has a loop of its own, ASCII eight bytes at a
   * time, Chinese characters four bytes at a time.
   *
   * @return the number of characters written, or -1 at the first byte that is not well-formed
   *     UTF-8, which {@link #decodeReporting} then places and names as the JDK's strict decoder
   *     does
   */
  static int decodeWellFormed(byte[] bytes, int start, char[] chars) {
    int end = bytes.length;
    int i = start;
    int j = 0;
    while (i < end) {
      int b = bytes[i];
      if (b >= 0) {
        while (i + 8 <= end && ((long) WORDS.get(bytes, i) & HIGH_BITS) == 0) {
          for (int k = 0; k < 8; k++) {
            chars[j + k] = (char) bytes[i + k];
          }
          i += 8;
          j += 8;
        }
        while (i < end && bytes[i] >= 0) {
          chars[j++] = (char) bytes[i++];
        }
      } else if ((b & 0xf0) == 0xe0) {
        // A run of three-byte characters (U+0800 to U+FFFF: every Chinese character), read four
        // bytes at a time while four are left: the three of a character and the next one's first.
        while (i + 4 <= end) {
          int w = (int) QUADS.get(bytes, i);
          if ((w & 0xc0c0f0) != 0x8080e0) {
            break; // not a lead of three bytes and two continuations: the check below decides
          }
          int c = ((w & 0x0f) << 12) | ((w >> 2) & 0xfc0) | ((w >> 16) & 0x3f);
          // Overlong (below U+0800), or a surrogate (U+D800 to U+DFFF).
          if (c < 0x800 | (c & 0xf800) == 0xd800) {
            return -1;
          }
          chars[j++] = (char) c;
          i += 3;
        }
        if ((bytes[i] & 0xf0) == 0xe0) {
          b = bytes[i];
          if (i + 2 >= end) {
            return -1;
          }
          int b2 = bytes[i + 1];
          int b3 = bytes[i + 2];
          int c = ((b & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
          if ((((b2 & 0xc0) ^ 0x80) | ((b3 & 0xc0) ^ 0x80)) != 0
              | c < 0x800
              | (c & 0xf800) == 0xd800) {
            return -1;
          }
          chars[j++] = (char) c;
          i += 3;
        }
      } else if ((b & 0xe0) == 0xc0) {
        if (i + 1 >= end || (b & 0x1e) == 0) {
          return -1;
        }
        int b2 = bytes[i + 1];
        if ((b2 & 0xc0) != 0x80) {
          return -1;
        }
        chars[j++] = (char) (((b & 0x1f) << 6) | (b2 & 0x3f));
        i += 2;
      } else if ((b & 0xf8) == 0xf0) {
        if (i + 3 >= end) {
          return -1;
        }
        int b2 = bytes[i + 1];
        int b3 = bytes[i + 2];
        int b4 = bytes[i + 3];
        if ((b2 & 0xc0) != 0x80 || (b3 & 0xc0) != 0x80 || (b4 & 0xc0) != 0x80) {
          return -1;
        }
        int c = ((b & 0x07) << 18) | ((b2 & 0x3f) << 12) | ((b3 & 0x3f) << 6) | (b4 & 0x3f);
        if (c < 0x10000 || c > Character.MAX_CODE_POINT) {
          return -1;
        }
        chars[j++] = Character.highSurrogate(c);
        chars[j++] = Character.lowSurrogate(c);
        i += 4;
      } else {
        return -1;
      }
    }
    return j;
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

  private static boolean hasByteOrderMark(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf;
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
