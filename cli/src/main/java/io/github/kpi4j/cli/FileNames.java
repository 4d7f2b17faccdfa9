package io.github.kpi4j.cli;

import io.github.kpi4j.internal.Messages;
import java.nio.file.InvalidPathException;

/** Why a file name the user typed is not a path, in the user's words. */
final class FileNames {
  /**
   * What the JVM puts in place of the bytes of an argument it could not decode: without a UTF-8
   * locale ({@code LANG} unset, or {@code C}) a name such as {@code 計畫.json} reaches Java as {@code
   * ??????.json}, and no file of that name can be opened.
   */
  private static final char UNDECODABLE = '\uFFFD';

  private FileNames() {}

  /**
   * @param e why {@link java.nio.file.Path#of} refused a name
   * @param messages the words of the reason
   * @return the reason, which tells how to run kpi4j when the system's encoding of file names
   *     mangled the name before kpi4j saw it
   */
  static String reason(InvalidPathException e, Messages messages) {
    if (e.getInput().indexOf(UNDECODABLE) >= 0) {
      return messages.format(
          "error.fileNameEncoding", System.getProperty("sun.jnu.encoding", "unknown"));
    }
    return e.getReason();
  }
}
