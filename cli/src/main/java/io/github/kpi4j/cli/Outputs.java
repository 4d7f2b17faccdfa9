package io.github.kpi4j.cli;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.internal.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** Writes the files named with {@code -o}, an error naming the file when it cannot. */
final class Outputs {
  private Outputs() {}

  /**
   * @param file the file as the user typed it
   * @param bytes what to write
   * @param messages the words of the error
   * @throws DocumentException if the file cannot be written
   */
  static void write(String file, byte[] bytes, Messages messages) {
    try {
      Files.write(Path.of(file), bytes);
    } catch (InvalidPathException e) {
      throw new DocumentException(
          file,
          0,
          0,
          "",
          messages.format("error.unwritableFile", FileNames.reason(e, messages)),
          e);
    } catch (IOException e) {
      throw new DocumentException(
          file,
          0,
          0,
          "",
          messages.format("error.unwritableFile", String.valueOf(e.getMessage())),
          e);
    }
  }
}
