package io.github.kpi4j.cli;

/**
 * Colours for text output: ANSI escape sequences on a terminal, plain text when piped or when the
 * user asked for none. Ratings take the colours reviewers use: green, yellow, red, and white (shown
 * grey) for a KPI not assessed.
 */
final class Style {
  /** The colours the CLI uses. */
  enum Colour {
    /** Achieved; a valid plan. */
    GREEN("32"),
    /** Nearly achieved; a warning. */
    YELLOW("33"),
    /** Not achieved; an error. */
    RED("31"),
    /** Not assessed; an informational finding; secondary text. */
    GREY("90"),
    /** Headings. */
    BOLD("1");

    private final String sgr;

    Colour(String sgr) {
      this.sgr = sgr;
    }
  }

  private static final Style PLAIN = new Style(false);
  private static final Style ANSI = new Style(true);

  private final boolean enabled;

  private Style(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * @param enabled whether to write ANSI escape sequences
   * @return the style
   */
  static Style of(boolean enabled) {
    return enabled ? ANSI : PLAIN;
  }

  /**
   * @return whether escape sequences are written
   */
  boolean enabled() {
    return enabled;
  }

  /**
   * @param text the text
   * @param colour its colour
   * @return the text in that colour, or the text itself when colours are off
   */
  String paint(String text, Colour colour) {
    if (!enabled || text.isEmpty()) {
      return text;
    }
    return "\u001B[" + colour.sgr + "m" + text + "\u001B[0m";
  }
}
