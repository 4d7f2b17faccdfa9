package io.github.kpi4j.json.internal;

import java.io.IOException;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.MalformedInputException;
import java.util.Objects;

/**
 * The characters of a document's bytes, decoded as strict UTF-8 (Unicode's table 3-7: no overlong
 * form, no surrogate, nothing past U+10FFFF) as the parser asks for them. The parser reads them
 * into a buffer of its own, some thousands at a time, where it reads them at once: the document is
 * never held as characters whole, which for a plan of some megabytes cost a pass over twice its
 * size in memory, and clearing that memory, besides the decoding.
 *
 * <p>Plans are runs of ASCII (the JSON around the values, indentation, numbers) and runs of Chinese
 * characters, three bytes each: each kind of run has a loop of its own, ASCII eight bytes at a
 * time, Chinese characters four bytes at a time, several times faster than a {@link
 * java.nio.charset.CharsetDecoder}. At the first byte that is not well-formed UTF-8 it throws: the
 * reader then reads the document again through the JDK's decoder, which places and names the bytes.
 */
final class Utf8Reader extends Reader {
  /** Eight bytes of a document read at once, to pass over runs of ASCII a word at a time. */
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Four bytes of a document read at once, a Chinese character's three and the next byte. */
  private static final VarHandle QUADS =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  /** The high bit of each of eight bytes: none is set in eight bytes of ASCII. */
  private static final long HIGH_BITS = 0x8080808080808080L;

  private final byte[] bytes;
  private int at;

  /** The second half of a character of four bytes whose first half filled a read, or 0. */
  private char pending;

  /**
   * @param bytes a document's bytes, which the reader does not copy
   * @param start where its text starts (after a byte order mark)
   */
  Utf8Reader(byte[] bytes, int start) {
    this.bytes = bytes;
    this.at = start;
  }

  /**
   * @throws MalformedInputException at the first byte that is not well-formed UTF-8, of length 1
   *     whatever the bad sequence's: the JDK's decoder tells that
   */
  @Override
  public int read(char[] to, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, to.length);
    if (len == 0) {
      return 0;
    }
    int j = off;
    int limit = off + len;
    if (pending != 0) {
      to[j++] = pending;
      pending = 0;
    }
    byte[] bytes = this.bytes;
    int end = bytes.length;
    int i = at;
    while (j < limit && i < end) {
      int b = bytes[i];
      if (b >= 0) {
        while (i + 8 <= end && j + 8 <= limit && ((long) WORDS.get(bytes, i) & HIGH_BITS) == 0) {
          for (int k = 0; k < 8; k++) {
            to[j + k] = (char) bytes[i + k];
          }
          i += 8;
          j += 8;
        }
        while (i < end && j < limit && bytes[i] >= 0) {
          to[j++] = (char) bytes[i++];
        }
      } else if ((b & 0xf0) == 0xe0) {
        // A run of three-byte characters (U+0800 to U+FFFF: every Chinese character), read four
        // bytes at a time while four are left: the three of a character and the next one's first.
        while (i + 4 <= end && j < limit) {
          int w = (int) QUADS.get(bytes, i);
          if ((w & 0xc0c0f0) != 0x8080e0) {
            break; // not a lead of three bytes and two continuations: the check below decides
          }
          int c = ((w & 0x0f) << 12) | ((w >> 2) & 0xfc0) | ((w >> 16) & 0x3f);
          // Overlong (below U+0800), or a surrogate (U+D800 to U+DFFF).
          if (c < 0x800 | (c & 0xf800) == 0xd800) {
            throw malformed(i);
          }
          to[j++] = (char) c;
          i += 3;
        }
        if (j < limit && (bytes[i] & 0xf0) == 0xe0) {
          if (i + 2 >= end) {
            throw malformed(i);
          }
          int b2 = bytes[i + 1];
          int b3 = bytes[i + 2];
          int c = ((bytes[i] & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
          if ((((b2 & 0xc0) ^ 0x80) | ((b3 & 0xc0) ^ 0x80)) != 0
              | c < 0x800
              | (c & 0xf800) == 0xd800) {
            throw malformed(i);
          }
          to[j++] = (char) c;
          i += 3;
        }
      } else if ((b & 0xe0) == 0xc0) {
        if (i + 1 >= end || (b & 0x1e) == 0 || (bytes[i + 1] & 0xc0) != 0x80) {
          throw malformed(i);
        }
        to[j++] = (char) (((b & 0x1f) << 6) | (bytes[i + 1] & 0x3f));
        i += 2;
      } else if ((b & 0xf8) == 0xf0) {
        if (i + 3 >= end) {
          throw malformed(i);
        }
        int b2 = bytes[i + 1];
        int b3 = bytes[i + 2];
        int b4 = bytes[i + 3];
        if ((b2 & 0xc0) != 0x80 || (b3 & 0xc0) != 0x80 || (b4 & 0xc0) != 0x80) {
          throw malformed(i);
        }
        int c = ((b & 0x07) << 18) | ((b2 & 0x3f) << 12) | ((b3 & 0x3f) << 6) | (b4 & 0x3f);
        if (c < 0x10000 || c > Character.MAX_CODE_POINT) {
          throw malformed(i);
        }
        to[j++] = Character.highSurrogate(c);
        if (j < limit) {
          to[j++] = Character.lowSurrogate(c);
        } else {
          pending = Character.lowSurrogate(c);
        }
        i += 4;
      } else {
        throw malformed(i);
      }
    }
    at = i;
    return j == off ? -1 : j - off;
  }

  private MalformedInputException malformed(int offset) {
    at = offset;
    return new Malformed();
  }

  /**
   * A signal to read the document again, never shown to anyone: it has no stack trace to fill,
   * which would cost more than the reading of a short document.
   */
  private static final class Malformed extends MalformedInputException {
    private static final long serialVersionUID = 1L;

    Malformed() {
      super(1);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  @Override
  public void close() {
    // Nothing to release: the bytes are the caller's.
  }
}
