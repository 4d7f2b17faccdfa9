package io.github.kpi4j.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the CLI in-process, as a script would, and keeps what it wrote. */
final class Cli {
  // Numbers are read exactly, so that a test sees 0.30000000000000004 if the CLI wrote it.
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /** What a run left: its exit status and its two outputs. */
  record Run(int status, String out, String err) {
    /**
     * @return standard output read as JSON
     */
    JsonNode json() {
      return MAPPER.readTree(out);
    }

    /**
     * @return the lines of standard error
     */
    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
    }
  }

  private Cli() {}

  /**
   * Runs the CLI as when piped: no terminal, no environment.
   *
   * @param args the arguments
   * @return what it left
   */
  static Run run(String... args) {
    return run(new Terminal(Map.of(), false), args);
  }

  /**
   * @param terminal where the output goes
   * @param args the arguments
   * @return what it left
   */
  static Run run(Terminal terminal, String... args) {
    return run(terminal, "", args);
  }

  /**
   * Runs the CLI as when piped, with something on standard input.
   *
   * @param stdin what standard input holds
   * @param args the arguments
   * @return what it left
   */
  static Run runWithInput(String stdin, String... args) {
    return run(new Terminal(Map.of(), false), stdin, args);
  }

  private static Run run(Terminal terminal, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Main.run(
            terminal,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out),
            new PrintWriter(err),
            args);
    return new Run(status, out.toString(), err.toString());
  }

  /**
   * @param name a file under src/test/resources/documents
   * @return its path as a user would type it from the module's directory
   */
  static String document(String name) {
    return "src/test/resources/documents/" + name;
  }
}
