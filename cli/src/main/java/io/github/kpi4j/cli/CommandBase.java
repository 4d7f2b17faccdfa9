package io.github.kpi4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every command has: the common options, its output streams, its language and colours. */
abstract class CommandBase implements Callable<Integer> {
  @Mixin CommonOptions options;

  @ParentCommand Kpi4jCommand root;

  @Spec CommandSpec spec;

  /** @return standard output */
  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** @return standard error */
  final PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** @return whether the user asked for JSON */
  final boolean json() {
    return options.format == OutputFormat.JSON;
  }

  /** @return the CLI's messages in the chosen language */
  final Messages messages() {
    return Messages.of(options.language.locale());
  }

  /** @return the colours of text output */
  final Style style() {
    return Style.of(!json() && root.terminal().colours(options.color));
  }

  /** @return the columns a line of text output may take */
  final int width() {
    return root.terminal().width();
  }

  /** @return the documents, read with the user's file names in their messages */
  final Documents documents() {
    return new Documents(messages(), root.stdin());
  }
}
