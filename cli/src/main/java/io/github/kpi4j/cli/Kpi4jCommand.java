package io.github.kpi4j.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kpi4j}: the top-level command, which only dispatches to its subcommands. */
@Command(
    name = "kpi4j",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Annual administrative plans (年度施政計畫) as data: validate plans, assess results,"
          + " evaluate formulas, export KPIs.",
      "Start with: kpi4j demo"
    },
    subcommands = {
      ValidateCommand.class,
      EvaluateCommand.class,
      FormulaCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      RenderCommand.class,
      DemoCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:done; validate: every plan is valid; evaluate: no finding of severity error",
      "1:validate or evaluate found at least one finding of severity error",
      "2:bad usage, an input that cannot be read, or a formula that cannot be parsed"
          + " or evaluated (the message on standard error says where)"
    })
final class Kpi4jCommand implements Runnable {
  private final Terminal terminal;
  private final InputStream stdin;
  private final OutputStream binaryOut;

  @Spec CommandSpec spec;

  /**
   * @param terminal where the output goes
   * @param stdin standard input, where a document named {@code -} is read from
   * @param binaryOut standard output for bytes
   */
  Kpi4jCommand(Terminal terminal, InputStream stdin, OutputStream binaryOut) {
    this.terminal = Objects.requireNonNull(terminal, "terminal");
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.binaryOut = Objects.requireNonNull(binaryOut, "binaryOut");
  }

  /**
   * @return standard output for bytes, such as a rendered document
   */
  OutputStream binaryOut() {
    return binaryOut;
  }

  /**
   * @return standard input
   */
  InputStream stdin() {
    return stdin;
  }

  /**
   * @return where the output goes
   */
  Terminal terminal() {
    return terminal;
  }

  /** Without a command there is nothing to do: that is bad usage. */
  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing command: validate, evaluate, formula, export, import, render or demo");
  }
}
