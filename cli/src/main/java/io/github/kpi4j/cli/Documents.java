package io.github.kpi4j.cli;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.json.DocumentFormat;
import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Reads the documents named on the command line, so that every message names the file as the user
 * typed it ({@code plans/mac-107.json:57:22 at …}), standard input for {@code -}, and the example
 * documents the CLI's jar carries.
 */
final class Documents {
  /** Where the CLI's jar carries its copy of {@code examples/plans/*.json}. */
  static final String EXAMPLES = "/io/github/kpi4j/cli/plans/";

  /** The file name that stands for standard input. */
  static final String STDIN = "-";

  /** The source name of a document read from standard input. */
  static final String STDIN_SOURCE = "<stdin>";

  /**
   * @param file a file name as the user typed it, or {@code -} for standard input
   * @return the name reports and messages give it: {@value #STDIN_SOURCE} for standard input
   */
  static String shown(String file) {
    return STDIN.equals(file) ? STDIN_SOURCE : file;
  }

  private final KpiJson json;
  private final Messages messages;
  private final InputStream stdin;
  private boolean stdinRead;

  /**
   * @param messages the words of the errors this class raises itself
   * @param stdin standard input, read for the file name {@code -}
   */
  Documents(Messages messages, InputStream stdin) {
    this.messages = Objects.requireNonNull(messages, "messages");
    // The reader reports an unreadable document in the language of --lang, as the rest does.
    this.json = KpiJson.builder().locale(messages.locale()).build();
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  /**
   * @param file a file name as the user typed it, or {@code -} for standard input
   * @return the plan
   * @throws DocumentException if the file is missing, unreadable or not a plan document
   */
  AnnualPlan plan(String file) {
    return read(file, json::readPlan);
  }

  /**
   * @param file a file name as the user typed it, or {@code -} for standard input
   * @return the results
   * @throws DocumentException if the file is missing, unreadable or not a results document
   */
  PlanResults results(String file) {
    return read(file, json::readResults);
  }

  /**
   * @param name the name of an example plan, such as {@code mac-107.json}
   * @return the plan
   * @throws IllegalStateException if the jar does not carry it: a broken build
   */
  AnnualPlan examplePlan(String name) {
    return example(name, json::readPlan);
  }

  /**
   * @param name the name of an example results document, such as {@code mac-107-results.json}
   * @return the results
   * @throws IllegalStateException if the jar does not carry it: a broken build
   */
  PlanResults exampleResults(String name) {
    return example(name, json::readResults);
  }

  /** A plan or a results document, told apart by its {@code format}. */
  record Document(String file, AnnualPlan plan, PlanResults results) {}

  /**
   * Reads a plan or a results document, whichever its {@code format} says it is; a document that
   * says neither (or that is not JSON) is read as a plan, whose reader then says what is wrong.
   *
   * @param file a file name as the user typed it, or {@code -} for standard input
   * @return the document
   * @throws DocumentException if the file is missing, unreadable or neither kind of document
   */
  Document any(String file) {
    return read(
        file,
        (in, source) -> {
          byte[] bytes;
          try {
            // One byte past the limit, so that the reader still refuses a document too large.
            bytes = in.readNBytes(KpiJson.MAX_DOCUMENT_BYTES + 1);
          } catch (IOException e) {
            throw unreadable(
                source, messages.format("error.unreadableFile", String.valueOf(e.getMessage())), e);
          }
          if (Json.formatOf(bytes).filter(f -> f == DocumentFormat.RESULTS).isPresent()) {
            return new Document(
                file, null, json.readResults(new ByteArrayInputStream(bytes), source));
          }
          return new Document(file, json.readPlan(new ByteArrayInputStream(bytes), source), null);
        });
  }

  /**
   * Opens a document the user named and hands it to a reader, with the errors of a missing or
   * unreadable file named as for any other document.
   *
   * @param file a file name as the user typed it, or {@code -} for standard input
   * @param reader reads the open stream, given the source name for its messages
   * @param <T> what the reader makes
   * @return what the reader made
   * @throws DocumentException if the file is missing or unreadable, or the reader throws it
   */
  <T> T read(String file, BiFunction<InputStream, String, T> reader) {
    if (STDIN.equals(file)) {
      if (stdinRead) {
        throw unreadable(STDIN_SOURCE, messages.format("error.stdinTwice"), null);
      }
      stdinRead = true;
      return reader.apply(stdin, STDIN_SOURCE);
    }
    if (file.isEmpty()) {
      // Path.of("") is the working directory, which would be reported as "not a file".
      throw unreadable("''", messages.format("error.emptyFileName"), null);
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw unreadable(
          file, messages.format("error.unreadableFile", FileNames.reason(e, messages)), e);
    }
    if (Files.isDirectory(path)) {
      throw unreadable(file, messages.format("error.notAFile"), null);
    }
    try (InputStream in = Files.newInputStream(path)) {
      return reader.apply(in, file);
    } catch (NoSuchFileException e) {
      throw unreadable(file, messages.format("error.noSuchFile"), e);
    } catch (AccessDeniedException e) {
      throw unreadable(file, messages.format("error.unreadableFile", "access denied"), e);
    } catch (IOException e) {
      throw unreadable(
          file, messages.format("error.unreadableFile", String.valueOf(e.getMessage())), e);
    }
  }

  private <T> T example(String name, BiFunction<InputStream, String, T> reader) {
    return reader.apply(new ByteArrayInputStream(bundled(name)), name);
  }

  /**
   * @param name the name of a document of {@code examples/plans}, such as {@code mac-107.json}
   * @return its bytes, as the CLI's jar carries them
   * @throws IllegalStateException if the jar does not carry it: a broken build
   */
  static byte[] bundled(String name) {
    try (InputStream in = Documents.class.getResourceAsStream(EXAMPLES + name)) {
      if (in == null) {
        throw new IllegalStateException("the jar does not carry " + EXAMPLES + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled " + name, e);
    }
  }

  private static DocumentException unreadable(String file, String problem, Throwable cause) {
    return new DocumentException(file, 0, 0, "", problem, cause);
  }
}
