package io.github.kpi4j.cli;

/** The exit statuses of {@code kpi4j}, as the CLI contract defines them. */
final class ExitStatus {
  /** Done: every plan valid, no finding of severity error, the job done. */
  static final int OK = 0;

  /** {@code validate} or {@code evaluate} found at least one finding of severity error. */
  static final int FINDINGS = 1;

  /** Bad usage, an input that cannot be read, or a formula that cannot be parsed or evaluated. */
  static final int USAGE = 2;

  private ExitStatus() {}
}
