package io.github.kpi4j.cli;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.internal.Messages;
import io.github.kpi4j.model.AnnualPlan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/** What every command has: the common options, its output streams, its language and colours. */
abstract class CommandBase implements Callable<Integer> {
  final CommonOptions options = new CommonOptions();

  /**
   * The top-level command, which holds the streams and the terminal: set by {@link
   * #describe(Kpi4jCommand, String)}.
   */
  Kpi4jCommand root;

  /** The command's description, through which picocli gives its command line: set by describe. */
  CommandSpec spec;

  /**
   * Describes the command to picocli, under the top-level command given.
   *
   * @param root the top-level command
   * @param name the command's name
   * @return the description: the common options, then the command's own
   */
  final CommandSpec describe(Kpi4jCommand root, String name) {
    this.root = root;
    CommandSpecs.Builder command = CommandSpecs.command(this, name);
    options.addTo(command);
    describeOwn(command);
    spec = command.spec();
    return spec;
  }

  /**
   * Adds the command's help, its own options and its parameters.
   *
   * @param command the description, which holds the common options already
   */
  abstract void describeOwn(CommandSpecs.Builder command);

  /**
   * @return standard output
   */
  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /**
   * @return standard error
   */
  final PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * @return whether the user asked for JSON
   */
  final boolean json() {
    return options.format() == OutputFormat.JSON;
  }

  /**
   * @return the CLI's messages in the chosen language
   */
  final Messages messages() {
    return CliMessages.of(options.language().locale());
  }

  /**
   * @return the colours of text output
   */
  final Style style() {
    return Style.of(!json() && root.terminal().colours(options.color()));
  }

  /**
   * @return the columns a line of text output may take
   */
  final int width() {
    return root.terminal().width();
  }

  /**
   * @return the documents, read with the user's file names in their messages
   */
  final Documents documents() {
    return new Documents(messages(), root.stdin());
  }

  /** What was made of a plan read, or why it could not be read. */
  private record Read<R>(R value, DocumentException error) {
    static <R> Read<R> of(Supplier<R> reading) {
      try {
        return new Read<>(reading.get(), null);
      } catch (DocumentException e) {
        return new Read<>(null, e);
      }
    }
  }

  /**
   * Reads every plan before any is used, so that one bad file stops the command before it prints
   * anything, and every bad file is named, one line each, on standard error.
   *
   * @param files the files as the user typed them
   * @return the plans in the order given, or empty if any could not be read
   */
  final Optional<List<AnnualPlan>> readPlans(List<String> files) {
    return readPlans(files, Function.identity());
  }

  /**
   * Reads every plan and makes of each what {@code use} makes, keeping that rather than the plan: a
   * run over hundreds of plans holds their reports, not every plan at once (holding them made the
   * collector copy megabytes of models). Nothing is shown before every file is read, so that one
   * bad file stops the command before it prints anything, and every bad file is named, one line
   * each, on standard error.
   *
   * @param files the files as the user typed them
   * @param use what is made of a plan; it must have no effect beyond its result, since the results
   *     are dropped if a file cannot be read
   * @return the results in the order of the files, or empty if any could not be read
   */
  final <R> Optional<List<R>> readPlans(List<String> files, Function<AnnualPlan, R> use) {
    Documents documents = documents();
    // Files are read on every core (a run over hundreds of plans is mostly reading them), in the
    // order given; standard input, which only one reader may take, keeps the run on this thread.
    boolean together = files.size() > 1 && !files.contains(Documents.STDIN);
    List<Read<R>> read =
        (together ? files.parallelStream() : files.stream())
            .map(file -> Read.of(() -> use.apply(documents.plan(file))))
            .collect(Collectors.toList());
    List<R> values = new ArrayList<>();
    List<DocumentException> unreadable = new ArrayList<>();
    for (Read<R> each : read) {
      if (each.error() != null) {
        unreadable.add(each.error());
      } else {
        values.add(each.value());
      }
    }
    unreadable.forEach(e -> err().println(ErrorHandler.oneLine(e.getMessage())));
    return unreadable.isEmpty() ? Optional.of(values) : Optional.empty();
  }
}
