package io.github.kpi4j.cli;

import java.util.Map;
import java.util.Objects;

/**
 * What the CLI knows of where its output goes: the environment variables and whether a person is at
 * a terminal. Given to the commands rather than read from {@link System}, so that tests decide.
 *
 * @param environment the environment variables
 * @param console whether standard output is a terminal
 */
record Terminal(Map<String, String> environment, boolean console) {
  /** The width of a table when the terminal does not tell. */
  static final int DEFAULT_WIDTH = 100;

  /** The narrowest width a table is laid out for. */
  static final int MIN_WIDTH = 40;

  Terminal {
    environment = Map.copyOf(environment);
  }

  /**
   * @return the terminal the JVM runs in
   */
  static Terminal system() {
    return new Terminal(System.getenv(), System.console() != null);
  }

  /**
   * @param mode what the user asked for
   * @return whether to colour text output: {@code auto} colours on a terminal, unless {@code
   *     NO_COLOR} is set to anything but the empty string (no-color.org) or {@code TERM} is {@code
   *     dumb}
   */
  boolean colours(ColorMode mode) {
    Objects.requireNonNull(mode, "mode");
    switch (mode) {
      case ALWAYS:
        return true;
      case NEVER:
        return false;
      default:
        String noColor = environment.get("NO_COLOR");
        return console
            && (noColor == null || noColor.isEmpty())
            && !"dumb".equals(environment.get("TERM"));
    }
  }

  /**
   * @return the columns a line of text output may take: {@code COLUMNS} where the shell exports it,
   *     else {@value #DEFAULT_WIDTH}; never below {@value #MIN_WIDTH}
   */
  int width() {
    String columns = environment.get("COLUMNS");
    if (columns != null) {
      try {
        return Math.max(MIN_WIDTH, Integer.parseInt(columns.strip()));
      } catch (NumberFormatException ignored) {
        // A COLUMNS that is not a number tells nothing.
      }
    }
    return DEFAULT_WIDTH;
  }
}
