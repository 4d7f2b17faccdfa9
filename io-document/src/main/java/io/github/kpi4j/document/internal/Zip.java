package io.github.kpi4j.document.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads zip archives with bounded cost: entries are counted and inflated bytes are counted as they
 * are inflated, so a zip bomb stops at the limit instead of filling memory.
 */
public final class Zip {
  /** The most entries an archive may hold. */
  static final int MAX_ENTRIES = 10_000;

  private Zip() {}

  /** An archive that breaks a limit or cannot be read. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    public Unreadable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * @param archive a zip archive
   * @param name an entry's name
   * @return whether the archive holds that entry; false for what is not a zip archive
   */
  public static boolean hasEntry(byte[] archive, String name) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      int count = 0;
      for (ZipEntry entry = zip.getNextEntry();
          entry != null && count < MAX_ENTRIES;
          entry = zip.getNextEntry(), count++) {
        if (entry.getName().equals(name)) {
          return true;
        }
      }
      return false;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Inflates the entries wanted, checking every entry against the limit.
   *
   * @param archive a zip archive
   * @param wanted the names of the entries to keep
   * @param maxInflated the most bytes all entries may inflate to, together
   * @return the entries kept, by name
   * @throws Unreadable if the archive is not a zip archive, holds too many entries, or inflates
   *     beyond the limit
   */
  public static Map<String, byte[]> read(byte[] archive, Set<String> wanted, long maxInflated)
      throws Unreadable {
    Map<String, byte[]> kept = new LinkedHashMap<>();
    long total = 0;
    int count = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++count > MAX_ENTRIES) {
          throw new Unreadable("more than " + MAX_ENTRIES + " entries in the archive", null);
        }
        boolean keep = wanted.contains(entry.getName());
        ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          total += n;
          if (total > maxInflated) {
            throw new Unreadable(
                "the archive inflates to more than " + maxInflated + " bytes (a zip bomb?)", null);
          }
          if (keep) {
            out.write(buffer, 0, n);
          }
        }
        if (keep) {
          kept.put(entry.getName(), out.toByteArray());
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new Unreadable("not a readable zip archive: " + e.getMessage(), e);
    }
    if (count == 0) {
      throw new Unreadable("not a zip archive, or an empty one", null);
    }
    return kept;
  }
}
